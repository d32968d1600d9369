package fi.sote.booking.adapters.in.rest;

import static fi.sote.booking.adapters.in.rest.BookingResourceTests.MONDAY;
import static fi.sote.booking.adapters.in.rest.BookingResourceTests.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMailUtil;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import fi.sote.booking.adapters.CatalogueFixture;
import fi.sote.booking.adapters.SmtpServer;
import fi.sote.booking.adapters.security.LocalTokens;
import fi.sote.booking.adapters.security.Roles;

/**
 * The waitlist over HTTP against the service, its PostgreSQL and a real SMTP server, with the round running in the
 * background as in production: the professional's Monday is fully booked, two clients wait for it, and a cancellation
 * frees a time.
 */
@QuarkusTest
@QuarkusTestResource(SmtpServer.class)
class WaitlistTests {

    /** How long the background round and the client messages may take. */
    private static final long PATIENCE_MILLIS = 20_000;

    @Inject
    LocalTokens tokens;

    private CatalogueFixture catalogue;
    private List<String> mondaysBookings;

    @BeforeEach
    void setUp() {
        catalogue = BookingResourceTests.releasedCatalogue(tokens);
        mondaysBookings = List.of(
                BookingResourceTests.bookedByCounsellor(catalogue, 0, "09:00", "taken-a-" + catalogue.suffix, null),
                BookingResourceTests.bookedByCounsellor(catalogue, 0, "10:15", "taken-b-" + catalogue.suffix, null));
    }

    /** A client known to the client-record system, reached by e-mail; their token's subject is their reference. */
    private String client(String name) {
        String reference = name + "-" + catalogue.suffix;
        catalogue
                .asIntegration("client-record-system", "client-records.write")
                .body("{\"name\":\"Asiakas\",\"email\":\"" + address(reference) + "\",\"nonDisclosure\":false}")
                .put("/api/v1/client-records/" + reference)
                .then()
                .statusCode(204);
        return reference;
    }

    private static String address(String reference) {
        return reference.toLowerCase() + "@example.fi";
    }

    private RequestSpecification asClient(String reference) {
        return catalogue.as(reference, Roles.CLIENT);
    }

    private String monday(String client) {
        return "{\"productId\":\"" + catalogue.productId + "\",\"from\":\"" + MONDAY + "\",\"to\":\"" + MONDAY + "\""
                + (client == null ? "" : ",\"client\":\"" + client + "\"") + "}";
    }

    private JsonPath entry(RequestSpecification reader, String id) {
        return JsonPath.from(reader.get("/api/v1/waitlist/" + id)
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    /**
     * The entry once it is in the status, as the round leaves it (within {@link #PATIENCE_MILLIS}), watched by the
     * professional (a client's own reads are rate-limited) and then read by {@code reader}.
     */
    private JsonPath once(RequestSpecification reader, String id, String status) throws InterruptedException {
        long until = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (!status.equals(entry(catalogue.asProfessional(), id).getString("status"))
                && System.currentTimeMillis() < until) {
            Thread.sleep(250);
        }
        JsonPath read = entry(reader, id);
        assertThat(read.getString("status")).as("entry " + id).isEqualTo(status);
        return read;
    }

    @Test
    void aFreedTimeGoesToWhoeverJoinedFirstIsToldByMailAndWhenLetGoGoesToTheNext() throws Exception {
        String anna = client("wl-anna");
        String bertta = client("wl-bertta");
        String first = asClient(anna)
                .body(monday(null))
                .post("/api/v1/waitlist")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("client", equalTo(anna))
                .body("status", equalTo("WAITING"))
                .body("channel", equalTo("CLIENT_SELF_SERVICE"))
                .body("place", equalTo(1))
                .extract()
                .path("id");
        String second = catalogue
                .asPersona("counsellor")
                .body(monday(bertta))
                .post("/api/v1/waitlist")
                .then()
                .statusCode(201)
                .body("channel", equalTo("COUNSELLING"))
                .body("place", equalTo(2))
                .extract()
                .path("id");
        asClient(anna)
                .body(monday(null))
                .post("/api/v1/waitlist")
                .then()
                .statusCode(409)
                .body("code", equalTo("already-waiting"));

        // a cancellation frees the time at 10:15: it is held for Anna, who is told by e-mail
        catalogue
                .asPersona("counsellor")
                .body("{\"reason\":\"CLIENT_REQUEST\"}")
                .post("/api/v1/bookings/" + mondaysBookings.get(1) + "/cancel")
                .then()
                .statusCode(200);
        JsonPath offered = once(asClient(anna), first, "OFFERED");
        assertThat(offered.getString("offer.start")).isEqualTo(at(0, "10:15"));
        assertThat(offered.getInt("offers")).isEqualTo(1);
        String hold = offered.getString("offer.bookingId");
        asClient(anna)
                .get("/api/v1/bookings/" + hold)
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("client", equalTo(anna));
        MimeMessage mail = SmtpServer.mailTo(address(anna), "Jonosta vapautui sinulle aika");
        assertThat(GreenMailUtil.getBody(mail))
                .contains("klo 10.15")
                .contains("Vahvista viimeist")
                .contains(hold.substring(0, 8).toUpperCase());
        assertThat(entry(catalogue.asPersona("counsellor"), second).getString("status"))
                .isEqualTo("WAITING");

        // Anna lets it go: the time goes to Bertta, held through counselling, and is not offered to Anna again
        asClient(anna)
                .body("{\"reason\":\"HOLD_RELEASED\"}")
                .post("/api/v1/bookings/" + hold + "/cancel")
                .then()
                .statusCode(200);
        JsonPath toBertta = once(catalogue.asPersona("counsellor"), second, "OFFERED");
        assertThat(toBertta.getString("offer.start")).isEqualTo(at(0, "10:15"));
        JsonPath annaAgain = entry(asClient(anna), first);
        assertThat(annaAgain.getString("status")).isEqualTo("WAITING");
        assertThat(annaAgain.getInt("place")).isEqualTo(1);

        // the counsellor who joined Bertta confirms the hold for her: her wait is over
        catalogue
                .asPersona("counsellor")
                .post("/api/v1/bookings/" + toBertta.getString("offer.bookingId") + "/confirm")
                .then()
                .statusCode(200)
                .body("status", equalTo("BOOKED"));
        JsonPath booked = once(catalogue.asPersona("counsellor"), second, "BOOKED");
        // Bertta was told of her booking, and not of the offer, which was the counsellor's to take up
        SmtpServer.mailTo(address(bertta), "Ajanvaraus vahvistettu");
        for (MimeMessage message : SmtpServer.mailTo(address(bertta), 0)) {
            assertThat(message.getSubject()).isNotEqualTo("Jonosta vapautui sinulle aika");
        }
        assertThat(booked.getString("closedAt")).isNotNull();
        assertThat(booked.getString("place")).isNull();

        // Anna withdraws, over the version she read
        String etag =
                asClient(anna).get("/api/v1/waitlist/" + first).then().extract().header("ETag");
        asClient(anna)
                .header("If-Match", "\"99\"")
                .delete("/api/v1/waitlist/" + first)
                .then()
                .statusCode(412)
                .body("code", equalTo("stale-version"));
        asClient(anna)
                .header("If-Match", etag)
                .delete("/api/v1/waitlist/" + first)
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("place", nullValue());
        asClient(anna)
                .delete("/api/v1/waitlist/" + first)
                .then()
                .statusCode(409)
                .body("code", equalTo("already-closed"));

        JsonPath figures = JsonPath.from(catalogue
                .asSupervisor()
                .queryParam("from", LocalDate.now().toString())
                .queryParam("to", LocalDate.now().toString())
                .get("/api/v1/statistics/waitlist")
                .then()
                .statusCode(200)
                .body("audience", equalTo("INTERNAL"))
                .extract()
                .asString());
        assertThat(figures.getLong("joined.entries")).isGreaterThanOrEqualTo(2);
        assertThat(figures.getLong("booked.entries")).isGreaterThanOrEqualTo(1);
        assertThat(figures.getLong("withdrawn.entries")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aWaitForASocialServiceIsOfferedAFreedTimeOfAnyOfItsProducts() throws Exception {
        String cecilia = client("wl-cecilia");
        String id = asClient(cecilia)
                .body("{\"socialServiceId\":\"" + catalogue.socialServiceId + "\",\"from\":\"" + MONDAY + "\",\"to\":\""
                        + MONDAY + "\"}")
                .post("/api/v1/waitlist")
                .then()
                .statusCode(201)
                .body("socialServiceId", equalTo(catalogue.socialServiceId))
                .body("place", equalTo(1))
                .extract()
                .path("id");
        catalogue
                .asProfessional()
                .queryParam("socialServiceId", catalogue.socialServiceId)
                .get("/api/v1/waitlist")
                .then()
                .statusCode(200)
                .body("items.id", contains(id));

        catalogue
                .asPersona("counsellor")
                .body("{\"reason\":\"CLIENT_REQUEST\"}")
                .post("/api/v1/bookings/" + mondaysBookings.get(0) + "/cancel")
                .then()
                .statusCode(200);
        JsonPath offered = once(asClient(cecilia), id, "OFFERED");
        assertThat(offered.getString("offer.start")).isEqualTo(at(0, "09:00"));
        asClient(cecilia)
                .post("/api/v1/bookings/" + offered.getString("offer.bookingId") + "/confirm")
                .then()
                .statusCode(200)
                .body("status", equalTo("BOOKED"));
        once(asClient(cecilia), id, "BOOKED");
    }

    @Test
    void aClientSeesTheirOwnEntriesOnlyAndStaffSeeTheLineInOrder() {
        String anna = client("wl-own");
        String id = asClient(anna)
                .body(monday(null))
                .post("/api/v1/waitlist")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String other = "wl-other-" + catalogue.suffix;
        asClient(other).get("/api/v1/waitlist/" + id).then().statusCode(404);
        asClient(other).delete("/api/v1/waitlist/" + id).then().statusCode(404);
        asClient(other).get("/api/v1/waitlist").then().statusCode(200).body("items.size()", equalTo(0));
        asClient(other)
                .body(monday(anna))
                .post("/api/v1/waitlist")
                .then()
                .statusCode(403)
                .body("code", equalTo("channel-not-allowed"));
        asClient(anna)
                .get("/api/v1/waitlist")
                .then()
                .statusCode(200)
                .body("items.id", contains(id))
                .body("fairness", startsWith("First come, first served"));
        catalogue
                .asProfessional()
                .queryParam("productId", catalogue.productId)
                .get("/api/v1/waitlist")
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo(id))
                .body("items[0].place", equalTo(1));
        catalogue
                .asProfessional()
                .queryParam("status", "SOMETIMES")
                .get("/api/v1/waitlist")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
        catalogue
                .asPersona("counsellor")
                .body(monday(null))
                .post("/api/v1/waitlist")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("client"));
        asClient(anna)
                .body("{\"productId\":\"" + catalogue.productId + "\",\"from\":\"" + MONDAY + "\",\"to\":\""
                        + MONDAY.minusDays(1) + "\"}")
                .post("/api/v1/waitlist")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
    }
}
