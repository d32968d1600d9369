package fi.sote.booking.adapters.in.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.sote.booking.adapters.CatalogueFixture;
import fi.sote.booking.adapters.security.DemoPersona;
import fi.sote.booking.adapters.security.LocalTokens;
import fi.sote.booking.adapters.security.Roles;

/**
 * The confirmation a counsellor reads out and the client acts on: the day and date in the client's language, the
 * product and the social service named, the place of a visit from the professional's one service point, a short
 * reference.
 */
@QuarkusTest
class ConfirmationTests {

    @Inject
    LocalTokens tokens;

    private CatalogueFixture catalogue;
    private String resource;

    /** A professional of the fixture's service with exactly one service point. */
    @BeforeEach
    void setUp() {
        catalogue = new CatalogueFixture(tokens).create();
        String servicePoint = catalogue
                .asAdministrator()
                .body("{\"code\":\"SP" + catalogue.suffix + "\",\"name\":{\"fi\":\"Kotkan perheneuvola\","
                        + "\"sv\":\"Kotka familjerådgivning\"},\"address\":{\"street\":\"Keskuskatu 20\","
                        + "\"postalCode\":\"48100\",\"postOffice\":\"Kotka\"}}")
                .post("/api/v1/service-points")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String body = catalogue.resource("Kaarina " + catalogue.suffix, "kaarina-" + catalogue.suffix);
        resource = catalogue
                .asAdministrator()
                .body(body.substring(0, body.length() - 1) + ",\"servicePointIds\":[\"" + servicePoint + "\"]}")
                .post("/api/v1/resources")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void theConfirmationNamesTheDayInTheClientsLanguageTheServiceThePlaceAndAShortReference() {
        JsonPath swedish = book("09:00", "sv");
        String id = swedish.getString("id");
        String date = BookingResourceTests.MONDAY.format(DateTimeFormatter.ofPattern("d.M.yyyy"));
        assertThat(swedish.getMap("confirmation"))
                .containsEntry("dayOfWeek", "MONDAY")
                .containsEntry("dayName", "måndag")
                .containsEntry("dateText", date)
                .containsEntry("service", "Familjerådgivning")
                .containsEntry("product", "Ensikäynti")
                .containsEntry("place", "Kotka familjerådgivning, Keskuskatu 20, 48100 Kotka")
                .containsEntry("reference", id.substring(0, 8).toUpperCase(Locale.ROOT));

        JsonPath english = book("10:15", "en");
        assertThat(english.getMap("confirmation"))
                .containsEntry("dayName", "Monday")
                .containsEntry(
                        "dateText",
                        BookingResourceTests.MONDAY.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)))
                .containsEntry("service", "Perheneuvola");

        // a professional without a service point of their own: no place to tell
        catalogue
                .asSupervisor()
                .body(BookingResourceTests.booking(
                        catalogue.otherResourceId,
                        catalogue.productId,
                        BookingResourceTests.at(0, "09:00"),
                        "elsewhere-" + catalogue.suffix,
                        "\"clientLanguage\":\"fi\""))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .body("confirmation.place", nullValue())
                .body("confirmation.dayName", equalTo("maanantai"));
    }

    @Test
    void staffFindABookingByTheReferenceTheClientReadsOutAndEachBookingHasItsOwn() {
        JsonPath first = book("09:00", "fi");
        JsonPath second = book("10:15", "fi");
        String reference = first.getString("confirmation.reference");
        assertThat(second.getString("confirmation.reference")).isNotEqualTo(reference);
        assertThat(Long.parseLong(second.getString("confirmation.reference"), 16))
                .as("references do not count up")
                .isNotEqualTo(Long.parseLong(reference, 16) + 1);

        String spoken = reference.substring(0, 4).toLowerCase(Locale.ROOT) + "-" + reference.substring(4);
        catalogue
                .asSupervisor()
                .get("/api/v1/bookings/by-reference/" + spoken)
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(first.getString("id")))
                .body("items[0].confirmation.reference", equalTo(reference));
        catalogue
                .as("counsellor-" + catalogue.suffix, Roles.COUNSELLOR)
                .get("/api/v1/bookings/by-reference/" + reference)
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        catalogue
                .asSupervisor()
                .get("/api/v1/bookings/by-reference/0DBB7D5")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("bookingReference"));
        given().auth()
                .oauth2(tokens.issue(
                        "other-" + catalogue.suffix,
                        "other-" + catalogue.suffix,
                        DemoPersona.OTHER_ORGANISATION,
                        Set.of(Roles.SUPERVISOR),
                        Duration.ofMinutes(5)))
                .get("/api/v1/bookings/by-reference/" + reference)
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        catalogue
                .as("client-" + catalogue.suffix, Roles.CLIENT)
                .get("/api/v1/bookings/by-reference/" + reference)
                .then()
                .statusCode(403);
    }

    private JsonPath book(String time, String language) {
        return catalogue
                .asSupervisor()
                .body(BookingResourceTests.booking(
                        resource,
                        catalogue.productId,
                        BookingResourceTests.at(0, time),
                        "client-" + time.replace(":", "") + "-" + catalogue.suffix,
                        // the professional speaks Finnish and Swedish: an English-speaking client is booked knowingly
                        "\"clientLanguage\":\"" + language + "\",\"allowLanguageMismatch\":" + language.equals("en")))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }
}
