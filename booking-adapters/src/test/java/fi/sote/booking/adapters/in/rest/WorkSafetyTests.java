package fi.sote.booking.adapters.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import fi.sote.booking.adapters.CatalogueFixture;
import fi.sote.booking.adapters.security.IntegrationScopes;
import fi.sote.booking.adapters.security.LocalTokens;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.application.safety.port.in.WorkSafetyAlerts;

/**
 * Work safety: the team's whereabouts without clients, check-in and check-out, and the alert of a
 * visit not checked out of in time, raised exactly once however many evaluate it at once. (The test
 * profile's grace period is one second; a restart is covered by PackagedServiceIT.)
 */
@QuarkusTest
class WorkSafetyTests {

    @Inject
    LocalTokens tokens;

    @Inject
    DataSource dataSource;

    @Inject
    WorkSafetyAlerts alerts;

    private CatalogueFixture catalogue;
    private String team;

    @BeforeEach
    void setUp() {
        catalogue = BookingResourceTests.releasedCatalogue(tokens);
        team = "TEAM_" + catalogue.suffix;
    }

    @Test
    void theTeamSeesWhereEachWorkerIsAndWhatComesNextButNeverTheClient() {
        String visited = "visited-" + catalogue.suffix;
        String protectedClient = "protected-" + catalogue.suffix;
        record(visited, false);
        record(protectedClient, true);
        catalogue
                .asPersona("counsellor")
                .body(BookingResourceTests.booking(
                        catalogue.resourceId, catalogue.productId, BookingResourceTests.at(0, "09:00"), visited, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201);
        catalogue
                .asProfessional()
                .body("{\"entryType\":\"" + catalogue.blockingType() + "\",\"start\":\""
                        + BookingResourceTests.at(0, "13:00") + "\",\"end\":\"" + BookingResourceTests.at(0, "14:00")
                        + "\",\"clientReference\":\"" + visited + "\"}")
                .post("/api/v1/calendars/" + catalogue.resourceId + "/entries")
                .then()
                .statusCode(201);
        catalogue
                .asSupervisor()
                .body(BookingResourceTests.booking(
                        catalogue.otherResourceId,
                        catalogue.productId,
                        BookingResourceTests.at(0, "09:00"),
                        protectedClient,
                        null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201);

        String body = catalogue
                .asProfessional()
                .queryParam("at", BookingResourceTests.at(0, "09:30"))
                .get("/api/v1/teams/" + team + "/whereabouts")
                .then()
                .statusCode(200)
                .body("workers.name", equalTo(List.of("Anna " + catalogue.suffix, "Mikko " + catalogue.suffix)))
                .body("workers[0].current.kind", equalTo("BOOKING"))
                .body("workers[0].current.label.fi", equalTo("Käynti"))
                .body("workers[0].current.start", equalTo(BookingResourceTests.at(0, "09:00")))
                .body("workers[0].current.visitArea", equalTo("48100"))
                .body("workers[0].next.kind", equalTo("ENTRY"))
                .body("workers[0].next.label.fi", equalTo("Asiakastyö"))
                .body("workers[0].next.start", equalTo(BookingResourceTests.at(0, "13:00")))
                .body("workers[1].current.kind", equalTo("BOOKING"))
                // the protected client's area is never shown
                .body("workers[1].current.visitArea", nullValue())
                .extract()
                .asString();
        assertThat(body).doesNotContain(visited).doesNotContain(protectedClient).doesNotContain("Kotkankatu");

        catalogue
                .asSupervisor()
                .get("/api/v1/teams/" + team + "/whereabouts")
                .then()
                .statusCode(200)
                .body("workers", hasSize(2));
        catalogue
                .as("outsider-" + catalogue.suffix, Roles.PROFESSIONAL)
                .get("/api/v1/teams/" + team + "/whereabouts")
                .then()
                .statusCode(404);
    }

    @Test
    void anOverdueVisitRaisesExactlyOneAlertWhichTheSupervisorSeesAndCloses() throws Exception {
        String visit = checkInEndingSoon();
        catalogue
                .asProfessional()
                .body("{\"calendarEntryId\":\"" + entry(0) + "\"}")
                .post("/api/v1/visits")
                .then()
                .statusCode(409)
                .body("code", equalTo("already-checked-in"));
        catalogue
                .asSupervisor()
                .get("/api/v1/teams/" + team + "/alerts")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        Thread.sleep(5_500);

        // eight evaluations at once, as if from eight instances: one alert
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> raised = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Callable<Integer> raise = () -> QuarkusTransaction.requiringNew().call(alerts::raiseDue);
            raised.add(pool.submit(raise));
        }
        int total = 0;
        for (Future<Integer> each : raised) {
            total += each.get();
        }
        pool.shutdown();
        assertThat(total).isLessThanOrEqualTo(1);
        catalogue
                .asSupervisor()
                .get("/api/v1/teams/" + team + "/alerts")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(visit))
                .body("items[0].worker", equalTo("Anna " + catalogue.suffix))
                .body("items[0].visit.alertRaisedAt", Matchers.notNullValue());
        catalogue.asSupervisor().get("/api/v1/teams/" + team + "/alerts").then().body("items", hasSize(1));
        assertThat(events(visit, "work-safety.alert-raised")).isEqualTo(1);
        // the alert's event says whose visit, never whom they visited
        assertThat(eventPayloads(visit)).doesNotContain("client");

        catalogue
                .asSupervisor()
                .post("/api/v1/alerts/" + visit + "/closure")
                .then()
                .statusCode(200)
                .body("alertClosedBy", equalTo(catalogue.supervisorSubject));
        catalogue
                .asProfessional()
                .post("/api/v1/alerts/" + visit + "/closure")
                .then()
                .statusCode(409)
                .body("code", equalTo("already-closed"));
        catalogue.asSupervisor().get("/api/v1/teams/" + team + "/alerts").then().body("items", hasSize(0));
        assertThat(events(visit, "work-safety.alert-closed")).isEqualTo(1);
        // still checked in: the worker checks out, and is not alerted again
        catalogue
                .asProfessional()
                .post("/api/v1/visits/" + visit + "/check-out")
                .then()
                .statusCode(200)
                .body("checkedOutAt", Matchers.notNullValue());
        assertThat(QuarkusTransaction.requiringNew().call(alerts::raiseDue)).isZero();
    }

    @Test
    void checkingOutInTimeRaisesNoAlertAndCheckingOutLateClosesIt() throws Exception {
        String onTime = checkInEndingSoon();
        catalogue
                .asProfessional()
                .post("/api/v1/visits/" + onTime + "/check-out")
                .then()
                .statusCode(200);
        catalogue
                .asProfessional()
                .post("/api/v1/visits/" + onTime + "/check-out")
                .then()
                .statusCode(409);

        String late = checkInEndingSoon();
        Thread.sleep(5_500);
        catalogue
                .asSupervisor()
                .get("/api/v1/teams/" + team + "/alerts")
                .then()
                .body("items.id", equalTo(List.of(late)));
        catalogue
                .asProfessional()
                .post("/api/v1/visits/" + late + "/check-out")
                .then()
                .statusCode(200)
                .body("alertClosedBy", equalTo(catalogue.professionalSubject));
        catalogue.asSupervisor().get("/api/v1/teams/" + team + "/alerts").then().body("items", hasSize(0));
        assertThat(events(onTime, "work-safety.alert-raised")).isZero();
        // a worker checks in only at their own calendar's visits
        catalogue
                .as(catalogue.otherProfessionalSubject, Roles.PROFESSIONAL)
                .body("{\"calendarEntryId\":\"" + entry(0) + "\"}")
                .post("/api/v1/visits")
                .then()
                .statusCode(404);
    }

    /** Checks the professional in at an entry of their calendar that ends in two seconds. */
    private String checkInEndingSoon() {
        return catalogue
                .asProfessional()
                .body("{\"calendarEntryId\":\"" + entry(2) + "\"}")
                .post("/api/v1/visits")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A new non-blocking entry in the professional's calendar from a minute ago to {@code seconds} from now. */
    private String entry(int seconds) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return catalogue
                .asProfessional()
                .body("{\"entryType\":\"" + catalogue.nonBlockingType() + "\",\"start\":\"" + now.minusSeconds(60)
                        + "\",\"end\":\"" + now.plusSeconds(Math.max(seconds, 1) + 1) + "\"}")
                .post("/api/v1/calendars/" + catalogue.resourceId + "/entries")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private void record(String client, boolean nonDisclosure) {
        catalogue
                .asIntegration("records-" + catalogue.suffix, IntegrationScopes.CLIENT_RECORDS_WRITE)
                .body("{\"name\":\"Asiakas\",\"address\":{\"street\":\"Kotkankatu 1\",\"postalCode\":\"48100\","
                        + "\"postOffice\":\"Kotka\"},\"nonDisclosure\":" + nonDisclosure + "}")
                .put("/api/v1/client-records/" + client)
                .then()
                .statusCode(204);
    }

    private int events(String visit, String type) throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "select count(*) from outbox_event where aggregate_id = ?::uuid and event_type = ?")) {
            statement.setString(1, visit);
            statement.setString(2, type);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    private String eventPayloads(String visit) throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "select string_agg(payload::text, ' ') from outbox_event where aggregate_id = ?::uuid")) {
            statement.setString(1, visit);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }
}
