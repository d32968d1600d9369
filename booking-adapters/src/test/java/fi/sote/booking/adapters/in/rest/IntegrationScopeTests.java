package fi.sote.booking.adapters.in.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import fi.sote.booking.adapters.CatalogueFixture;
import fi.sote.booking.adapters.security.IntegrationScopes;
import fi.sote.booking.adapters.security.LocalTokens;

/** An integration does only what the scopes of its token allow; what names no scope is closed to it. */
@QuarkusTest
class IntegrationScopeTests {

    @Inject
    LocalTokens tokens;

    private CatalogueFixture catalogue;
    private String bookingId;

    @BeforeEach
    void setUp() {
        catalogue = BookingResourceTests.releasedCatalogue(tokens);
        bookingId = catalogue
                .asPersona("counsellor")
                .body(BookingResourceTests.booking(
                        catalogue.resourceId,
                        catalogue.productId,
                        BookingResourceTests.at(0, "09:00"),
                        "client-" + catalogue.suffix,
                        null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void readingBookingsNeedsBookingsRead() {
        catalogue
                .asIntegration("system-" + catalogue.suffix)
                .get("/api/v1/bookings/" + bookingId)
                .then()
                .statusCode(403)
                .body("detail", containsString("'bookings.read'"));
        catalogue
                .asIntegration(
                        "system-" + catalogue.suffix, IntegrationScopes.SLOTS_READ, IntegrationScopes.BOOKINGS_WRITE)
                .get("/api/v1/bookings/" + bookingId)
                .then()
                .statusCode(403);
        catalogue
                .asIntegration("system-" + catalogue.suffix, IntegrationScopes.BOOKINGS_READ)
                .get("/api/v1/bookings/" + bookingId)
                .then()
                .statusCode(200)
                .body("id", equalTo(bookingId));
    }

    @Test
    void bookingNeedsBookingsWriteAndSearchingTimesSlotsRead() {
        String booking = BookingResourceTests.booking(
                catalogue.resourceId,
                catalogue.productId,
                BookingResourceTests.at(2, "09:00"),
                "client-2-" + catalogue.suffix,
                "\"channel\":\"INTEGRATION\"");
        catalogue
                .asIntegration("system-" + catalogue.suffix, IntegrationScopes.BOOKINGS_READ)
                .body(booking)
                .post("/api/v1/bookings")
                .then()
                .statusCode(403)
                .body("detail", containsString("'bookings.write'"));
        catalogue
                .asIntegration("system-" + catalogue.suffix, IntegrationScopes.BOOKINGS_READ)
                .queryParam("socialService", catalogue.socialServiceId)
                .queryParam("from", BookingResourceTests.at(0, "00:00"))
                .get("/api/v1/slots/next-free")
                .then()
                .statusCode(403);
        catalogue
                .asIntegration("system-" + catalogue.suffix, IntegrationScopes.SLOTS_READ)
                .queryParam("socialService", catalogue.socialServiceId)
                .queryParam("from", BookingResourceTests.at(0, "00:00"))
                .get("/api/v1/slots/next-free")
                .then()
                .statusCode(200);
        catalogue
                .asIntegration("system-" + catalogue.suffix, IntegrationScopes.CATALOGUE_READ)
                .get("/api/v1/social-services/" + catalogue.socialServiceId)
                .then()
                .statusCode(200);
    }

    @Test
    void whatNamesNoScopeIsClosedToIntegrationsWhateverTheirScopes() {
        String[] all = IntegrationScopes.all().toArray(String[]::new);
        catalogue
                .asIntegration("system-" + catalogue.suffix, all)
                .get("/api/v1/audit/verification")
                .then()
                .statusCode(403);
        catalogue
                .asIntegration("system-" + catalogue.suffix, all)
                .queryParam("from", BookingResourceTests.at(0, "00:00"))
                .queryParam("to", BookingResourceTests.at(1, "00:00"))
                .get("/api/v1/calendars/" + catalogue.resourceId + "/entries")
                .then()
                .statusCode(403);
        catalogue
                .asIntegration("system-" + catalogue.suffix)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("roles[0]", equalTo("integration"));
    }
}
