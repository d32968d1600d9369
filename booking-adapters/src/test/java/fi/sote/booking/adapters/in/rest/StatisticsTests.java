package fi.sote.booking.adapters.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import fi.sote.booking.adapters.security.IntegrationScopes;
import fi.sote.booking.adapters.security.LocalTokens;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.domain.calendar.BookingTime;

/**
 * Statistics over a fixed data set of an organisation of its own, written straight into the tables,
 * checked against counts worked out by hand. In March 2026 (follow-up period March-April):
 *
 * <pre>
 * channel              product (service, task)   mode    status     clients             bookings
 * PROFESSIONAL         P1 (COUNSEL, FAM)         OFFICE  FULFILLED  c1..c6              6
 * PROFESSIONAL         P1 (COUNSEL, FAM)         OFFICE  MOVED      c16                 1 (its replacement not counted)
 * COUNSELLING          P2 (HOMEHELP, FAM)        PHONE   BOOKED     c7, c8, c9          3
 * INTEGRATION          P3 (ADULT, ADULT)         VIDEO   BOOKED     c10                 1
 * CLIENT_SELF_SERVICE  P1 (COUNSEL, FAM)         PHONE   BOOKED     c1, c2, c11, c12    4
 * CLIENT_SELF_SERVICE  P3 (ADULT, ADULT)         OFFICE  BOOKED     c13 twice (a group) 2
 * not counted: a hold never confirmed (c14), a lapsed hold (c15), a booking made in May (c17)
 * </pre>
 *
 * 17 bookings made of 14 clients; staff (every channel but client self-service) 11, clients 6, so the
 * clients' share is 6/17 = 35.3 %; PHONE and VIDEO are remote: 8/17 = 47.1 %.
 */
@QuarkusTest
class StatisticsTests {

    private static final String PERIOD = "from=2026-03-01&to=2026-04-30";

    @Inject
    LocalTokens tokens;

    @Inject
    DataSource dataSource;

    private final String organisation = "stats-" + UUID.randomUUID();
    private final String supervisor = "supervisor-" + organisation;

    @BeforeEach
    void load() throws Exception {
        Map<String, String> ids = new HashMap<>();
        for (String key : List.of("T1", "T2", "S1", "S2", "S3", "P1", "P2", "P3", "R1", "R2", "R3", "SP")) {
            ids.put(key, UUID.randomUUID().toString());
        }
        StringBuilder sql = new StringBuilder("""
                insert into service_task (id, organisation_id, code, name_fi, created_at) values
                    ('{T1}', '{ORG}', 'FAM', 'Perhepalvelut', now()), ('{T2}', '{ORG}', 'ADULT', 'Aikuiset', now());
                insert into social_service (id, organisation_id, code, service_task_id, name_fi) values
                    ('{S1}', '{ORG}', 'COUNSEL', '{T1}', 'Perheneuvola'), ('{S2}', '{ORG}', 'HOMEHELP', '{T1}', 'Kotipalvelu'),
                    ('{S3}', '{ORG}', 'ADULT', '{T2}', 'Aikuissosiaalityö');
                insert into contact_mode (organisation_id, code, name_fi, remote) values
                    ('{ORG}', 'OFFICE', 'Käynti', false), ('{ORG}', 'PHONE', 'Puhelin', true), ('{ORG}', 'VIDEO', 'Video', true);
                insert into calendar_entry_type (organisation_id, code, category, blocks_booking, name_fi, label_fi) values
                    ('{ORG}', 'MEETING', 'OTHER_WORK', true, 'Tiimipalaveri', 'Muu työ'),
                    ('{ORG}', 'SICK', 'ABSENCE', true, 'Sairausloma', 'Poissa');
                insert into service_point (id, organisation_id, code, name_fi, street, postal_code, post_office) values
                    ('{SP}', '{ORG}', 'CENTRE', 'Keskus', 'Katu 1', '48100', 'Kotka');
                insert into resource (id, organisation_id, kind, name, subject, team, supervisor_subject, languages) values
                    ('{R1}', '{ORG}', 'PROFESSIONAL', 'Anna', 'anna', 'A', '{SUPERVISOR}', '{fi}'),
                    ('{R2}', '{ORG}', 'PROFESSIONAL', 'Bertta', 'bertta', 'A', '{SUPERVISOR}', '{fi}'),
                    ('{R3}', '{ORG}', 'PROFESSIONAL', 'Cecilia', 'cecilia', 'B', 'someone-else', '{fi}');
                insert into bookable_product (id, organisation_id, code, social_service_id, name_fi, duration_minutes,
                    contact_modes, capacity, channels, min_notice_minutes, horizon_minutes, change_deadline_minutes, guidance_fi)
                values ('{P1}', '{ORG}', 'P1', '{S1}', 'P1', 60, '{OFFICE,PHONE}', 1, '{PROFESSIONAL}', 0, 100000, 0, '-'),
                       ('{P2}', '{ORG}', 'P2', '{S2}', 'P2', 60, '{PHONE}', 1, '{COUNSELLING}', 0, 100000, 0, '-'),
                       ('{P3}', '{ORG}', 'P3', '{S3}', 'P3', 60, '{OFFICE,VIDEO}', 6, '{INTEGRATION}', 0, 100000, 0, '-');
                -- time use of team A in March: Anna 2 h + 2 h of meetings (one clipped at the period's start), 8 h sick;
                -- Bertta 2 h of meetings and twelve days sick from Monday 16 March (ten working days of 8 h: the
                -- weekend and the hours outside the working day count nothing)
                insert into calendar_entry (id, organisation_id, resource_id, entry_type, blocks_booking, during) values
                    (gen_random_uuid(), '{ORG}', '{R1}', 'MEETING', true, tstzrange('2026-03-03 10:00+02', '2026-03-03 12:00+02')),
                    (gen_random_uuid(), '{ORG}', '{R1}', 'MEETING', true, tstzrange('2026-02-28 22:00+02', '2026-03-01 02:00+02')),
                    (gen_random_uuid(), '{ORG}', '{R1}', 'SICK', true, tstzrange('2026-03-04 08:00+02', '2026-03-04 16:00+02')),
                    (gen_random_uuid(), '{ORG}', '{R2}', 'MEETING', true, tstzrange('2026-03-03 10:00+02', '2026-03-03 12:00+02')),
                    (gen_random_uuid(), '{ORG}', '{R2}', 'SICK', true, tstzrange('2026-03-16 00:00+02', '2026-03-28 00:00+02'));
                """);
        LocalDateTime at = LocalDateTime.parse("2026-03-09T08:00");
        for (int i = 1; i <= 6; i++) {
            sql.append(
                    booking("{R1}", "{P1}", at = at.plusHours(1), "PROFESSIONAL", "c" + i, "FULFILLED", "OFFICE", ""));
        }
        String moved = UUID.randomUUID().toString();
        String replacement = UUID.randomUUID().toString();
        sql.append(booking("{R1}", "{P1}", at = at.plusHours(1), "PROFESSIONAL", "c16", "MOVED", "OFFICE", moved));
        sql.append(booking(
                "{R1}",
                "{P1}",
                at = at.plusHours(1),
                "PROFESSIONAL",
                "c16",
                "BOOKED",
                "OFFICE",
                replacement + "||" + moved));
        for (String client : List.of("c7", "c8", "c9")) {
            sql.append(booking("{R2}", "{P2}", at = at.plusHours(1), "COUNSELLING", client, "BOOKED", "PHONE", ""));
        }
        sql.append(booking("{R3}", "{P3}", at = at.plusHours(1), "INTEGRATION", "c10", "BOOKED", "VIDEO", ""));
        for (String client : List.of("c1", "c2", "c11", "c12")) {
            sql.append(booking(
                    "{R1}", "{P1}", at = at.plusHours(1), "CLIENT_SELF_SERVICE", client, "BOOKED", "PHONE", ""));
        }
        LocalDateTime group = at.plusHours(1);
        sql.append(booking("{R2}", "{P3}", group, "CLIENT_SELF_SERVICE", "c13", "BOOKED", "OFFICE", "|group"));
        sql.append(
                booking("{R2}", "{P3}", group, "CLIENT_SELF_SERVICE", "c13", "BOOKED", "OFFICE", "|group|||overlap"));
        sql.append(
                booking("{R1}", "{P1}", at = group.plusHours(2), "CLIENT_SELF_SERVICE", "c14", "PENDING", "PHONE", ""));
        sql.append(
                booking("{R1}", "{P1}", at = at.plusHours(1), "CLIENT_SELF_SERVICE", "c15", "CANCELLED", "PHONE", ""));
        sql.append(booking(
                "{R1}",
                "{P1}",
                LocalDateTime.parse("2026-05-04T09:00"),
                "PROFESSIONAL",
                "c17",
                "BOOKED",
                "OFFICE",
                ""));
        String script = sql.toString().replace("{ORG}", organisation).replace("{SUPERVISOR}", supervisor);
        for (Map.Entry<String, String> id : ids.entrySet()) {
            script = script.replace("{" + id.getKey() + "}", id.getValue());
        }
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(script);
        }
    }

    /**
     * One booking made at {@code start} (and booked then): {@code extra} is "id|time key|replaces|replaced by|overlap",
     * each part optional.
     * A lapsed hold is cancelled with reason HOLD_EXPIRED, a hold never confirmed is PENDING.
     */
    private static String booking(
            String resource,
            String product,
            LocalDateTime start,
            String channel,
            String client,
            String status,
            String mode,
            String extra) {
        String[] parts = (extra + "||||").split("\\|", -1);
        String id = parts[0].isEmpty() ? UUID.randomUUID().toString() : parts[0];
        String key = parts[1].isEmpty() ? id : parts[1];
        String from = start.atZone(BookingTime.ZONE).toOffsetDateTime().toString();
        String to =
                start.plusHours(1).atZone(BookingTime.ZONE).toOffsetDateTime().toString();
        return String.format(
                """
                insert into booking (id, organisation_id, resource_id, product_id, during, occupied, capacity, time_key,
                    contact_mode, client_reference, channel, booked_by, booked_at, status, hold_expires_at, replaces,
                    replaced_by, change_status, change_reason, client_overlap_allowed, version)
                values ('%s', '{ORG}', '%s', '%s', tstzrange('%s', '%s'), tstzrange('%s', '%s'), %d, '%s', '%s', '%s', '%s',
                    'someone', '%s', '%s', %s, %s, %s, %s, %s, %s, 0);
                """,
                id,
                resource,
                product,
                from,
                to,
                from,
                to,
                key.equals("group") ? 6 : 1,
                key,
                mode,
                client,
                channel,
                from,
                status,
                status.equals("PENDING") ? "'" + to + "'" : "null",
                parts[2].isEmpty() ? "null" : "'" + parts[2] + "'",
                parts[3].isEmpty() ? "null" : "'" + parts[3] + "'",
                status.equals("CANCELLED") ? "'CANCELLED'" : "null",
                status.equals("CANCELLED") ? "'HOLD_EXPIRED'" : "null",
                parts[4].isEmpty() ? "false" : "true");
    }

    @Test
    void theIndicatorsMatchTheHandCountedFigures() {
        JsonPath indicators = as(Roles.SUPERVISOR)
                .get("/api/v1/statistics/indicators?" + PERIOD)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(indicators.getString("audience")).isEqualTo("INTERNAL");
        assertThat(indicators.getString("suppressionRule")).isNull();
        assertThat(indicators.getInt("staffBookings.bookings")).isEqualTo(11);
        assertThat(indicators.getInt("allBookings.bookings")).isEqualTo(17);
        assertThat(indicators.getInt("allBookings.clients")).isEqualTo(14);
        assertThat(counts(indicators, "staffBookingsByServiceTask", "SERVICE_TASK"))
                .isEqualTo(Map.of("FAM", 10, "ADULT", 1));
        assertThat(counts(indicators, "staffBookingsBySocialService", "SOCIAL_SERVICE"))
                .isEqualTo(Map.of("COUNSEL", 7, "HOMEHELP", 3, "ADULT", 1));
        assertThat(counts(indicators, "clientBookingsByServiceTask", "SERVICE_TASK"))
                .isEqualTo(Map.of("FAM", 4, "ADULT", 2));
        assertThat(counts(indicators, "clientBookingsBySocialService", "SOCIAL_SERVICE"))
                .isEqualTo(Map.of("COUNSEL", 4, "ADULT", 2));
        assertThat(indicators.getDouble("clientShare.percent")).isEqualTo(35.3);
        assertThat(indicators.getInt("clientShare.numerator")).isEqualTo(6);
        assertThat(indicators.getDouble("remoteShare.percent")).isEqualTo(47.1);
        assertThat(indicators.getInt("remoteShare.numerator")).isEqualTo(8);
    }

    @Test
    void externalExportsSuppressCellsOfFewerThanFiveClientsAndSayWhy() {
        JsonPath indicators = as(Roles.SUPERVISOR)
                .get("/api/v1/statistics/indicators?audience=EXTERNAL&" + PERIOD)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(indicators.getString("audience")).isEqualTo("EXTERNAL");
        assertThat(indicators.getString("suppressionRule")).contains("fewer than 5 distinct clients");
        // ADULT concerns one client; FAM (10 clients) is hidden too, or staff total minus it would give ADULT away
        assertThat(indicators.getList("staffBookingsByServiceTask.suppressed")).containsOnly(true);
        assertThat(indicators.getList("staffBookingsByServiceTask.bookings")).containsOnlyNulls();
        // the counts shown carry a noise of at most two
        assertThat(indicators.getInt("staffBookings.bookings")).isBetween(11 - 2, 11 + 2);
        // 4 and 1 clients: both hidden
        assertThat(indicators.getList("clientBookingsBySocialService.suppressed"))
                .containsOnly(true);
        // the shares rest on counts of 5+ clients, so they are shown, computed from the counts shown
        assertShare(indicators, "clientShare", 6, 17);
        assertShare(indicators, "remoteShare", 8, 17);

        JsonPath byChannel = as(Roles.SUPERVISOR)
                .get("/api/v1/statistics/bookings?groupBy=CHANNEL&audience=EXTERNAL&" + PERIOD)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Integer> channels = counts(byChannel, "cells", "CHANNEL");
        assertThat(channels).containsEntry("COUNSELLING", null).containsEntry("INTEGRATION", null);
        assertThat(channels.get("CLIENT_SELF_SERVICE")).isBetween(6 - 2, 6 + 2);
        assertThat(channels.get("PROFESSIONAL")).isBetween(7 - 2, 7 + 2);

        // an integration's export is always for outside
        RestAssured.given()
                .auth()
                .oauth2(tokens.issue(
                        "reporting",
                        "reporting",
                        organisation,
                        Set.of(Roles.INTEGRATION),
                        Set.of(IntegrationScopes.STATISTICS_READ),
                        Duration.ofMinutes(5)))
                .get("/api/v1/statistics/bookings?groupBy=CHANNEL&" + PERIOD)
                .then()
                .statusCode(200)
                .body("audience", equalTo("EXTERNAL"));
    }

    /**
     * The audit's attack on this data: Family counselling (COUNSEL) has 11 bookings, 7 made by staff and 4 by clients
     * (4 clients, so suppressed). Exact figures would give the suppressed 4 away as 11 - 7. Outside the organisation
     * each figure carries the noise of its own bookings: the same every time it is asked for, independent between the
     * two, so the subtraction is off by up to four (SmallCellsTests tries the attack on thousands of tables).
     */
    @Test
    void figuresForOutsideCarryTheirBookingsOwnNoiseSoASuppressedCellCannotBeSubtracted() {
        String coarse = "/api/v1/statistics/bookings?groupBy=SOCIAL_SERVICE&audience=EXTERNAL&" + PERIOD;
        String fine = "/api/v1/statistics/bookings?groupBy=SOCIAL_SERVICE,MADE_BY&audience=EXTERNAL&" + PERIOD;
        String first = as(Roles.SUPERVISOR)
                .get(coarse)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(as(Roles.SUPERVISOR).get(coarse).then().extract().asString())
                .as("asked again: the same figures, so averaging learns nothing")
                .isEqualTo(first);
        assertThat(JsonPath.from(first).getString("suppressionRule")).contains("noise of -2 to +2");
        Integer counsel =
                counts(JsonPath.from(first), "cells", "SOCIAL_SERVICE").get("COUNSEL");
        assertThat(counsel).isBetween(11 - 2, 11 + 2);

        List<Map<String, Object>> cells = as(Roles.SUPERVISOR)
                .get(fine)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("cells");
        Map<String, Map<String, Object>> counselBy = new HashMap<>();
        for (Map<String, Object> cell : cells) {
            @SuppressWarnings("unchecked")
            Map<String, String> keys = (Map<String, String>) cell.get("keys");
            if ("COUNSEL".equals(keys.get("SOCIAL_SERVICE"))) {
                counselBy.put(keys.get("MADE_BY"), cell);
            }
        }
        assertThat(counselBy.get("CLIENT")).containsEntry("suppressed", true);
        assertThat((Integer) counselBy.get("STAFF").get("bookings")).isBetween(7 - 2, 7 + 2);

        // inside the organisation the figures are exact
        Map<String, Integer> internal = counts(
                as(Roles.SUPERVISOR)
                        .get("/api/v1/statistics/bookings?groupBy=SOCIAL_SERVICE&" + PERIOD)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath(),
                "cells",
                "SOCIAL_SERVICE");
        assertThat(internal).containsEntry("COUNSEL", 11);

        // a period a day short of a whole follow-up period would single out that day's bookings
        as(Roles.SUPERVISOR)
                .get(
                        "/api/v1/statistics/bookings?groupBy=SOCIAL_SERVICE&audience=EXTERNAL&from=2026-03-01&to=2026-04-29")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
        as(Roles.SUPERVISOR)
                .get("/api/v1/statistics/bookings?groupBy=SOCIAL_SERVICE&from=2026-03-01&to=2026-04-29")
                .then()
                .statusCode(200);
    }

    private static void assertShare(JsonPath json, String share, int numerator, int denominator) {
        int shownNumerator = json.getInt(share + ".numerator");
        int shownDenominator = json.getInt(share + ".denominator");
        assertThat(shownNumerator).isBetween(numerator - 2, numerator + 2);
        assertThat(shownDenominator).isBetween(denominator - 2, denominator + 2);
        assertThat(json.getDouble(share + ".percent"))
                .isEqualTo(Math.round(1000.0 * shownNumerator / shownDenominator) / 10.0);
    }

    @Test
    void countsGroupByAnyDimensionsAndExportAsCsv() {
        JsonPath byStatus = as(Roles.SUPERVISOR)
                .get("/api/v1/statistics/bookings?groupBy=STATUS&" + PERIOD)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(counts(byStatus, "cells", "STATUS")).isEqualTo(Map.of("FULFILLED", 6, "BOOKED", 10, "MOVED", 1));
        assertThat(byStatus.getInt("total.bookings")).isEqualTo(17);

        JsonPath byModeAndChannel = as(Roles.SUPERVISOR)
                .get("/api/v1/statistics/bookings?groupBy=CONTACT_MODE,CHANNEL&" + PERIOD)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(byModeAndChannel.getList("cells")).hasSize(5);
        assertThat(byModeAndChannel.getInt("cells.find { it.keys.CONTACT_MODE == 'PHONE' && it.keys.CHANNEL == "
                        + "'CLIENT_SELF_SERVICE' }.bookings"))
                .isEqualTo(4);

        // bookings at no service point are counted too, in a cell whose keys leave the service point out
        JsonPath byServicePoint = as(Roles.SUPERVISOR)
                .get("/api/v1/statistics/bookings?groupBy=SERVICE_POINT&" + PERIOD)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(byServicePoint.getList("cells.bookings", Integer.class).stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(17);
        assertThat(byServicePoint.getList("cells.keys")).contains(Map.of());

        String csv = as(Roles.SUPERVISOR)
                .accept("text/csv")
                .get("/api/v1/statistics/bookings?groupBy=CHANNEL&" + PERIOD)
                .then()
                .statusCode(200)
                .contentType(Matchers.startsWith("text/csv"))
                .extract()
                .asString();
        assertThat(csv.split("\r\n"))
                .containsExactly(
                        "CHANNEL,bookings,clients,suppressed",
                        "CLIENT_SELF_SERVICE,6,5,false",
                        "COUNSELLING,3,3,false",
                        "INTEGRATION,1,1,false",
                        "PROFESSIONAL,7,7,false",
                        "TOTAL,17,14,false");

        // the default period is the last complete two-month follow-up period; a half-given period is refused
        as(Roles.SUPERVISOR)
                .get("/api/v1/statistics/bookings")
                .then()
                .statusCode(200)
                .body("period.from", Matchers.endsWith("-01"));
        as(Roles.SUPERVISOR)
                .get("/api/v1/statistics/bookings?from=2026-03-01")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
        as(Roles.SUPERVISOR)
                .get("/api/v1/statistics/bookings?groupBy=CLIENT&" + PERIOD)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("groupBy"));
    }

    @Test
    void timeUseSumsHoursPerEntryTypeAndProductPerTeamAndProfessional() {
        JsonPath timeUse = as(Roles.SUPERVISOR)
                .get("/api/v1/statistics/time-use?" + PERIOD)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(lines(timeUse, "byProfessional"))
                .containsExactlyInAnyOrder(
                        "A Anna BOOKING P1 CLIENT_WORK 11.0",
                        "A Anna ENTRY MEETING OTHER_WORK 4.0",
                        "A Anna ENTRY SICK ABSENCE 8.0",
                        "A Bertta BOOKING P2 CLIENT_WORK 3.0",
                        "A Bertta BOOKING P3 CLIENT_WORK 1.0",
                        "A Bertta ENTRY MEETING OTHER_WORK 2.0",
                        "A Bertta ENTRY SICK ABSENCE 80.0");
        assertThat(lines(timeUse, "byTeam"))
                .containsExactlyInAnyOrder(
                        "A null BOOKING P1 CLIENT_WORK 11.0",
                        "A null BOOKING P2 CLIENT_WORK 3.0",
                        "A null BOOKING P3 CLIENT_WORK 1.0",
                        "A null ENTRY MEETING OTHER_WORK 6.0",
                        "A null ENTRY SICK ABSENCE 88.0");
    }

    private RequestSpecification as(String role) {
        return RestAssured.given()
                .auth()
                .oauth2(tokens.issue(supervisor, supervisor, organisation, Set.of(role), Duration.ofMinutes(5)));
    }

    private static Map<String, Integer> counts(JsonPath json, String table, String key) {
        Map<String, Integer> counts = new HashMap<>();
        List<Map<String, Object>> cells = json.getList(table);
        for (Map<String, Object> cell : cells) {
            @SuppressWarnings("unchecked")
            Map<String, String> keys = (Map<String, String>) cell.get("keys");
            counts.put(keys.get(key), (Integer) cell.get("bookings"));
        }
        return counts;
    }

    private static List<String> lines(JsonPath json, String list) {
        List<Map<String, Object>> lines = json.getList(list);
        return lines.stream()
                .map(line -> line.get("team") + " " + line.get("professional") + " " + line.get("kind") + " "
                        + line.get("type") + " " + line.get("category") + " " + line.get("hours"))
                .toList();
    }
}
