package fi.sote.booking.adapters.in.rest;

import static fi.sote.booking.adapters.in.rest.BookingResourceTests.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Provenance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import fi.sote.booking.adapters.AppointmentRegisterServer;
import fi.sote.booking.adapters.AuditRows;
import fi.sote.booking.adapters.CatalogueFixture;
import fi.sote.booking.adapters.in.schedule.AuditSealer;
import fi.sote.booking.adapters.security.LocalTokens;

/**
 * Publication to the national appointment register over real HTTP, with the round running in the background as in
 * production: a booking reaches the register as an Appointment with its Provenance, its cancellation as an update on
 * the version the register gave, nothing is lost while the register is down, a product kept out of publication never
 * reaches it, and each publication is in the disclosure log.
 */
@QuarkusTest
@QuarkusTestResource(value = AppointmentRegisterServer.class, restrictToAnnotatedClass = true)
class AppointmentPublicationTests {

    private static final long PATIENCE_MILLIS = 20_000;

    @Inject
    LocalTokens tokens;

    @Inject
    DataSource dataSource;

    @Inject
    AuditSealer sealer;

    private CatalogueFixture catalogue;

    @BeforeEach
    void setUp() {
        catalogue = BookingResourceTests.releasedCatalogue(tokens);
        AppointmentRegisterServer.down(false);
    }

    @AfterEach
    void upAgain() {
        AppointmentRegisterServer.down(false);
    }

    private static <T> Optional<T> within(Supplier<Optional<T>> found) throws InterruptedException {
        long until = System.currentTimeMillis() + PATIENCE_MILLIS;
        Optional<T> value = found.get();
        while (value.isEmpty() && System.currentTimeMillis() < until) {
            Thread.sleep(100);
            value = found.get();
        }
        return value;
    }

    /**
     * A personal identity code of the test range (individual number 900-999) of this test's own, so that the client
     * has no other booking at the time from another test.
     */
    static String code(String suffix) {
        int seed = Math.abs(suffix.hashCode());
        String digits = String.format(
                "%02d%02d%02d%03d",
                1 + seed % 28, 1 + (seed / 28) % 12, (seed / 336) % 100, 900 + (seed / 33_600) % 100);
        String date = digits.substring(0, 6);
        String individual = digits.substring(6);
        return date + "-" + individual
                + "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt(Integer.parseInt(date + individual) % 31);
    }

    private String book(String product, String time, String client) {
        return catalogue
                .asPersona("counsellor")
                .body(BookingResourceTests.booking(catalogue.resourceId, product, at(0, time), null, client))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void aBookingAndItsCancellationReachTheRegisterInOrderWithTheirProvenance() throws Exception {
        String code = code(catalogue.suffix);
        String id = book(catalogue.productId, "09:00", "\"clientPersonalIdentityCode\":\"" + code + "\"");

        Appointment published =
                within(() -> AppointmentRegisterServer.appointment(id)).orElseThrow();
        assertThat(published.getStatus()).isEqualTo(Appointment.AppointmentStatus.BOOKED);
        assertThat(published.getMeta().getProfile().get(0).getValue())
                .isEqualTo("https://pta.kanta.fi/fhir/StructureDefinition/AppointmentAppointment");
        assertThat(published.getParticipantFirstRep().getActor().getIdentifier().getSystem())
                .isEqualTo("urn:oid:1.2.246.21");
        assertThat(published.getParticipantFirstRep().getActor().getIdentifier().getValue())
                .isEqualTo(code);
        List<Provenance> provenance = AppointmentRegisterServer.provenances(published.getIdPart());
        assertThat(provenance).singleElement().satisfies(first -> {
            assertThat(first.getAgent())
                    .extracting(
                            agent -> agent.getRoleFirstRep().getCodingFirstRep().getCode())
                    .containsExactly("10", "COUNSELLING");
        });

        catalogue
                .asPersona("counsellor")
                .body("{\"reason\":\"CLIENT_ILLNESS\"}")
                .post("/api/v1/bookings/" + id + "/cancel")
                .then()
                .statusCode(200);
        Appointment cancelled = within(() -> AppointmentRegisterServer.appointment(id)
                        .filter(appointment -> appointment.getStatus() == Appointment.AppointmentStatus.CANCELLED))
                .orElseThrow();
        assertThat(cancelled.getMeta().getVersionId()).isEqualTo("2");
        assertThat(cancelled.getCancelationReason().getCodingFirstRep().getCode())
                .isEqualTo("CLIENT_ILLNESS");
        assertThat(AppointmentRegisterServer.ifMatches()).contains("W/\"1\"");

        String pseudonym = catalogue
                .asPersona("counsellor")
                .get("/api/v1/bookings/" + id)
                .then()
                .extract()
                .path("client");
        assertThat(AuditRows.of(dataSource, sealer, pseudonym, "DISCLOSURE", "operation", "recipient"))
                .as("each publication disclosed the client's booking to the register")
                .containsExactly("publishAppointment Kanta", "publishAppointment Kanta");
    }

    @Test
    void whatIsBookedWhileTheRegisterIsDownReachesItOnceItIsBack() throws Exception {
        AppointmentRegisterServer.down(true);
        String id = book(catalogue.productId, "10:15", "\"client\":\"KANTA-" + catalogue.suffix + "\"");
        Thread.sleep(2_000);
        assertThat(AppointmentRegisterServer.appointment(id)).isEmpty();

        AppointmentRegisterServer.down(false);
        assertThat(within(() -> AppointmentRegisterServer.appointment(id))).isPresent();
    }

    @Test
    void aProductKeptOutOfPublicationNeverReachesTheRegister() throws Exception {
        String excluded = catalogue
                .asAdministrator()
                .body(catalogue.product(AppointmentRegisterServer.EXCLUDED, 60, 1))
                .post("/api/v1/bookable-products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        catalogue
                .asProfessional()
                .body("{\"start\":\"" + at(1, "09:00") + "\",\"end\":\"" + at(1, "12:00")
                        + "\",\"terms\":{\"productIds\":[\"" + excluded + "\"],\"channels\":[\"COUNSELLING\"]}}")
                .post("/api/v1/calendars/" + catalogue.resourceId + "/releases/one-off")
                .then()
                .statusCode(201);
        String kept = catalogue
                .asPersona("counsellor")
                .body(BookingResourceTests.booking(
                        catalogue.resourceId, excluded, at(1, "09:00"), "KANTA-X-" + catalogue.suffix, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String published = book(catalogue.productId, "10:15", "\"client\":\"KANTA-Y-" + catalogue.suffix + "\"");

        assertThat(within(() -> AppointmentRegisterServer.appointment(published)))
                .as("a booking made after it is published, so the round has passed the excluded one")
                .isPresent();
        assertThat(AppointmentRegisterServer.appointment(kept)).isEmpty();
    }
}
