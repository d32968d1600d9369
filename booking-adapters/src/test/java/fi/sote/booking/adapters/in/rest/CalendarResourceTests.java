package fi.sote.booking.adapters.in.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import fi.sote.booking.adapters.CatalogueFixture;
import fi.sote.booking.adapters.security.LocalTokens;
import fi.sote.booking.adapters.security.Roles;

@QuarkusTest
class CalendarResourceTests {

    @Inject
    LocalTokens tokens;

    private CatalogueFixture catalogue;
    private String entries;

    @BeforeEach
    void setUp() {
        catalogue = new CatalogueFixture(tokens).create();
        entries = "/api/v1/calendars/" + catalogue.resourceId + "/entries";
    }

    @Test
    void aProfessionalKeepsTheirCalendarAddMoveResizeAndRemove() {
        String id = catalogue
                .asProfessional()
                .body(entry(
                        catalogue.blockingType(),
                        "2027-02-01T09:00:00+02:00",
                        "2027-02-01T10:00:00+02:00",
                        "asiakas-123"))
                .post(entries)
                .then()
                .statusCode(201)
                .body("start", equalTo("2027-02-01T07:00:00Z"))
                .body("clientReference", equalTo("asiakas-123"))
                .extract()
                .path("id");

        catalogue
                .asProfessional()
                .body(entry(
                        catalogue.blockingType(),
                        "2027-02-01T12:00:00+02:00",
                        "2027-02-01T13:30:00+02:00",
                        "asiakas-123"))
                .put("/api/v1/calendar-entries/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("end", equalTo("2027-02-01T11:30:00Z"))
                .body("clientReference", equalTo("asiakas-123"))
                .body("version", equalTo(1));
        catalogue
                .asProfessional()
                .queryParam("from", "2027-02-01T00:00:00+02:00")
                .queryParam("to", "2027-02-02T00:00:00+02:00")
                .get(entries)
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(id));

        catalogue
                .asProfessional()
                .delete("/api/v1/calendar-entries/" + id)
                .then()
                .statusCode(204);
        catalogue.asProfessional().get("/api/v1/calendar-entries/" + id).then().statusCode(404);
    }

    @Test
    void anEntryChangesTypeAndClientInTheVersionReadWithItsETag() {
        String id = catalogue
                .asProfessional()
                .body(entry(
                        catalogue.blockingType(),
                        "2027-02-04T09:00:00+02:00",
                        "2027-02-04T10:00:00+02:00",
                        "asiakas-456"))
                .post(entries)
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .extract()
                .path("id");
        catalogue
                .asProfessional()
                .get("/api/v1/calendar-entries/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("$", Matchers.not(Matchers.hasKey("bookingsHit")));

        catalogue
                .asProfessional()
                .header("If-Match", "\"0\"")
                .body(entry(
                        catalogue.nonBlockingType(), "2027-02-04T09:00:00+02:00", "2027-02-04T10:00:00+02:00", null))
                .put("/api/v1/calendar-entries/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("entryType", equalTo(catalogue.nonBlockingType()))
                .body("blocksBooking", equalTo(false))
                .body("$", Matchers.not(Matchers.hasKey("clientReference")));
        catalogue
                .asProfessional()
                .header("If-Match", "\"0\"")
                .body(entry(
                        catalogue.blockingType(),
                        "2027-02-04T09:00:00+02:00",
                        "2027-02-04T10:00:00+02:00",
                        "asiakas-456"))
                .put("/api/v1/calendar-entries/" + id)
                .then()
                .statusCode(412)
                .body("code", equalTo("stale-version"));
        catalogue
                .asProfessional()
                .body("{\"start\":\"2027-02-04T09:00:00+02:00\",\"end\":\"2027-02-04T10:00:00+02:00\"}")
                .put("/api/v1/calendar-entries/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("entryType"));
        catalogue
                .asProfessional()
                .get("/api/v1/calendar-entries/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("entryType", equalTo(catalogue.nonBlockingType()));
    }

    @Test
    void aBlockingEntryOverABookedTimeIsKeptOnlyWhenConfirmedAndNamesTheBookingsToReorganise() {
        String booking = catalogue
                .asProfessional()
                .body(BookingResourceTests.booking(
                        catalogue.resourceId,
                        catalogue.productId,
                        "2027-02-05T09:00:00+02:00",
                        "c" + catalogue.suffix,
                        null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String over = entry(catalogue.blockingType(), "2027-02-05T08:30:00+02:00", "2027-02-05T09:30:00+02:00", null);

        catalogue
                .asProfessional()
                .body(over)
                .post(entries)
                .then()
                .statusCode(409)
                .body("code", equalTo("entry-over-bookings"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("confirmOverBookings"))
                .body("errors[0].message", Matchers.containsString(booking));
        catalogue
                .asProfessional()
                .body(entry(
                        catalogue.nonBlockingType(), "2027-02-05T08:30:00+02:00", "2027-02-05T09:30:00+02:00", null))
                .post(entries)
                .then()
                .statusCode(201)
                .body("bookingsHit", hasSize(0));
        String id = catalogue
                .asProfessional()
                .body(over.replace("}", ",\"confirmOverBookings\":true}"))
                .post(entries)
                .then()
                .statusCode(201)
                .body("bookingsHit", hasSize(1))
                .body("bookingsHit[0].id", equalTo(booking))
                .body("bookingsHit[0].status", equalTo("BOOKED"))
                .body("bookingsHit[0].start", equalTo("2027-02-05T07:00:00Z"))
                .extract()
                .path("id");

        catalogue
                .asProfessional()
                .body(entry(catalogue.blockingType(), "2027-02-05T11:00:00+02:00", "2027-02-05T12:00:00+02:00", null))
                .put("/api/v1/calendar-entries/" + id)
                .then()
                .statusCode(200)
                .body("bookingsHit", hasSize(0));
        catalogue
                .asProfessional()
                .body(over)
                .put("/api/v1/calendar-entries/" + id)
                .then()
                .statusCode(409)
                .body("code", equalTo("entry-over-bookings"));
    }

    @Test
    void blockingEntriesNeverOverlapButOtherWorkMay() {
        catalogue
                .asProfessional()
                .body(entry(catalogue.blockingType(), "2027-02-02T09:00:00+02:00", "2027-02-02T10:00:00+02:00", null))
                .post(entries)
                .then()
                .statusCode(201);

        catalogue
                .asProfessional()
                .body(entry(catalogue.blockingType(), "2027-02-02T09:30:00+02:00", "2027-02-02T10:30:00+02:00", null))
                .post(entries)
                .then()
                .statusCode(409)
                .body("code", equalTo("overlapping-entry"));
        catalogue
                .asProfessional()
                .body(entry(
                        catalogue.nonBlockingType(), "2027-02-02T09:30:00+02:00", "2027-02-02T10:30:00+02:00", null))
                .post(entries)
                .then()
                .statusCode(201);
        catalogue
                .asProfessional()
                .body(entry(catalogue.blockingType(), "2027-02-02T10:00:00+02:00", "2027-02-02T11:00:00+02:00", null))
                .post(entries)
                .then()
                .statusCode(201);
    }

    @Test
    void parallelAttemptsAtOneTimeGiveExactlyOneEntry() throws Exception {
        int attempts = 10;
        String token = tokens.issue(
                catalogue.professionalSubject,
                "Anna",
                "kymenlaakso-demo",
                Set.of(Roles.PROFESSIONAL),
                Duration.ofMinutes(5));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                int minute = i;
                results.add(pool.submit(() -> {
                    start.await();
                    return given().auth()
                            .oauth2(token)
                            .contentType(ContentType.JSON)
                            .body(entry(
                                    catalogue.blockingType(),
                                    "2027-02-03T09:0" + minute + ":00+02:00",
                                    "2027-02-03T10:00:00+02:00",
                                    null))
                            .post(entries)
                            .statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses)
                    .containsOnly(201, 409)
                    .filteredOn(status -> status == 201)
                    .hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSupervisorKeepsTheTeamsCalendarsButNotAnotherProfessional() {
        catalogue
                .asSupervisor()
                .body(entry(catalogue.blockingType(), "2027-02-04T09:00:00+02:00", "2027-02-04T10:00:00+02:00", null))
                .post(entries)
                .then()
                .statusCode(201);
        catalogue
                .as(catalogue.otherProfessionalSubject, Roles.PROFESSIONAL)
                .body(entry(catalogue.blockingType(), "2027-02-04T11:00:00+02:00", "2027-02-04T12:00:00+02:00", null))
                .post(entries)
                .then()
                .statusCode(403)
                .body("code", equalTo("not-your-calendar"));
        catalogue
                .asPersona("counsellor")
                .body(entry(catalogue.blockingType(), "2027-02-04T11:00:00+02:00", "2027-02-04T12:00:00+02:00", null))
                .post(entries)
                .then()
                .statusCode(403);
    }

    @Test
    void badInputIsNamed() {
        catalogue
                .asProfessional()
                .body(entry(catalogue.blockingType(), "2027-02-05T10:00:00+02:00", "2027-02-05T09:00:00+02:00", null))
                .post(entries)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("end"));
        catalogue
                .asProfessional()
                .body(entry("NO_SUCH_TYPE", "2027-02-05T09:00:00+02:00", "2027-02-05T10:00:00+02:00", null))
                .post(entries)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("entryType"));
        catalogue
                .asProfessional()
                .body("{\"entryType\":\"" + catalogue.blockingType() + "\",\"start\":\"tomorrow\",\"end\":\"x\"}")
                .post(entries)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("start"));
        catalogue
                .asProfessional()
                .queryParam("from", "2027-01-01T00:00:00Z")
                .queryParam("to", "2037-01-01T00:00:00Z")
                .get(entries)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
        catalogue
                .asProfessional()
                .body(entry(catalogue.blockingType(), "2027-02-05T09:00:00+02:00", "2027-02-05T10:00:00+02:00", null))
                .post("/api/v1/calendars/not-a-uuid/entries")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("resourceId"));
    }

    @Test
    void anotherOrganisationsCalendarIsNotFound() {
        catalogue
                .asPersona("other-organisation-administrator")
                .body(entry(catalogue.blockingType(), "2027-02-06T09:00:00+02:00", "2027-02-06T10:00:00+02:00", null))
                .post(entries)
                .then()
                .statusCode(404);
    }

    @Test
    void releasesAreValidatedAndListed() {
        String releases = "/api/v1/calendars/" + catalogue.resourceId + "/releases";
        catalogue
                .asProfessional()
                .body(weekly("09:00", "09:00", catalogue.productId))
                .post(releases + "/weekly")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("endTime"));
        catalogue
                .asProfessional()
                .body(weekly("09:00", "11:00", UUID.randomUUID().toString()))
                .post(releases + "/weekly")
                .then()
                .statusCode(400)
                .body("code", equalTo("unknown-reference"))
                .body("errors[0].field", equalTo("products"));
        catalogue
                .asProfessional()
                .body("{\"start\":\"2027-03-01T09:00:00+02:00\",\"end\":\"2027-03-20T09:00:00+02:00\","
                        + "\"terms\":{\"productIds\":[\"" + catalogue.productId
                        + "\"],\"channels\":[\"PROFESSIONAL\"]}}")
                .post(releases + "/one-off")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("end"));

        // a window that holds no time of the product (60 minutes with 15 kept free after it) is refused, saying why
        catalogue
                .asProfessional()
                .body(weekly("09:00", "10:00", catalogue.productId))
                .post(releases + "/weekly")
                .then()
                .statusCode(422)
                .body("code", equalTo("release-holds-no-slot"))
                .body("errors[0].field", equalTo("endTime"))
                .body("detail", Matchers.containsString("60 minutes holds no time of P" + catalogue.suffix));
        catalogue
                .asProfessional()
                .body("{\"start\":\"2027-03-01T09:00:00+02:00\",\"end\":\"2027-03-01T10:14:00+02:00\","
                        + "\"terms\":{\"productIds\":[\"" + catalogue.productId
                        + "\"],\"channels\":[\"PROFESSIONAL\"]}}")
                .post(releases + "/one-off")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("end"));
        catalogue
                .asProfessional()
                .body("{\"start\":\"2027-03-01T09:00:00+02:00\",\"end\":\"2027-03-01T10:15:00+02:00\","
                        + "\"terms\":{\"productIds\":[\"" + catalogue.productId
                        + "\"],\"channels\":[\"PROFESSIONAL\"]}}")
                .post(releases + "/one-off")
                .then()
                .statusCode(201);

        String id = catalogue
                .asProfessional()
                .body(weekly("09:00", "11:00", catalogue.productId))
                .post(releases + "/weekly")
                .then()
                .statusCode(201)
                .body("kind", equalTo("WEEKLY"))
                .body("startTime", equalTo("09:00:00"))
                .extract()
                .path("id");
        catalogue.asProfessional().get(releases).then().statusCode(200).body("items.id", Matchers.hasItem(id));
        catalogue.asProfessional().delete("/api/v1/releases/" + id).then().statusCode(204);
        catalogue.asProfessional().get(releases).then().statusCode(200).body("items", hasSize(1));
    }

    static String entry(String type, String start, String end, String client) {
        return "{\"entryType\":\"" + type + "\",\"start\":\"" + start + "\",\"end\":\"" + end + "\""
                + (client == null ? "" : ",\"clientReference\":\"" + client + "\"") + "}";
    }

    static String weekly(String start, String end, String product) {
        return "{\"weekdays\":[\"MONDAY\",\"WEDNESDAY\"],\"startTime\":\"" + start + "\",\"endTime\":\"" + end + "\","
                + "\"validFrom\":\"2027-03-01\",\"validUntil\":\"2027-05-31\",\"terms\":{\"productIds\":[\"" + product
                + "\"],\"channels\":[\"COUNSELLING\",\"CLIENT_SELF_SERVICE\"]}}";
    }
}
