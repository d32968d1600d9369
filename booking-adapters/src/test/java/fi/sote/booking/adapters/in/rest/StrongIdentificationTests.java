package fi.sote.booking.adapters.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import fi.sote.booking.adapters.CatalogueFixture;
import fi.sote.booking.adapters.Rows;
import fi.sote.booking.adapters.SmtpServer;
import fi.sote.booking.adapters.in.schedule.AuditSealer;
import fi.sote.booking.adapters.security.DemoPersona;
import fi.sote.booking.adapters.security.IntegrationScopes;
import fi.sote.booking.adapters.security.LocalTokens;
import fi.sote.booking.adapters.security.Roles;

/**
 * A client who signs in strongly identified (their personal identity code in a claim of the token) is the client of
 * every booking made under that code or under a client-record reference linked to it: they see, reschedule and cancel
 * a first contact counselling booked for them, book under the code themselves, and see the children in their custody.
 */
@QuarkusTest
@QuarkusTestResource(SmtpServer.class)
class StrongIdentificationTests {

    private static final String CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    @Inject
    LocalTokens tokens;

    @Inject
    DataSource dataSource;

    @Inject
    AuditSealer sealer;

    private CatalogueFixture catalogue;
    private String code;

    @BeforeEach
    void setUp() {
        catalogue = BookingResourceTests.releasedCatalogue(tokens);
        code = randomCode();
    }

    @Test
    void aFirstContactBookedUnderTheCodeIsTheClientsToSeeRescheduleAndCancel() throws Exception {
        // the client-record system knows the client by a reference of its own, linked to the code
        String email = "linked-" + catalogue.suffix.toLowerCase() + "@example.fi";
        record("KNOWN-" + catalogue.suffix, "{\"email\":\"" + email + "\",\"personalIdentityCode\":\"" + code + "\"}");
        String firstContact = catalogue
                .asPersona("counsellor")
                .body(BookingResourceTests.booking(
                        catalogue.resourceId,
                        catalogue.productId,
                        BookingResourceTests.at(0, "09:00"),
                        null,
                        "\"clientPersonalIdentityCode\":\"" + code + "\""))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        identified(code)
                .get("/api/v1/bookings")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(firstContact)))
                .body("items[0].clientPersonalIdentityCode", equalTo(code));
        // the confirmation reaches them through the record linked to the code
        assertThat(SmtpServer.mailTo(email, "Ajanvaraus vahvistettu")).isNotNull();
        // the same subject signed in without the code, and someone else with theirs, do not see it
        catalogue
                .as(subject(), Roles.CLIENT)
                .get("/api/v1/bookings")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        identified(randomCode()).get("/api/v1/bookings/" + firstContact).then().statusCode(404);

        String moved = identified(code)
                .body("{\"start\":\"" + BookingResourceTests.at(2, "09:00") + "\",\"reason\":\"CLIENT_REQUEST\"}")
                .post("/api/v1/bookings/" + firstContact + "/reschedule")
                .then()
                .statusCode(201)
                .extract()
                .path("items.find { it.status == 'BOOKED' }.id");
        identified(code)
                .body("{\"reason\":\"CLIENT_REQUEST\"}")
                .post("/api/v1/bookings/" + moved + "/cancel")
                .then()
                .statusCode(200)
                .body("items[0].status", equalTo("CANCELLED"));
        identified(code).get("/api/v1/bookings").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aClientBookingForThemselvesBooksUnderTheCodeSoThatTheProfessionalFindsItByTheCode() {
        String own = identified(code)
                .body(BookingResourceTests.booking(
                        catalogue.resourceId, catalogue.productId, BookingResourceTests.at(7, "09:00"), null, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .body("client", startsWith("hetu:"))
                .body("clientPersonalIdentityCode", equalTo(code))
                .extract()
                .path("id");
        catalogue
                .asProfessional()
                .body("{\"clientPersonalIdentityCode\":\"" + code + "\",\"when\":\"ALL\"}")
                .post("/api/v1/bookings/search")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(own)));
    }

    @Test
    void aReferenceLinkedToTheCodeIsTheClientsAndTheChildrenInTheirCustodyAreListed() throws Exception {
        String linked = "LINKED-" + catalogue.suffix;
        String child = "CHILD-" + catalogue.suffix;
        record(linked, "{\"name\":\"Maija\",\"personalIdentityCode\":\"" + code + "\"}");
        record(child, "{\"name\":\"Lapsi\",\"guardians\":[\"" + linked + "\"]}");
        String linkedBooking = BookingResourceTests.bookedByCounsellor(catalogue, 0, "09:00", linked, null);
        String childBooking = BookingResourceTests.bookedByCounsellor(catalogue, 2, "09:00", child, null);

        identified(code)
                .get("/api/v1/bookings")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(linkedBooking)));
        identified(code)
                .queryParam("client", child)
                .get("/api/v1/bookings")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(childBooking)));
        identified(code)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("dependants.client", equalTo(List.of(child)))
                .body("dependants[0].name", equalTo("Lapsi"))
                .body("dependants[0].may", equalTo(List.of("BOOK", "CANCEL", "READ", "RESCHEDULE")));
        assertThat(operations(child)).contains("getCaller");

        // without the link (the record sent again without the code), the reference and the child are no longer theirs
        record(linked, "{\"name\":\"Maija\"}");
        identified(code).get("/api/v1/bookings").then().statusCode(200).body("items", hasSize(0));
        identified(code).get("/api/v1/me").then().statusCode(200).body("dependants", hasSize(0));
        // staff have no dependants at all
        catalogue
                .asProfessional()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("dependants")));
    }

    @Test
    void aTokenWhoseCodeIsNotAValidCodeIsRefusedAndALinkMustBeAValidCode() {
        String wrong = code.substring(0, 10) + (code.endsWith("A") ? "B" : "A");
        identified(wrong).get("/api/v1/bookings").then().statusCode(403);
        catalogue
                .asIntegration("client-records-" + catalogue.suffix, IntegrationScopes.CLIENT_RECORDS_WRITE)
                .body("{\"personalIdentityCode\":\"" + wrong + "\"}")
                .put("/api/v1/client-records/LINKED-" + catalogue.suffix)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("personalIdentityCode"));
    }

    private void record(String reference, String body) {
        catalogue
                .asIntegration("client-records-" + catalogue.suffix, IntegrationScopes.CLIENT_RECORDS_WRITE)
                .body(body)
                .put("/api/v1/client-records/" + reference)
                .then()
                .statusCode(204);
    }

    private String subject() {
        return "signed-in-" + catalogue.suffix;
    }

    private RequestSpecification identified(String personalIdentityCode) {
        return RestAssured.given()
                .auth()
                .oauth2(tokens.issueIdentified(
                        subject(),
                        "Maija",
                        DemoPersona.DEMO_ORGANISATION,
                        personalIdentityCode,
                        Duration.ofMinutes(10)))
                .contentType(ContentType.JSON);
    }

    /** A valid code of the range kept for testing (individual numbers 900-999), of someone born in the 1900s. */
    private static String randomCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String date = String.format("%02d%02d%02d", random.nextInt(1, 29), random.nextInt(1, 13), random.nextInt(100));
        String individual = Integer.toString(random.nextInt(900, 1000));
        return date + "-" + individual + CHECK_CHARACTERS.charAt(Integer.parseInt(date + individual) % 31);
    }

    /** The operations the access log holds of the client, once every pending entry is sealed. */
    private List<String> operations(String client) throws Exception {
        sealer.sealAll();
        return Rows.operationsOn(dataSource, client);
    }
}
