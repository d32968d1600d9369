package fi.sote.booking.adapters.in.rest;

import static fi.sote.booking.adapters.in.rest.BookingResourceTests.at;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import fi.sote.booking.adapters.CatalogueFixture;
import fi.sote.booking.adapters.security.DemoPersona;
import fi.sote.booking.adapters.security.LocalTokens;
import fi.sote.booking.adapters.security.Roles;

/**
 * The change feed as a vendor's integration follows it: every change, in a position order that a change committed
 * late never falls behind, enough to keep a copy of the organisation's bookings.
 */
@QuarkusTest
class ChangeFeedTests {

    @Inject
    LocalTokens tokens;

    @Inject
    DataSource dataSource;

    private CatalogueFixture catalogue;

    /** A page of the feed: its events and the cursor to ask with next. */
    record Page(List<Map<String, Object>> items, String next) {}

    @BeforeEach
    void setUp() {
        catalogue = BookingResourceTests.releasedCatalogue(tokens);
    }

    private RequestSpecification vendor() {
        return catalogue.asIntegration("vendor-" + catalogue.suffix, "events.read", "bookings.read");
    }

    private Page page(String after) {
        RequestSpecification request = vendor().queryParam("limit", 1000);
        if (after != null) {
            request.queryParam("after", after);
        }
        JsonPath page =
                request.get("/api/v1/events").then().statusCode(200).extract().jsonPath();
        return new Page(page.getList("items"), page.getString("nextCursor"));
    }

    /** The cursor after every event there is now. */
    private String end() {
        String cursor = null;
        for (Page page = page(null); ; page = page(cursor)) {
            cursor = page.next();
            if (page.items().isEmpty()) {
                return cursor;
            }
        }
    }

    private String book(int day, String time, String client) {
        return BookingResourceTests.bookedByCounsellor(catalogue, day, time, client, null);
    }

    /** Every booking of the demo organisation as stored: id and version. */
    private Map<String, Long> stored() throws Exception {
        try (var connection = dataSource.getConnection();
                var statement =
                        connection.prepareStatement("select id, version from booking where organisation_id = ?")) {
            statement.setString(1, DemoPersona.DEMO_ORGANISATION);
            Map<String, Long> bookings = new HashMap<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    bookings.put(rows.getString("id"), rows.getLong("version"));
                }
            }
            return bookings;
        }
    }

    @Test
    void aVendorFollowingTheFeedFromAnEmptyCursorRebuildsTheOrganisationsBookingsExactly() throws Exception {
        String kept = book(0, "09:00", "feed-a-" + catalogue.suffix);
        String moved = book(0, "10:15", "feed-b-" + catalogue.suffix);
        String cancelled = book(2, "09:00", "feed-c-" + catalogue.suffix);
        catalogue
                .asPersona("counsellor")
                .body("{\"start\":\"" + at(2, "10:15") + "\",\"reason\":\"CLIENT_REQUEST\"}")
                .post("/api/v1/bookings/" + moved + "/reschedule")
                .then()
                .statusCode(201);
        catalogue
                .asPersona("counsellor")
                .body("{\"reason\":\"CLIENT_REQUEST\"}")
                .post("/api/v1/bookings/" + cancelled + "/cancel")
                .then()
                .statusCode(200);

        // the vendor's copy: for each booking event, the booking as the vendor's own token reads it
        Map<String, Long> copy = new HashMap<>();
        List<String> types = new ArrayList<>();
        String cursor = null;
        long until = System.nanoTime() + 15_000_000_000L;
        Map<String, Long> stored = stored();
        while (true) {
            Page page = page(cursor);
            for (Map<String, Object> event : page.items()) {
                assertThat(event)
                        .containsOnlyKeys("id", "type", "aggregateType", "aggregateId", "occurredAt", "cursor");
                if (!event.get("aggregateType").equals("booking")) {
                    continue;
                }
                String id = (String) event.get("aggregateId");
                if (id.equals(moved) || id.equals(cancelled) || id.equals(kept)) {
                    types.add(id + " " + event.get("type"));
                }
                Response booking = vendor().get("/api/v1/bookings/" + id);
                if (booking.statusCode() == 404) {
                    copy.remove(id);
                } else {
                    assertThat(booking.statusCode()).isEqualTo(200);
                    copy.put(id, booking.jsonPath().getLong("version"));
                }
            }
            assertThat(page.next()).as("the next cursor").isNotBlank();
            cursor = page.next();
            if (page.items().isEmpty()) {
                // caught up; changes of other tests' still running may come yet
                stored = stored();
                if (copy.equals(stored) || System.nanoTime() > until) {
                    break;
                }
                Thread.sleep(100);
            }
        }

        assertThat(copy)
                .as("the vendor's copy of every booking, with its version")
                .isEqualTo(stored);
        assertThat(copy).containsKeys(kept, moved, cancelled);
        assertThat(types)
                .contains(kept + " booking.booked", moved + " booking.moved", cancelled + " booking.cancelled");
        assertThat(types.indexOf(moved + " booking.booked")).isLessThan(types.indexOf(moved + " booking.moved"));
    }

    @Test
    void everyChangeOfACalendarIsInTheFeedWithoutAWordOfItsClient() {
        String from = end();
        String entries = "/api/v1/calendars/" + catalogue.resourceId + "/entries";
        String entry = catalogue
                .asProfessional()
                .body(CalendarResourceTests.entry(
                        catalogue.blockingType(),
                        "2027-02-01T09:00:00+02:00",
                        "2027-02-01T10:00:00+02:00",
                        "secret-client-" + catalogue.suffix))
                .post(entries)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        catalogue
                .asProfessional()
                .body(CalendarResourceTests.entry(
                        catalogue.blockingType(),
                        "2027-02-01T12:00:00+02:00",
                        "2027-02-01T13:00:00+02:00",
                        "secret-client-" + catalogue.suffix))
                .put("/api/v1/calendar-entries/" + entry)
                .then()
                .statusCode(200);
        catalogue
                .asProfessional()
                .delete("/api/v1/calendar-entries/" + entry)
                .then()
                .statusCode(204);
        String release = catalogue
                .asProfessional()
                .body("{\"start\":\"2027-03-01T09:00:00+02:00\",\"end\":\"2027-03-01T11:00:00+02:00\","
                        + "\"terms\":{\"productIds\":[\"" + catalogue.productId
                        + "\"],\"channels\":[\"PROFESSIONAL\"]}}")
                .post("/api/v1/calendars/" + catalogue.resourceId + "/releases/one-off")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        catalogue.asProfessional().delete("/api/v1/releases/" + release).then().statusCode(204);

        List<String> seen = new ArrayList<>();
        String body = "";
        String cursor = from;
        for (Page page = page(cursor); !page.items().isEmpty(); page = page(cursor)) {
            for (Map<String, Object> event : page.items()) {
                if (List.of(entry, release).contains(event.get("aggregateId"))) {
                    seen.add(event.get("aggregateType") + " " + event.get("type"));
                }
            }
            body += page.items();
            cursor = page.next();
        }

        assertThat(seen)
                .containsExactly(
                        "calendar-entry calendar-entry.added",
                        "calendar-entry calendar-entry.moved",
                        "calendar-entry calendar-entry.removed",
                        "release release.added",
                        "release release.withdrawn");
        assertThat(body).doesNotContain("secret-client-");

        String elsewhere = given().auth()
                .oauth2(tokens.issue(
                        "vendor-elsewhere",
                        "vendor-elsewhere",
                        "another-county-" + catalogue.suffix,
                        Set.of(Roles.INTEGRATION),
                        Set.of("events.read"),
                        Duration.ofMinutes(10)))
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(elsewhere).as("another organisation's feed").doesNotContain(entry, release);
    }

    @Test
    void anEventCommittedLateIsNeverPassedOverByAReaderWhoWentFurther() throws Exception {
        String from = end();
        UUID late = UUID.randomUUID();
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            // a change that began first and commits last
            try (var statement = slow.prepareStatement("""
                    insert into outbox_event (organisation_id, aggregate_type, aggregate_id, event_type, payload,
                                              occurred_at)
                    values (?, 'calendar-entry', ?, 'calendar-entry.added', '{}', now())""")) {
                statement.setString(1, DemoPersona.DEMO_ORGANISATION);
                statement.setObject(2, late);
                statement.executeUpdate();
            }
            String entry = catalogue
                    .asProfessional()
                    .body(CalendarResourceTests.entry(
                            catalogue.nonBlockingType(),
                            "2027-02-02T09:00:00+02:00",
                            "2027-02-02T10:00:00+02:00",
                            null))
                    .post("/api/v1/calendars/" + catalogue.resourceId + "/entries")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");

            Page meanwhile = page(from);
            assertThat(meanwhile.items())
                    .as("held back while a transaction begun before it runs")
                    .noneMatch(event -> event.get("aggregateId").equals(entry));
            assertThat(meanwhile.next()).isEqualTo(from);

            slow.commit();
            Page after = page(from);
            List<Object> ids = after.items().stream()
                    .map(event -> event.get("aggregateId"))
                    .toList();
            assertThat(ids).contains(late.toString(), entry);
            assertThat(ids.indexOf(late.toString())).isLessThan(ids.indexOf(entry));
        }
    }

    @Test
    void aCursorTheFeedDidNotHandOutIsRefusedNamingIt() {
        for (String bad : List.of("x", "12", "1-2-3", "99999999999999999999-1", "-1-2")) {
            vendor().queryParam("after", bad)
                    .get("/api/v1/events")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("after"));
        }
        vendor().queryParam("limit", 1001).get("/api/v1/events").then().statusCode(400);
        catalogue
                .asIntegration("no-scope-" + catalogue.suffix, "bookings.read")
                .get("/api/v1/events")
                .then()
                .statusCode(403);
        catalogue.asProfessional().get("/api/v1/events").then().statusCode(403);
    }
}
