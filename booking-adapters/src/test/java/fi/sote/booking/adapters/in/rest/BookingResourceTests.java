package fi.sote.booking.adapters.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import fi.sote.booking.adapters.CatalogueFixture;
import fi.sote.booking.adapters.security.DemoPersona;
import fi.sote.booking.adapters.security.LocalTokens;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.domain.calendar.BookingTime;

/**
 * Booking through every channel over a calendar released on Mondays and Wednesdays 9-12 (Helsinki)
 * for counselling and client self-service, three weeks ahead: inside the products' 24 h notice and
 * 60-day horizon.
 */
@QuarkusTest
public class BookingResourceTests {

    public static final LocalDate MONDAY =
            LocalDate.now(BookingTime.ZONE).plusWeeks(3).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    @Inject
    LocalTokens tokens;

    @Inject
    DataSource dataSource;

    private CatalogueFixture catalogue;

    @BeforeEach
    void setUp() {
        catalogue = releasedCatalogue(tokens);
    }

    /** A catalogue of its own whose professional has released {@link #releaseFor} time. */
    public static CatalogueFixture releasedCatalogue(LocalTokens tokens) {
        CatalogueFixture catalogue = new CatalogueFixture(tokens).create();
        catalogue
                .asProfessional()
                .body(releaseFor(catalogue))
                .post("/api/v1/calendars/" + catalogue.resourceId + "/releases/weekly")
                .then()
                .statusCode(201);
        return catalogue;
    }

    /** Mondays and Wednesdays 9-12 from {@link #MONDAY} for a month, for counselling and client self-service. */
    static String releaseFor(CatalogueFixture catalogue) {
        return "{\"weekdays\":[\"MONDAY\",\"WEDNESDAY\"],\"startTime\":\"09:00\",\"endTime\":\"12:00\",\"validFrom\":\""
                + MONDAY + "\",\"validUntil\":\"" + MONDAY.plusDays(30)
                + "\",\"includeHolidays\":true,\"terms\":{\"productIds\":[\""
                + catalogue.productId + "\",\"" + catalogue.groupProductId
                + "\"],\"channels\":[\"COUNSELLING\",\"CLIENT_SELF_SERVICE\"]}}";
    }

    public static String at(int days, String time) {
        return MONDAY.plusDays(days)
                .atTime(LocalTime.parse(time))
                .atZone(BookingTime.ZONE)
                .toInstant()
                .toString();
    }

    String booking(String product, String start, String client, String extra) {
        return booking(catalogue.resourceId, product, start, client, extra);
    }

    /**
     * The id of a booking the demo counsellor makes of the catalogue's product in its professional's calendar,
     * {@code days} after {@link #MONDAY}; {@code extra} adds fields (or null).
     */
    public static String bookedByCounsellor(
            CatalogueFixture catalogue, int days, String time, String client, String extra) {
        return catalogue
                .asPersona("counsellor")
                .body(booking(catalogue.resourceId, catalogue.productId, at(days, time), client, extra))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String booking(String resource, String product, String start, String client, String extra) {
        return "{\"resourceId\":\"" + resource + "\",\"productId\":\"" + product + "\",\"start\":\"" + start + "\""
                + (client == null ? "" : ",\"client\":\"" + client + "\"") + (extra == null ? "" : "," + extra) + "}";
    }

    RequestSpecification counsellor() {
        return catalogue.asPersona("counsellor");
    }

    RequestSpecification client(String name) {
        return catalogue.as(name + "-" + catalogue.suffix, Roles.CLIENT);
    }

    String clientSubject(String name) {
        return name + "-" + catalogue.suffix;
    }

    int outboxEvents(String bookingId, String type) throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "select count(*) from outbox_event where aggregate_id = ?::uuid and event_type = ?")) {
            statement.setString(1, bookingId);
            statement.setString(2, type);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    int bookingsOf(String client) throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "select count(*) from booking where client_reference = ? and status not in ('CANCELLED', 'MOVED')")) {
            statement.setString(1, client);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    @Test
    void aCounsellorBooksAFirstContactInOneCallAndGetsTheConfirmationToTellTheClient() throws Exception {
        String first = counsellor()
                .queryParam("socialService", catalogue.socialServiceId)
                .queryParam("from", at(0, "00:00"))
                .get("/api/v1/slots/next-free")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].start");
        assertThat(first).isEqualTo(at(0, "09:00"));

        Response booked = counsellor()
                .body(booking(
                        catalogue.productId,
                        first,
                        "client-ref-1" + catalogue.suffix,
                        "\"clientLanguage\":\"sv\",\"referralNote\":\"Perheen tilanne kuormittunut, toive ruotsiksi\""))
                .post("/api/v1/bookings");
        booked.then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("BOOKED"))
                .body("fhirStatus", equalTo("booked"))
                .body("channel", equalTo("COUNSELLING"))
                .body("confirmation.date", equalTo(MONDAY.toString()))
                .body("confirmation.startTime", equalTo("09:00:00"))
                .body("confirmation.endTime", equalTo("10:00:00"))
                .body("confirmation.guidance", equalTo("Välkommen"))
                .body("confirmation.professional", equalTo("Anna " + catalogue.suffix + ", psykologi"))
                .body("referralNote", notNullValue());
        String id = booked.path("id");

        // the professional of the service reads the referral; another professional's view is 404
        catalogue
                .asProfessional()
                .get("/api/v1/bookings/" + id)
                .then()
                .statusCode(200)
                .body("referralNote", equalTo("Perheen tilanne kuormittunut, toive ruotsiksi"));
        catalogue
                .asPersona("professional-2")
                .get("/api/v1/bookings/" + id)
                .then()
                .statusCode(404);
        // the time is gone from the search, and the change is in the outbox
        counsellor()
                .queryParam("product", catalogue.productId)
                .queryParam("from", at(0, "00:00"))
                .queryParam("to", at(1, "00:00"))
                .get("/api/v1/slots")
                .then()
                .statusCode(200)
                .body("items.start", hasSize(1))
                .body("items[0].start", equalTo(at(0, "10:15")));
        assertThat(outboxEvents(id, "booking.booked")).isEqualTo(1);
    }

    /**
     * Booking finds its time's release in the releases slot search last read; a release withdrawn or
     * released through another instance (here: straight in the database, past this instance's
     * snapshot) is what counts all the same.
     */
    @Test
    void aReleaseChangedThroughAnotherInstanceCountsAtOnce() throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            String ofResource = " from released_time where resource_id = '" + catalogue.resourceId + "'";
            counsellor()
                    .body(booking(catalogue.productId, at(0, "09:00"), "a" + catalogue.suffix, null))
                    .post("/api/v1/bookings")
                    .then()
                    .statusCode(201);
            // withdrawn and released again under another id: the one read is gone, the new one offers the time
            statement.executeUpdate("update released_time set id = gen_random_uuid() where resource_id = '"
                    + catalogue.resourceId + "'");
            counsellor()
                    .body(booking(catalogue.productId, at(0, "10:15"), "b" + catalogue.suffix, null))
                    .post("/api/v1/bookings")
                    .then()
                    .statusCode(201);
            // withdrawn: not offered any more
            counsellor()
                    .body(booking(catalogue.productId, at(2, "09:00"), "c" + catalogue.suffix, null))
                    .post("/api/v1/bookings")
                    .then()
                    .statusCode(201);
            statement.execute("create temp table withdrawn as select *" + ofResource);
            statement.executeUpdate("delete" + ofResource);
            counsellor()
                    .body(booking(catalogue.productId, at(2, "10:15"), "d" + catalogue.suffix, null))
                    .post("/api/v1/bookings")
                    .then()
                    .statusCode(409)
                    .body("code", equalTo("slot-not-offered"));
            // released again: offered at once, though the releases last read had none
            counsellor()
                    .body(booking(catalogue.productId, at(7, "09:00"), "e" + catalogue.suffix, null))
                    .post("/api/v1/bookings")
                    .then()
                    .statusCode(409)
                    .body("code", equalTo("slot-not-offered"));
            statement.executeUpdate("insert into released_time select * from withdrawn");
            counsellor()
                    .body(booking(catalogue.productId, at(7, "09:00"), "e" + catalogue.suffix, null))
                    .post("/api/v1/bookings")
                    .then()
                    .statusCode(201);
            assertThat(bookingsOf("d" + catalogue.suffix)).isZero();
            assertThat(bookingsOf("e" + catalogue.suffix)).isOne();
        }
    }

    /**
     * A professional also books time no release offers, and takes the releases as last read without
     * reading them again; a release made through another instance since (straight in the database
     * here) is still found: the insert sees the resource has a release it did not know, and the
     * booking is made from the releases as they are, with the new release's service point.
     */
    @Test
    void aProfessionalsBookingSeesAReleaseMadeThroughAnotherInstance() throws Exception {
        String servicePoint = catalogue
                .asAdministrator()
                .body(
                        "{\"code\":\"SP" + catalogue.suffix + "\",\"name\":{\"fi\":"
                                + "\"Toimipiste\"},\"address\":{\"street\":\"Katu 1\",\"postalCode\":\"48100\",\"postOffice\":\"Kotka\"}}")
                .post("/api/v1/service-points")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // Tuesdays are not released: booked in the professional's own calendar, at no service point
        catalogue
                .asProfessional()
                .body(booking(catalogue.productId, at(1, "13:00"), "a" + catalogue.suffix, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .body("servicePointId", nullValue());
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("""
                     insert into released_time (id, organisation_id, resource_id, kind, during, validity, product_ids,
                                                channels, service_point_id)
                     values (gen_random_uuid(), ?, ?::uuid, 'ONE_OFF', tstzrange(?::timestamptz, ?::timestamptz),
                             daterange(?::date, ?::date, '[]'), array[?::uuid], array['PROFESSIONAL'], ?::uuid)""")) {
            statement.setString(1, DemoPersona.DEMO_ORGANISATION);
            statement.setString(2, catalogue.resourceId);
            statement.setString(3, at(1, "10:00"));
            statement.setString(4, at(1, "12:00"));
            statement.setString(5, MONDAY.plusDays(1).toString());
            statement.setString(6, MONDAY.plusDays(1).toString());
            statement.setString(7, catalogue.productId);
            statement.setString(8, servicePoint);
            statement.executeUpdate();
        }
        catalogue
                .asProfessional()
                .body(booking(catalogue.productId, at(1, "10:00"), "b" + catalogue.suffix, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .body("servicePointId", equalTo(servicePoint));
    }

    @Test
    void aRefusedBookingLeavesNothingInTheOutbox() throws Exception {
        counsellor()
                .body(booking(catalogue.productId, at(0, "09:00"), "a" + catalogue.suffix, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201);
        counsellor()
                .body(booking(catalogue.productId, at(0, "09:00"), "b" + catalogue.suffix, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(409)
                .body("code", equalTo("slot-taken"));
        try (var connection = dataSource.getConnection();
                var statement =
                        connection.prepareStatement("select count(*) from outbox_event where payload->>'client' = ?")) {
            statement.setString(1, "b" + catalogue.suffix);
            try (var result = statement.executeQuery()) {
                result.next();
                assertThat(result.getInt(1)).isZero();
            }
        }
    }

    @Test
    void aClientSeesHowTheirBookingWasMadeButNoStaffIdentifiers() {
        String maija = "maija-" + catalogue.suffix;
        String id = counsellor()
                .body(booking(catalogue.productId, at(0, "09:00"), maija, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .body("bookedBy", equalTo(DemoPersona.named("counsellor").subject()))
                .extract()
                .path("id");

        client("maija")
                .get("/api/v1/bookings/" + id)
                .then()
                .statusCode(200)
                .body("client", equalTo(maija))
                .body("channel", equalTo("COUNSELLING"))
                .body("$", not(hasKey("bookedBy")));
        client("maija")
                .body("{\"reason\":\"CLIENT_REQUEST\"}")
                .post("/api/v1/bookings/" + id + "/cancel")
                .then()
                .statusCode(200)
                .body("items[0].lastChange.by", equalTo(maija))
                .body("items[0]", not(hasKey("bookedBy")));
    }

    @Test
    void aClientBooksOnlyReleasedSelfServiceTimesForThemselvesWithinNotice() {
        client("maija")
                .body(booking(catalogue.productId, at(0, "09:00"), "someone-else", null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(403)
                .body("code", equalTo("channel-not-allowed"))
                .body("errors[0].field", equalTo("client"));
        // not released on Tuesdays
        client("maija")
                .body(booking(catalogue.productId, at(1, "09:00"), null, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(409)
                .body("code", equalTo("slot-not-offered"));
        // released tomorrow-ish to everyone, but within the 24 h notice for a client
        String soon = Instant.now()
                .plusSeconds(3 * 3600)
                .truncatedTo(ChronoUnit.HOURS)
                .toString();
        String soonEnd = Instant.parse(soon).plusSeconds(2 * 3600).toString();
        catalogue
                .asProfessional()
                .body("{\"start\":\"" + soon + "\",\"end\":\"" + soonEnd + "\",\"terms\":{\"productIds\":[\""
                        + catalogue.productId + "\"],\"channels\":[\"CLIENT_SELF_SERVICE\",\"COUNSELLING\"]}}")
                .post("/api/v1/calendars/" + catalogue.resourceId + "/releases/one-off")
                .then()
                .statusCode(201);
        client("maija")
                .body(booking(catalogue.productId, soon, null, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(409)
                .body("code", equalTo("outside-booking-window"));
        counsellor()
                .body(booking(catalogue.productId, soon, "x" + catalogue.suffix, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201);

        client("maija")
                .body(booking(catalogue.productId, at(0, "09:00"), null, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .body("channel", equalTo("CLIENT_SELF_SERVICE"))
                .body("client", equalTo(clientSubject("maija")));
        client("maija")
                .get("/api/v1/bookings")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].start", equalTo(at(0, "09:00")));
    }

    @Test
    void aClientNeverReadsCancelsOrReschedulesAnotherClientsBooking() {
        String id = client("maija")
                .body(booking(catalogue.productId, at(0, "09:00"), null, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        client("matti").get("/api/v1/bookings/" + id).then().statusCode(404);
        client("matti")
                .body("{\"reason\":\"CLIENT_REQUEST\"}")
                .post("/api/v1/bookings/" + id + "/cancel")
                .then()
                .statusCode(404);
        client("matti")
                .body("{\"start\":\"" + at(2, "09:00") + "\",\"reason\":\"CLIENT_REQUEST\"}")
                .post("/api/v1/bookings/" + id + "/reschedule")
                .then()
                .statusCode(404);
        client("matti").get("/api/v1/bookings").then().statusCode(200).body("items", hasSize(0));
        client("maija").get("/api/v1/bookings/" + id).then().statusCode(200);
    }

    @Test
    void aClientReschedulesAndCancelsWithinTheDeadlineKeepingTheHistory() throws Exception {
        String id = client("maija")
                .body(booking(catalogue.productId, at(0, "09:00"), null, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        Response moved = client("maija")
                .body("{\"start\":\"" + at(2, "10:15") + "\",\"reason\":\"CLIENT_REQUEST\"}")
                .post("/api/v1/bookings/" + id + "/reschedule");
        moved.then()
                .statusCode(201)
                .body("items", hasSize(1))
                .body("items[0].replaces", equalTo(id))
                .body("items[0].start", equalTo(at(2, "10:15")));
        String replacement = moved.path("items[0].id");
        client("maija")
                .get("/api/v1/bookings/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("MOVED"))
                .body("statusName", equalTo("Siirretty"))
                .body("replacedBy", equalTo(replacement))
                .body("lastChange.reason", equalTo("CLIENT_REQUEST"))
                .body("fhirStatus", nullValue());
        assertThat(outboxEvents(id, "booking.moved")).isEqualTo(1);

        client("maija")
                .body("{\"reason\":\"CLIENT_ILLNESS\"}")
                .post("/api/v1/bookings/" + replacement + "/cancel")
                .then()
                .statusCode(200)
                .body("items[0].status", equalTo("CANCELLED"))
                .body("items[0].lastChange.by", equalTo(clientSubject("maija")));
        // the freed times are bookable again
        counsellor()
                .body(booking(catalogue.productId, at(0, "09:00"), "y" + catalogue.suffix, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201);
        counsellor()
                .body(booking(catalogue.productId, at(2, "10:15"), "z" + catalogue.suffix, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201);
    }

    @Test
    void aClientCannotChangeABookingPastTheDeadlineButTheProfessionalCan() {
        String soon = Instant.now()
                .plusSeconds(3 * 3600)
                .truncatedTo(ChronoUnit.HOURS)
                .toString();
        String id = catalogue
                .asProfessional()
                .body(booking(catalogue.productId, soon, clientSubject("maija"), null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .body("channel", equalTo("PROFESSIONAL"))
                .extract()
                .path("id");
        client("maija")
                .body("{\"reason\":\"CLIENT_REQUEST\"}")
                .post("/api/v1/bookings/" + id + "/cancel")
                .then()
                .statusCode(409)
                .body("code", equalTo("change-deadline-passed"));
        catalogue
                .asProfessional()
                .body("{\"reason\":\"CLIENT_REQUEST\"}")
                .post("/api/v1/bookings/" + id + "/cancel")
                .then()
                .statusCode(200);
    }

    @Test
    void statusChangesFollowTheFinnishStatusSetAndAStaleVersionIs412() throws Exception {
        Instant start = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
        String id = catalogue
                .asProfessional()
                .body(booking(catalogue.productId, start.toString(), "c" + catalogue.suffix, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        catalogue
                .asProfessional()
                .header("If-Match", "\"7\"")
                .body("{\"status\":\"CHECKED_IN\"}")
                .post("/api/v1/bookings/" + id + "/attendance")
                .then()
                .statusCode(412)
                .body("code", equalTo("stale-version"));
        catalogue
                .asProfessional()
                .body("{\"status\":\"FULFILLED\"}")
                .post("/api/v1/bookings/" + id + "/attendance")
                .then()
                .statusCode(409)
                .body("code", equalTo("attendance-too-early"))
                .body("errors[0].field", equalTo("status"));
        catalogue
                .asProfessional()
                .header("If-Match", "\"0\"")
                .body("{\"status\":\"CHECKED_IN\"}")
                .post("/api/v1/bookings/" + id + "/attendance")
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("CHECKED_IN"))
                .body("fhirStatus", equalTo("checked-in"));
        untilPast(start);
        catalogue
                .asProfessional()
                .body("{\"status\":\"FULFILLED\"}")
                .post("/api/v1/bookings/" + id + "/attendance")
                .then()
                .statusCode(200)
                .body("statusName", equalTo("Toteutunut"));
        catalogue
                .asProfessional()
                .body("{\"reason\":\"CLIENT_REQUEST\"}")
                .post("/api/v1/bookings/" + id + "/cancel")
                .then()
                .statusCode(409)
                .body("code", equalTo("invalid-transition"));
        catalogue
                .asProfessional()
                .body("{\"status\":\"BOOKED\"}")
                .post("/api/v1/bookings/" + id + "/attendance")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void aFulfilledTimeIsCorrectedToANoShowWithAReasonThatTheBookingKeeps() throws Exception {
        Instant start = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
        catalogue
                .asProfessional()
                .body(booking(catalogue.productId, start.plusMillis(500).toString(), "c" + catalogue.suffix, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("start"));
        String id = catalogue
                .asProfessional()
                .body(booking(catalogue.productId, start.toString(), "c" + catalogue.suffix, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        untilPast(start);
        catalogue
                .asProfessional()
                .body("{\"status\":\"FULFILLED\"}")
                .post("/api/v1/bookings/" + id + "/attendance")
                .then()
                .statusCode(200);
        catalogue
                .asProfessional()
                .body("{\"status\":\"NO_SHOW\"}")
                .post("/api/v1/bookings/" + id + "/attendance")
                .then()
                .statusCode(422)
                .body("code", equalTo("reason-required"))
                .body("errors[0].field", equalTo("reason"));
        catalogue
                .asProfessional()
                .body("{\"status\":\"NO_SHOW\",\"reason\":\"HOLD_EXPIRED\"}")
                .post("/api/v1/bookings/" + id + "/attendance")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        catalogue
                .as("c" + catalogue.suffix, Roles.CLIENT)
                .body("{\"status\":\"NO_SHOW\",\"reason\":\"RECORDED_IN_ERROR\"}")
                .post("/api/v1/bookings/" + id + "/attendance")
                .then()
                .statusCode(403)
                .body("code", equalTo("channel-not-allowed"));
        catalogue
                .asSupervisor()
                .header("If-Match", "\"1\"")
                .body("{\"status\":\"NO_SHOW\",\"reason\":\"RECORDED_IN_ERROR\"}")
                .post("/api/v1/bookings/" + id + "/attendance")
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("status", equalTo("NO_SHOW"))
                .body("lastChange.reason", equalTo("RECORDED_IN_ERROR"))
                .body("lastChange.by", equalTo(catalogue.supervisorSubject));
        catalogue
                .asProfessional()
                .body("{\"reason\":\"RECORDED_IN_ERROR\"}")
                .post("/api/v1/bookings/" + id + "/cancel")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
    }

    @Test
    void aClientIsBookedWithAProfessionalWhoDoesNotSpeakTheirLanguageOnlyKnowinglyAndThatIsKept() {
        String english =
                booking(catalogue.productId, at(0, "09:00"), "en" + catalogue.suffix, "\"clientLanguage\":\"en\"");
        counsellor()
                .body(english)
                .post("/api/v1/bookings")
                .then()
                .statusCode(409)
                .body("code", equalTo("language-mismatch"))
                .body("errors[0].field", equalTo("clientLanguage"))
                .body("detail", containsString("speaks fi, sv, not en"));
        counsellor()
                .body(booking(
                        catalogue.productId, at(0, "10:15"), "sv" + catalogue.suffix, "\"clientLanguage\":\"sv\""))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .body("languageMismatchAllowed", equalTo(false));
        String id = counsellor()
                .body(english.replace("}", ",\"allowLanguageMismatch\":true}"))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .body("languageMismatchAllowed", equalTo(true))
                .body("clientLanguage", equalTo("en"))
                .extract()
                .path("id");
        counsellor()
                .get("/api/v1/bookings/" + id)
                .then()
                .statusCode(200)
                .body("languageMismatchAllowed", equalTo(true));
    }

    @Test
    void theCounsellorRecordsHowToReachTheClientItIsKeptSealedAndShownAsTheClientsContactDetailsAre() throws Exception {
        String client = "reach-" + catalogue.suffix;
        String reach = "\"clientReachAt\":{\"phone\":\"+358 40 765 4321\",\"email\":\"asiakas@example.fi\"}";
        client("maija")
                .body(booking(catalogue.productId, at(0, "09:00"), null, reach))
                .post("/api/v1/bookings")
                .then()
                .statusCode(403)
                .body("errors[0].field", equalTo("clientReachAt"));
        counsellor()
                .body(booking(catalogue.productId, at(0, "09:00"), client, "\"clientReachAt\":{\"phone\":\"soita\"}"))
                .post("/api/v1/bookings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("clientReachAt.phone"));
        String id = counsellor()
                .body(booking(catalogue.productId, at(0, "09:00"), client, reach))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .body("$", not(hasKey("clientReachAt")))
                .extract()
                .path("id");
        counsellor()
                .get("/api/v1/bookings/" + id)
                .then()
                .statusCode(200)
                .body("clientReachAt.phone", equalTo("+358 40 765 4321"))
                .body("clientReachAt.email", equalTo("asiakas@example.fi"));
        catalogue
                .asProfessional()
                .get("/api/v1/bookings/" + id)
                .then()
                .statusCode(200)
                .body("clientReachAt.phone", equalTo("+358 40 765 4321"));
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("select reach_at_sealed from booking where id = ?::uuid")) {
            statement.setString(1, id);
            try (var row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(new String(row.getBytes(1), StandardCharsets.ISO_8859_1))
                        .as("kept encrypted")
                        .doesNotContain("765")
                        .doesNotContain("asiakas");
            }
        }

        // under non-disclosure for personal safety, it is withheld with the client's own contact details
        catalogue
                .asIntegration("client-record-system", "client-records.write")
                .body("{\"nonDisclosure\":true}")
                .put("/api/v1/client-records/" + client)
                .then()
                .statusCode(204);
        counsellor()
                .get("/api/v1/bookings/" + id)
                .then()
                .statusCode(200)
                .body("clientContactWithheld", equalTo(true))
                .body("$", not(hasKey("clientReachAt")));
    }

    /** Waits until {@code instant} has passed, as the time of a booking does before its outcome is recorded. */
    static void untilPast(Instant instant) throws InterruptedException {
        while (!Instant.now().isAfter(instant)) {
            Thread.sleep(Math.max(1, Duration.between(Instant.now(), instant).toMillis() + 1));
        }
    }

    @Test
    void aHoldKeepsOthersOutUntilItIsBookedOrLapses() throws Exception {
        Response hold = counsellor()
                .body(booking(catalogue.productId, at(0, "09:00"), "h1" + catalogue.suffix, null))
                .post("/api/v1/holds");
        hold.then().statusCode(201).body("status", equalTo("PENDING")).body("holdExpiresAt", notNullValue());
        String holdId = hold.path("id");
        client("maija")
                .body(booking(catalogue.productId, at(0, "09:00"), null, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(409)
                .body("code", equalTo("slot-taken"));
        counsellor()
                .post("/api/v1/bookings/" + holdId + "/confirm")
                .then()
                .statusCode(200)
                .body("status", equalTo("BOOKED"));

        String second = counsellor()
                .body(booking(catalogue.productId, at(0, "10:15"), "h2" + catalogue.suffix, null))
                .post("/api/v1/holds")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // ten minutes pass: the hold lapses, and the next booking of the time lets it go, no job needed
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "update booking set hold_expires_at = now() - interval '1 second' where id = ?::uuid")) {
            statement.setString(1, second);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
        counsellor()
                .post("/api/v1/bookings/" + second + "/confirm")
                .then()
                .statusCode(409)
                .body("code", equalTo("hold-expired"));
        client("maija")
                .body(booking(catalogue.productId, at(0, "10:15"), null, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201);
        counsellor()
                .get("/api/v1/bookings/" + second)
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("lastChange.reason", equalTo("HOLD_EXPIRED"));
        assertThat(outboxEvents(second, "booking.cancelled")).isEqualTo(1);
    }

    @Test
    void aClientIsNotBookedTwiceAtOnceUnlessAProfessionalOverrides() {
        String client = "o" + catalogue.suffix;
        counsellor()
                .body(booking(catalogue.productId, at(0, "09:00"), client, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201);
        catalogue
                .as(catalogue.otherProfessionalSubject, Roles.PROFESSIONAL)
                .body(booking(catalogue.otherResourceId, catalogue.productId, at(0, "09:30"), client, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(409)
                .body("code", equalTo("client-already-booked"));
        counsellor()
                .body(booking(
                        catalogue.otherResourceId,
                        catalogue.productId,
                        at(0, "09:30"),
                        client,
                        "\"allowClientOverlap\":true"))
                .post("/api/v1/bookings")
                .then()
                .statusCode(403)
                .body("errors[0].field", equalTo("allowClientOverlap"));
        catalogue
                .as(catalogue.otherProfessionalSubject, Roles.PROFESSIONAL)
                .body(booking(
                        catalogue.otherResourceId,
                        catalogue.productId,
                        at(0, "09:30"),
                        client,
                        "\"allowClientOverlap\":true"))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .body("clientOverlapAllowed", equalTo(true));
    }

    @Test
    void aProfessionalBooksOnlyInCalendarsTheyKeep() {
        catalogue
                .asPersona("professional-2")
                .body(booking(catalogue.productId, at(0, "09:00"), "p" + catalogue.suffix, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(403)
                .body("code", equalTo("not-your-calendar"));
        catalogue
                .asSupervisor()
                .body(booking(catalogue.productId, at(0, "09:00"), "p" + catalogue.suffix, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .body("channel", equalTo("PROFESSIONAL"));
        catalogue
                .asAdministrator()
                .body(booking(catalogue.productId, at(0, "10:15"), "p2" + catalogue.suffix, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(403);
        counsellor()
                .body(booking(catalogue.productId, at(0, "10:15"), null, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("client"));
    }

    @Test
    void aGroupTimeTakesParticipantsOneByOneUpToItsCapacity() {
        String group = catalogue.groupProductId;
        for (int i = 0; i < 6; i++) {
            client("g" + i)
                    .body(booking(group, at(0, "09:00"), null, null))
                    .post("/api/v1/bookings")
                    .then()
                    .statusCode(201);
        }
        client("g6")
                .body(booking(group, at(0, "09:00"), null, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(409)
                .body("code", equalTo("group-full"));
        String id = client("g7").get("/api/v1/bookings").then().extract().path("items[0].id");
        assertThat(id).isNull();
        String first = client("g0").get("/api/v1/bookings").then().extract().path("items[0].id");
        client("g0")
                .body("{\"reason\":\"CLIENT_REQUEST\"}")
                .post("/api/v1/bookings/" + first + "/cancel")
                .then()
                .statusCode(200);
        counsellor()
                .queryParam("product", group)
                .queryParam("from", at(0, "00:00"))
                .queryParam("to", at(1, "00:00"))
                .get("/api/v1/slots")
                .then()
                .statusCode(200)
                .body("items[0].remaining", equalTo(1));
        client("g6")
                .body(booking(group, at(0, "09:00"), null, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201);
        // the individual product cannot take the resource's time the group holds
        counsellor()
                .body(booking(catalogue.productId, at(0, "09:00"), "i" + catalogue.suffix, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(409)
                .body("code", equalTo("slot-taken"));
    }

    @Test
    void aSeriesIsBookedWhollyOrNotAtAllAndNamesTheConflictingOccurrences() {
        counsellor()
                .body(booking(catalogue.productId, at(14, "09:00"), "s0" + catalogue.suffix, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201);
        String series = "{\"first\":" + booking(catalogue.productId, at(0, "09:00"), "s1" + catalogue.suffix, null)
                + ",\"recurrence\":{\"frequency\":\"WEEKLY\",\"count\":4}}";
        counsellor()
                .body(series)
                .post("/api/v1/booking-series")
                .then()
                .statusCode(409)
                .body("code", equalTo("partly-unavailable"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("occurrences[2]"));
        counsellor()
                .queryParam("product", catalogue.productId)
                .queryParam("from", at(0, "00:00"))
                .queryParam("to", at(1, "00:00"))
                .get("/api/v1/slots")
                .then()
                .statusCode(200)
                .body("items", hasSize(2));

        Response booked = counsellor()
                .body("{\"first\":" + booking(catalogue.productId, at(0, "10:15"), "s1" + catalogue.suffix, null)
                        + ",\"recurrence\":{\"frequency\":\"EVERY_SECOND_WEEK\",\"count\":2}}")
                .post("/api/v1/booking-series");
        booked.then()
                .statusCode(201)
                .body("items", hasSize(2))
                .body("items[1].start", equalTo(at(14, "10:15")))
                .body("items[0].seriesId", notNullValue());
        String first = booked.path("items[0].id");
        counsellor()
                .body("{\"reason\":\"NO_LONGER_NEEDED\",\"scope\":\"THIS_AND_FOLLOWING\"}")
                .post("/api/v1/bookings/" + first + "/cancel")
                .then()
                .statusCode(200)
                .body("items", hasSize(2));
    }

    @Test
    void aMultiBookingIsAllOrNothing() throws Exception {
        String client = "m" + catalogue.suffix;
        counsellor()
                .body(booking(catalogue.productId, at(2, "09:00"), "taken" + catalogue.suffix, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201);
        counsellor()
                .body("{\"bookings\":[" + booking(catalogue.productId, at(0, "09:00"), client, null) + ","
                        + booking(catalogue.productId, at(2, "09:00"), client, null) + "]}")
                .post("/api/v1/multi-bookings")
                .then()
                .statusCode(409)
                .body("code", equalTo("partly-unavailable"))
                .body("errors[0].field", equalTo("bookings[1]"));
        assertThat(bookingsOf(client)).isZero();
        counsellor()
                .body("{\"bookings\":[" + booking(catalogue.productId, at(0, "09:00"), client, null) + ","
                        + booking(catalogue.productId, at(2, "10:15"), client, null) + "]}")
                .post("/api/v1/multi-bookings")
                .then()
                .statusCode(201)
                .body("items", hasSize(2))
                .body("items[0].multiBookingId", not(nullValue()));
        assertThat(bookingsOf(client)).isEqualTo(2);
    }

    @Test
    void anUnknownProductOrAMissingStartIs400() {
        counsellor()
                .body(booking(UUID.randomUUID().toString(), at(0, "09:00"), "u" + catalogue.suffix, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(400)
                .body("code", equalTo("unknown-reference"))
                .body("errors[0].field", equalTo("product"));
        counsellor()
                .body("{\"resourceId\":\"" + catalogue.resourceId + "\",\"productId\":\"" + catalogue.productId + "\"}")
                .post("/api/v1/bookings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("start"));
    }

    @Test
    void serverOwnedFieldsOfABookingSentByTheCallerAreRejectedNotApplied() throws Exception {
        String client = "owned-" + catalogue.suffix;
        for (String owned : List.of(
                "\"status\":\"ARRIVED\"",
                "\"bookedBy\":\"someone-else\"",
                "\"bookedAt\":\"2020-01-01T00:00:00Z\"",
                "\"organisation\":\"siunsote-demo\"",
                "\"version\":7",
                "\"id\":\"" + UUID.randomUUID() + "\"")) {
            String field = owned.substring(1, owned.indexOf('"', 1));
            counsellor()
                    .body(booking(catalogue.productId, at(0, "10:30"), client, owned))
                    .post("/api/v1/bookings")
                    .then()
                    .statusCode(400)
                    .body("code", equalTo("validation"))
                    .body("errors[0].field", equalTo(field));
        }
        assertThat(bookingsOf(client)).isZero();
    }
}
