package fi.sote.booking.adapters.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
 * A professional and a room in one booking, against the service and its PostgreSQL: the room picked or named, the
 * refusals, and a race of many professionals for the rooms of one service point, which the database decides.
 */
@QuarkusTest
class RoomBookingTests {

    private static final int PROFESSIONALS = 6;

    @TestHTTPResource("/")
    URL base;

    @Inject
    LocalTokens tokens;

    @Inject
    DataSource dataSource;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ExecutorService threads = Executors.newFixedThreadPool(PROFESSIONALS);
    private CatalogueFixture catalogue;
    private String roomA;
    private String roomB;
    private String meeting;
    private final List<String> professionals = new ArrayList<>();

    /** A service point with two rooms, professionals working there, and a meeting that needs a room at the office. */
    @BeforeEach
    void setUp() {
        catalogue = new CatalogueFixture(tokens).create();
        String point = created(
                "/api/v1/service-points",
                "{\"code\":\"SP" + catalogue.suffix + "\",\"name\":{\"fi\":\"Kotkan perheneuvola\"},"
                        + "\"address\":{\"street\":\"Keskuskatu 20\",\"postalCode\":\"48100\",\"postOffice\":\"Kotka\"}}");
        // registered B first, so that picking by name is seen
        roomB = created("/api/v1/resources", room("Huone B", point));
        roomA = created("/api/v1/resources", room("Huone A", point));
        String product = catalogue.product("R" + catalogue.suffix, 90, 1);
        meeting = created(
                "/api/v1/bookable-products",
                product.substring(0, product.length() - 1) + ",\"roomNeededFor\":[\"" + catalogue.contactMode()
                        + "\"]}");
        for (int i = 0; i < PROFESSIONALS; i++) {
            String body =
                    catalogue.resource("Tiina " + i + " " + catalogue.suffix, "tiina-" + i + "-" + catalogue.suffix);
            professionals.add(created(
                    "/api/v1/resources",
                    body.substring(0, body.length() - 1) + ",\"servicePointIds\":[\"" + point + "\"]}"));
        }
    }

    @AfterEach
    void tearDown() {
        threads.shutdownNow();
    }

    private String room(String name, String point) {
        return "{\"kind\":\"ROOM\",\"name\":\"" + name + " " + catalogue.suffix + "\",\"servicePointIds\":[\"" + point
                + "\"],\"supervisorSubject\":\"" + catalogue.supervisorSubject + "\"}";
    }

    private String created(String path, String body) {
        return catalogue
                .asAdministrator()
                .body(body)
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String meetingOf(String resource, String product, String start, String client, String extra) {
        return BookingResourceTests.booking(resource, product, start, client, extra);
    }

    @Test
    void aMeetingTakesTheFirstFreeRoomByNameWithItsProfessionalAndTellsTheRoomInTheConfirmation() {
        String start = BookingResourceTests.at(0, "13:00");
        JsonPath first = JsonPath.from(catalogue
                .asSupervisor()
                .body(meetingOf(professionals.get(0), meeting, start, "first-" + catalogue.suffix, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .extract()
                .asString());

        assertThat(first.getString("roomId")).isEqualTo(roomA);
        assertThat(first.getString("confirmation.room")).isEqualTo("Huone A " + catalogue.suffix);
        assertThat(first.getString("confirmation.place")).startsWith("Kotkan perheneuvola, Keskuskatu 20");
        catalogue
                .asSupervisor()
                .get("/api/v1/bookings/" + first.getString("id"))
                .then()
                .statusCode(200)
                .body("roomId", equalTo(roomA));
        // the next at an overlapping time has the other room; then none is left, and the answer says so on roomId
        catalogue
                .asSupervisor()
                .body(meetingOf(
                        professionals.get(1),
                        meeting,
                        BookingResourceTests.at(0, "14:00"),
                        "second-" + catalogue.suffix,
                        null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .body("roomId", equalTo(roomB));
        catalogue
                .asSupervisor()
                .body(meetingOf(
                        professionals.get(2),
                        meeting,
                        BookingResourceTests.at(0, "14:00"),
                        "third-" + catalogue.suffix,
                        null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(409)
                .body("code", equalTo("room-unavailable"))
                .body("errors[0].field", equalTo("roomId"));
    }

    @Test
    void aNamedRoomAndARoomsOwnBookingKeepEachOtherOutAndWhatIsNotARoomIsRefused() {
        String start = BookingResourceTests.at(1, "10:00");
        catalogue
                .asSupervisor()
                .body(meetingOf(
                        professionals.get(0),
                        meeting,
                        start,
                        "named-" + catalogue.suffix,
                        "\"roomId\":\"" + roomB + "\""))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .body("roomId", equalTo(roomB));
        catalogue
                .asSupervisor()
                .body(meetingOf(
                        professionals.get(1),
                        meeting,
                        start,
                        "named-too-" + catalogue.suffix,
                        "\"roomId\":\"" + roomB + "\""))
                .post("/api/v1/bookings")
                .then()
                .statusCode(409)
                .body("code", equalTo("room-unavailable"))
                .body("detail", startsWith("The room Huone B"));
        // the room's own calendar: its time is taken by the meeting
        catalogue
                .asSupervisor()
                .body(meetingOf(roomB, catalogue.productId, start, "in-the-room-" + catalogue.suffix, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(409)
                .body("code", equalTo("slot-taken"));
        catalogue
                .asSupervisor()
                .body(meetingOf(
                        professionals.get(1),
                        meeting,
                        start,
                        "not-a-room-" + catalogue.suffix,
                        "\"roomId\":\"" + professionals.get(2) + "\""))
                .post("/api/v1/bookings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("roomId"));
        String product = catalogue.product("BAD" + catalogue.suffix, 60, 1);
        catalogue
                .asAdministrator()
                .body(product.substring(0, product.length() - 1) + ",\"roomNeededFor\":[\"PHONE\"]}")
                .post("/api/v1/bookable-products")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("roomNeededFor"));
    }

    @Test
    void professionalsRacingForTwoRoomsAtOneTimeGetTwoBookingsInDifferentRooms() throws Exception {
        String start = BookingResourceTests.at(2, "09:00");
        String supervisor = tokens.issue(
                catalogue.supervisorSubject,
                catalogue.supervisorSubject,
                DemoPersona.DEMO_ORGANISATION,
                Set.of(Roles.SUPERVISOR),
                Duration.ofMinutes(10));
        CountDownLatch ready = new CountDownLatch(PROFESSIONALS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> futures = new ArrayList<>();
        for (int i = 0; i < PROFESSIONALS; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/bookings"))
                    .header("Authorization", "Bearer " + supervisor)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(meetingOf(
                            professionals.get(i), meeting, start, "race-" + i + "-" + catalogue.suffix, null)))
                    .build();
            futures.add(threads.submit(() -> {
                ready.countDown();
                go.await();
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            }));
        }
        assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
        go.countDown();
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (Future<HttpResponse<String>> future : futures) {
            answers.add(future.get(60, TimeUnit.SECONDS));
        }

        assertThat(answers)
                .filteredOn(answer -> answer.statusCode() == 201)
                .extracting(answer -> JsonPath.from(answer.body()).getString("roomId"))
                .containsExactlyInAnyOrder(roomA, roomB);
        assertThat(answers)
                .filteredOn(answer -> answer.statusCode() != 201)
                .hasSize(PROFESSIONALS - 2)
                .allSatisfy(answer -> assertThat(JsonPath.from(answer.body()).getString("code"))
                        .isEqualTo("room-unavailable"));
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "select count(distinct room_id), count(*) from booking where room_id in (?::uuid, ?::uuid)"
                                + " and status not in ('CANCELLED', 'MOVED')")) {
            statement.setString(1, roomA);
            statement.setString(2, roomB);
            try (var result = statement.executeQuery()) {
                result.next();
                assertThat(result.getInt(1)).isEqualTo(2);
                assertThat(result.getInt(2)).isEqualTo(2);
            }
        }
    }
}
