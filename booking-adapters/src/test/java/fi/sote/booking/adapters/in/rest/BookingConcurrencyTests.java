package fi.sote.booking.adapters.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.sote.booking.adapters.CatalogueFixture;
import fi.sote.booking.adapters.security.DemoPersona;
import fi.sote.booking.adapters.security.LocalTokens;
import fi.sote.booking.adapters.security.Roles;

/**
 * Races that really run at once: many HTTP clients released together by a latch against the
 * service and its PostgreSQL. Whatever the interleaving, the database decides.
 */
@QuarkusTest
class BookingConcurrencyTests {

    @TestHTTPResource("/")
    URL base;

    @Inject
    LocalTokens tokens;

    @Inject
    DataSource dataSource;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ExecutorService threads = Executors.newFixedThreadPool(100);
    private CatalogueFixture catalogue;

    @BeforeEach
    void setUp() {
        catalogue = BookingResourceTests.releasedCatalogue(tokens);
    }

    @AfterEach
    void tearDown() {
        threads.shutdownNow();
    }

    @Test
    void fiftyParallelAttemptsAtOneSlotGiveOneBookingAndFortyNineConflicts() throws Exception {
        String counsellor = token("counsellor-" + catalogue.suffix, Roles.COUNSELLOR);
        List<HttpResponse<String>> answers = race(
                50,
                i -> post(
                        "/api/v1/bookings",
                        counsellor,
                        null,
                        BookingResourceTests.booking(
                                catalogue.resourceId,
                                catalogue.productId,
                                BookingResourceTests.at(0, "09:00"),
                                "race-" + i + "-" + catalogue.suffix,
                                null)));

        assertThat(answers).filteredOn(answer -> answer.statusCode() == 201).hasSize(1);
        assertThat(answers)
                .filteredOn(answer -> answer.statusCode() == 409)
                .hasSize(49)
                .allSatisfy(answer -> assertThat(JsonPath.from(answer.body()).getString("code"))
                        .isEqualTo("slot-taken"));
        assertThat(activeBookingsAt(BookingResourceTests.at(0, "09:00"))).isEqualTo(1);
    }

    @Test
    void fiftyParallelAttemptsAtAGroupOfFiveGiveFive() throws Exception {
        String groupOfFive = JsonPath.from(catalogue
                        .asAdministrator()
                        .body(catalogue.product("F" + catalogue.suffix, 60, 5))
                        .post("/api/v1/bookable-products")
                        .then()
                        .statusCode(201)
                        .extract()
                        .asString())
                .getString("id");
        String professional = token(catalogue.professionalSubject, Roles.PROFESSIONAL);
        List<HttpResponse<String>> answers = race(
                50,
                i -> post(
                        "/api/v1/bookings",
                        professional,
                        null,
                        BookingResourceTests.booking(
                                catalogue.resourceId,
                                groupOfFive,
                                BookingResourceTests.at(1, "13:00"),
                                "group-" + i + "-" + catalogue.suffix,
                                null)));

        assertThat(answers).filteredOn(answer -> answer.statusCode() == 201).hasSize(5);
        assertThat(answers)
                .filteredOn(answer -> answer.statusCode() == 409)
                .hasSize(45)
                .allSatisfy(answer -> assertThat(JsonPath.from(answer.body()).getString("code"))
                        .isEqualTo("group-full"));
        assertThat(activeBookingsAt(BookingResourceTests.at(1, "13:00"))).isEqualTo(5);
    }

    @Test
    void aSeriesAndASingleBookingRacingForOneOccurrenceNeverBothWin() throws Exception {
        String professional = token(catalogue.professionalSubject, Roles.PROFESSIONAL);
        String supervisor = token(catalogue.supervisorSubject, Roles.SUPERVISOR);
        for (int round = 0; round < 8; round++) {
            // each round at its own hour, so the rounds' series never meet
            String hour = String.format("%02d:00", 5 + 2 * round);
            String first = BookingResourceTests.at(0, hour);
            String contested = BookingResourceTests.at(7, hour);
            String series = "{\"first\":"
                    + BookingResourceTests.booking(
                            catalogue.resourceId,
                            catalogue.productId,
                            first,
                            "series-" + round + "-" + catalogue.suffix,
                            null)
                    + ",\"recurrence\":{\"frequency\":\"WEEKLY\",\"count\":3}}";
            String single = BookingResourceTests.booking(
                    catalogue.resourceId,
                    catalogue.productId,
                    contested,
                    "single-" + round + "-" + catalogue.suffix,
                    null);
            List<HttpResponse<String>> answers = race(
                    2,
                    i -> i == 0
                            ? post("/api/v1/booking-series", professional, null, series)
                            : post("/api/v1/bookings", supervisor, null, single));

            assertThat(answers)
                    .extracting(HttpResponse::statusCode)
                    .as("round %d", round)
                    .containsExactlyInAnyOrder(
                            answers.get(0).statusCode() == 201 ? 201 : 409,
                            answers.get(0).statusCode() == 201 ? 409 : 201);
            assertThat(activeBookingsAt(contested)).isEqualTo(1);
            assertThat(activeBookingsAt(first)).isEqualTo(answers.get(0).statusCode() == 201 ? 1 : 0);
        }
    }

    @Test
    void aHundredRetriesWithOneIdempotencyKeyCreateOneBooking() throws Exception {
        String counsellor = token("counsellor-" + catalogue.suffix, Roles.COUNSELLOR);
        String key = "retry-" + catalogue.suffix;
        String body = BookingResourceTests.booking(
                catalogue.resourceId,
                catalogue.productId,
                BookingResourceTests.at(2, "09:00"),
                "retried-" + catalogue.suffix,
                null);
        List<HttpResponse<String>> answers =
                new ArrayList<>(race(50, i -> post("/api/v1/bookings", counsellor, key, body)));
        for (int i = 0; i < 50; i++) {
            answers.add(
                    http.send(post("/api/v1/bookings", counsellor, key, body), HttpResponse.BodyHandlers.ofString()));
        }

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201, 409);
        assertThat(answers)
                .filteredOn(answer -> answer.statusCode() == 409)
                .allSatisfy(answer -> assertThat(JsonPath.from(answer.body()).getString("code"))
                        .isEqualTo("idempotency-key-in-use"));
        assertThat(answers.subList(50, 100)).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(201);
            assertThat(answer.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        });
        assertThat(answers)
                .filteredOn(answer -> answer.statusCode() == 201)
                .extracting(answer -> JsonPath.from(answer.body()).getString("id"))
                .containsOnly(JsonPath.from(answers.get(99).body()).getString("id"));
        assertThat(activeBookingsAt(BookingResourceTests.at(2, "09:00"))).isEqualTo(1);

        HttpResponse<String> otherBody = http.send(
                post("/api/v1/bookings", counsellor, key, body.replace("retried-", "other-")),
                HttpResponse.BodyHandlers.ofString());
        assertThat(otherBody.statusCode()).isEqualTo(422);
        assertThat(JsonPath.from(otherBody.body()).getString("code")).isEqualTo("idempotency-key-reused");
        // another caller's key is their own
        HttpResponse<String> anotherCaller = http.send(
                post(
                        "/api/v1/bookings",
                        token("counsellor-2-" + catalogue.suffix, Roles.COUNSELLOR),
                        key,
                        body.replace("retried-", "another-")
                                .replace("09:00", "10:15")
                                .replace(BookingResourceTests.at(2, "09:00"), BookingResourceTests.at(2, "10:15"))),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anotherCaller.statusCode()).isEqualTo(201);
    }

    /**
     * Two inserts under an exclusion constraint can wait for each other; PostgreSQL then aborts one
     * (deadlock_detected). Here the service's insert waits first on another transaction's entry, which
     * then waits on the service's: the service's insert is the one aborted, is tried again, and books
     * the time once the other transaction rolls back.
     */
    @Test
    void aBookingAbortedToBreakADeadlockIsTriedAgain() throws Exception {
        String professional = token(catalogue.professionalSubject, Roles.PROFESSIONAL);
        String start = BookingResourceTests.at(8, "15:00"); // occupies 15:00-16:15 with its buffer
        try (var other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            insertBooking(other, BookingResourceTests.at(8, "14:30"), BookingResourceTests.at(8, "15:30"));
            Future<HttpResponse<String>> answer = threads.submit(() -> http.send(
                    post(
                            "/api/v1/bookings",
                            professional,
                            null,
                            BookingResourceTests.booking(
                                    catalogue.resourceId,
                                    catalogue.productId,
                                    start,
                                    "deadlock-" + catalogue.suffix,
                                    null)),
                    HttpResponse.BodyHandlers.ofString()));
            awaitABackendWaitingOnALock();
            // clear of the first entry, in the way of the service's: now each waits for the other
            insertBooking(other, BookingResourceTests.at(8, "16:00"), BookingResourceTests.at(8, "17:00"));
            other.rollback();

            HttpResponse<String> booked = answer.get();
            assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        }
        assertThat(activeBookingsAt(start)).isEqualTo(1);
    }

    /**
     * A reschedule holds its old time (marked MOVED, not yet committed) while its insert waits on another
     * transaction's entry at the new time; when that transaction then inserts over the old time, each waits for the
     * other and PostgreSQL aborts the reschedule, which waited first. The whole request is run again and books the
     * new time once the other transaction rolls back.
     */
    @Test
    void aRescheduleAbortedToBreakADeadlockIsRunAgainWhole() throws Exception {
        String professional = token(catalogue.professionalSubject, Roles.PROFESSIONAL);
        String id = booked(professional, BookingResourceTests.at(10, "09:00"), "swap-" + catalogue.suffix);
        String newStart = BookingResourceTests.at(10, "13:00");
        try (var other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            // in the way of the new time
            insertBooking(other, BookingResourceTests.at(10, "12:30"), BookingResourceTests.at(10, "13:30"));
            Future<HttpResponse<String>> moved = threads.submit(() -> http.send(
                    post(
                            "/api/v1/bookings/" + id + "/reschedule",
                            professional,
                            null,
                            "{\"start\":\"" + newStart + "\",\"reason\":\"CLIENT_REQUEST\"}"),
                    HttpResponse.BodyHandlers.ofString()));
            awaitABackendWaitingOnALock();
            // over the old time, which the waiting reschedule holds: now each waits for the other
            try {
                insertBooking(other, BookingResourceTests.at(10, "08:30"), BookingResourceTests.at(10, "09:30"));
            } catch (SQLException refusedOnceTheRescheduleWasAborted) {
                // the aborted reschedule left the old booking in place, so this insert conflicts with it
            }
            other.rollback();

            HttpResponse<String> answer = moved.get(60, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        }
        assertThat(activeBookingsAt(newStart)).isEqualTo(1);
    }

    /**
     * No statement waits for another transaction's lock longer than {@code booking.database.lock-timeout}: a cancel
     * that meets a booking row locked by a transaction that does not end is answered 503 {@code busy} with
     * {@code Retry-After} while that transaction is still open, and changes nothing.
     */
    @Test
    void aChangeThatWaitsOnAnotherTransactionsLockPastTheBoundIsAnswered503BusyAndChangesNothing() throws Exception {
        String professional = token(catalogue.professionalSubject, Roles.PROFESSIONAL);
        String id = booked(professional, BookingResourceTests.at(9, "09:00"), "locked-" + catalogue.suffix);
        String cancel = "/api/v1/bookings/" + id + "/cancel";
        String reason = "{\"reason\":\"CLIENT_REQUEST\"}";

        try (var other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (var lock = other.prepareStatement("select id from booking where id = ?::uuid for update")) {
                lock.setString(1, id);
                lock.executeQuery().close();
            }
            HttpResponse<String> refused = threads.submit(() ->
                            http.send(post(cancel, professional, null, reason), HttpResponse.BodyHandlers.ofString()))
                    .get(30, TimeUnit.SECONDS);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(JsonPath.from(refused.body()).getString("code")).isEqualTo("busy");
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
            other.rollback();
        }

        HttpRequest read = HttpRequest.newBuilder(
                        URI.create(base.toString().replaceAll("/$", "") + "/api/v1/bookings/" + id))
                .header("Authorization", "Bearer " + professional)
                .build();
        assertThat(JsonPath.from(http.send(read, HttpResponse.BodyHandlers.ofString())
                                .body())
                        .getString("status"))
                .as("the refused cancel changed nothing")
                .isEqualTo("BOOKED");
        HttpResponse<String> retried =
                http.send(post(cancel, professional, null, reason), HttpResponse.BodyHandlers.ofString());
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
    }

    /** Books the start in the fixture's calendar for a client of that name, and gives the booking's id. */
    private String booked(String professional, String start, String client) throws Exception {
        HttpResponse<String> booked = http.send(
                post(
                        "/api/v1/bookings",
                        professional,
                        null,
                        BookingResourceTests.booking(catalogue.resourceId, catalogue.productId, start, client, null)),
                HttpResponse.BodyHandlers.ofString());
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        return JsonPath.from(booked.body()).getString("id");
    }

    private void insertBooking(Connection connection, String start, String end) throws Exception {
        try (var statement = connection.prepareStatement("""
                insert into booking (id, organisation_id, resource_id, product_id, during, occupied, capacity, time_key,
                                     contact_mode, client_reference, channel, booked_by, booked_at, status, version)
                values (gen_random_uuid(), ?, ?::uuid, ?::uuid, tstzrange(?::timestamptz, ?::timestamptz),
                        tstzrange(?::timestamptz, ?::timestamptz), 1, gen_random_uuid()::text, 'PHONE', 'other',
                        'PROFESSIONAL', 'other', now(), 'BOOKED', 0)""")) {
            statement.setString(1, DemoPersona.DEMO_ORGANISATION);
            statement.setString(2, catalogue.resourceId);
            statement.setString(3, catalogue.productId);
            statement.setString(4, start);
            statement.setString(5, end);
            statement.setString(6, start);
            statement.setString(7, end);
            statement.executeUpdate();
        }
    }

    private void awaitABackendWaitingOnALock() throws Exception {
        for (int i = 0; i < 200; i++) {
            try (var connection = dataSource.getConnection();
                    var statement = connection.prepareStatement(
                            "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like '%booking%'");
                    var result = statement.executeQuery()) {
                result.next();
                if (result.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The service's insert never waited on the other transaction");
    }

    private String token(String subject, String role) {
        return tokens.issue(subject, subject, DemoPersona.DEMO_ORGANISATION, Set.of(role), Duration.ofMinutes(10));
    }

    private HttpRequest post(String path, String token, String idempotencyKey, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(base.toString().replaceAll("/$", "") + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.build();
    }

    /** Sends {@code n} requests at once: every thread waits at the gate until all are ready. */
    private List<HttpResponse<String>> race(int n, IntFunction<HttpRequest> request) throws Exception {
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> pending = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            HttpRequest each = request.apply(i);
            pending.add(threads.submit(() -> {
                ready.countDown();
                gate.await();
                return http.send(each, HttpResponse.BodyHandlers.ofString());
            }));
        }
        ready.await();
        gate.countDown();
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : pending) {
            answers.add(answer.get());
        }
        return answers;
    }

    private int activeBookingsAt(String start) throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("select count(*) from booking where resource_id = ?::uuid "
                        + "and lower(during) = ?::timestamptz and status not in ('CANCELLED', 'MOVED')")) {
            statement.setString(1, catalogue.resourceId);
            statement.setString(2, start);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
