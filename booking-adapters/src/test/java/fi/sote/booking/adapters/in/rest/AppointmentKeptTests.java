package fi.sote.booking.adapters.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import fi.sote.booking.adapters.CatalogueFixture;
import fi.sote.booking.adapters.security.LocalTokens;

import ca.uhn.fhir.context.FhirContext;

/**
 * Where no register is configured, the in-process default keeps what would have been published: every document of a
 * booking, in order, in the database; and nothing is disclosed, since nothing leaves the service.
 */
@QuarkusTest
class AppointmentKeptTests {

    @Inject
    LocalTokens tokens;

    @Inject
    DataSource dataSource;

    @Test
    void aBookingAndItsCancellationAreKeptAsTheDocumentsTheRegisterWouldHaveHad() throws Exception {
        CatalogueFixture catalogue = BookingResourceTests.releasedCatalogue(tokens);
        String id = BookingResourceTests.bookedByCounsellor(catalogue, 0, "09:00", "KEPT-" + catalogue.suffix, null);
        assertThat(kept(id, 1)).as("the booking, kept by the round").hasSize(1);
        catalogue
                .asPersona("counsellor")
                .body("{\"reason\":\"CLIENT_REQUEST\"}")
                .post("/api/v1/bookings/" + id + "/cancel")
                .then()
                .statusCode(200);

        List<String> kept = kept(id, 2);
        List<String> statuses = new ArrayList<>();
        for (String document : kept) {
            Bundle transaction = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, document);
            Appointment appointment =
                    (Appointment) transaction.getEntryFirstRep().getResource();
            assertThat(appointment.getIdentifierFirstRep().getValue()).isEqualTo("urn:uuid:" + id);
            statuses.add(transaction.getEntryFirstRep().getRequest().getMethod() + " "
                    + appointment.getStatus().toCode());
        }
        assertThat(statuses)
                .as("kept, not in a register: each document creates the Appointment there when one is configured")
                .containsExactly("POST booked", "POST cancelled");
    }

    /** The documents kept of the booking, once there are {@code count} (within 20 s). */
    private List<String> kept(String booking, int count) throws Exception {
        long until = System.currentTimeMillis() + 20_000;
        List<String> documents = List.of();
        while (documents.size() < count && System.currentTimeMillis() < until) {
            Thread.sleep(200);
            try (var connection = dataSource.getConnection();
                    var statement = connection.prepareStatement(
                            "select document from appointment_kept where booking_id = ? order by id")) {
                statement.setObject(1, UUID.fromString(booking));
                try (var result = statement.executeQuery()) {
                    List<String> found = new ArrayList<>();
                    while (result.next()) {
                        found.add(result.getString(1));
                    }
                    documents = found;
                }
            }
        }
        return documents;
    }
}
