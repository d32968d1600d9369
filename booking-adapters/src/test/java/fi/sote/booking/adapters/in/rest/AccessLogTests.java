package fi.sote.booking.adapters.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import fi.sote.booking.adapters.CatalogueFixture;
import fi.sote.booking.adapters.in.schedule.AuditSealer;
import fi.sote.booking.adapters.security.IntegrationScopes;
import fi.sote.booking.adapters.security.LocalTokens;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.application.audit.AuditTrail;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.domain.shared.OrganisationId;
import fi.sote.booking.domain.shared.Role;

/**
 * The access and disclosure logs (Client Data Act 703/2023): every read that shows a client leaves
 * exactly one entry per client, writes do not, masked reads do not; an integration's read is also a
 * disclosure; the service's database role cannot change the log; verification finds a changed or
 * removed entry; an auditor extracts a client's log as JSON and CSV.
 */
@QuarkusTest
class AccessLogTests {

    @Inject
    LocalTokens tokens;

    @Inject
    DataSource dataSource;

    @Inject
    AuditTrail trail;

    @Inject
    AuditSealer sealer;

    private CatalogueFixture catalogue;

    @BeforeEach
    void setUp() {
        catalogue = BookingResourceTests.releasedCatalogue(tokens);
    }

    @Test
    void makingABookingAndEveryReadThatShowsAClientLeaveExactlyOneEntryEach() throws Exception {
        String client = "client-log-" + catalogue.suffix;
        String id = bookedFor(client);
        assertThat(entries(client))
                .as("the answer to making a booking shows its client: logged with the booking")
                .containsExactly(List.of(
                        "ACCESS",
                        "counsellor-" + catalogue.suffix,
                        "counsellor",
                        "bookSlot",
                        "booking:" + id,
                        "client counselling and first contact booking",
                        ""));

        counsellor()
                .header("Purpose-Of-Use", "Asiakkaan soitto: ajan tarkistus")
                .get("/api/v1/bookings/" + id)
                .then()
                .statusCode(200)
                .body("client", equalTo(client));
        assertThat(afterMaking(client))
                .containsExactly(List.of(
                        "ACCESS",
                        "counsellor-" + catalogue.suffix,
                        "counsellor",
                        "getBooking",
                        "booking:" + id,
                        "Asiakkaan soitto: ajan tarkistus",
                        ""));

        catalogue
                .asProfessional()
                .queryParam("client", client)
                .queryParam("when", "ALL")
                .get("/api/v1/bookings")
                .then()
                .statusCode(200)
                .body("items", hasSize(1));
        assertThat(afterMaking(client))
                .hasSize(2)
                .last()
                .isEqualTo(List.of(
                        "ACCESS",
                        catalogue.professionalSubject,
                        "professional",
                        "listBookings",
                        "booking:" + id,
                        "client work of the social service",
                        ""));

        String refused = "client-refused-" + catalogue.suffix;
        counsellor()
                .body(BookingResourceTests.booking(
                        catalogue.resourceId, catalogue.productId, BookingResourceTests.at(0, "09:00"), refused, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(409);
        assertThat(entries(refused))
                .as("a booking refused shows nobody and stores nothing")
                .isEmpty();

        catalogue
                .asProfessional()
                .queryParam("client", "nobody-" + catalogue.suffix)
                .get("/api/v1/bookings")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        assertThat(entries("nobody-" + catalogue.suffix))
                .as("nothing shown, nothing logged")
                .isEmpty();
    }

    @Test
    void aListLogsOnlyTheBookingsItShows() throws Exception {
        String client = "client-period-" + catalogue.suffix;
        String id = bookedFor(client);

        catalogue
                .asProfessional()
                .queryParam("client", client)
                .queryParam("when", "PAST")
                .get("/api/v1/bookings")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        assertThat(afterMaking(client))
                .as("a past list without the upcoming booking shows nobody")
                .isEmpty();

        catalogue
                .asProfessional()
                .queryParam("client", client)
                .queryParam("when", "UPCOMING")
                .get("/api/v1/bookings")
                .then()
                .statusCode(200)
                .body("items", hasSize(1));
        assertThat(afterMaking(client))
                .extracting(row -> row.get(3) + " " + row.get(4))
                .containsExactly("listBookings booking:" + id);
    }

    @Test
    void professionalsOfTheServiceSeeItsBookingsOthersDoNotAndSlotSearchNeverShowsAClient() throws Exception {
        String client = "client-service-" + catalogue.suffix;
        String id = bookedFor(client);

        catalogue
                .as(catalogue.otherProfessionalSubject, Roles.PROFESSIONAL)
                .get("/api/v1/bookings/" + id)
                .then()
                .statusCode(200)
                .body("client", equalTo(client))
                .body("masked", equalTo(false));
        new CatalogueFixture(tokens)
                .create()
                .asProfessional()
                .get("/api/v1/bookings/" + id)
                .then()
                .statusCode(404);
        assertThat(afterMaking(client))
                .extracting(row -> row.get(1))
                .containsExactly(catalogue.otherProfessionalSubject);

        String slots = counsellor()
                .queryParam("socialService", catalogue.socialServiceId)
                .queryParam("from", BookingResourceTests.at(0, "00:00"))
                .queryParam("to", BookingResourceTests.at(7, "00:00"))
                .get("/api/v1/slots")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(slots).contains(BookingResourceTests.at(0, "10:15")).doesNotContain(client);
    }

    @Test
    void anIntegrationsReadIsAlsoADisclosureNamingIt() throws Exception {
        String client = "client-disclosed-" + catalogue.suffix;
        String id = bookedFor(client);

        catalogue
                .asIntegration("regional-system-" + catalogue.suffix, IntegrationScopes.BOOKINGS_READ)
                .get("/api/v1/bookings/" + id)
                .then()
                .statusCode(200);

        assertThat(afterMaking(client))
                .containsExactly(
                        List.of(
                                "ACCESS",
                                "regional-system-" + catalogue.suffix,
                                "integration",
                                "getBooking",
                                "booking:" + id,
                                "processing by a regional system of the organisation",
                                ""),
                        List.of(
                                "DISCLOSURE",
                                "regional-system-" + catalogue.suffix,
                                "integration",
                                "getBooking",
                                "booking:" + id,
                                "processing by a regional system of the organisation",
                                "regional-system-" + catalogue.suffix));
    }

    @Test
    void aChangeAnswersWithTheClientOnlyToWhoeverMayReadBookingsAndThatIsLoggedLikeARead() throws Exception {
        String code = "150763-927F";
        // within check-in: released for counselling from the next full hour
        Instant soon = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.HOURS);
        catalogue
                .asProfessional()
                .body("{\"start\":\"" + soon + "\",\"end\":\"" + soon.plus(Duration.ofHours(2))
                        + "\",\"terms\":{\"productIds\":[\"" + catalogue.productId
                        + "\"],\"channels\":[\"COUNSELLING\"]}}")
                .post("/api/v1/calendars/" + catalogue.resourceId + "/releases/one-off")
                .then()
                .statusCode(201);
        String id = bookedByCode(code, soon.toString());
        String reference =
                counsellor().get("/api/v1/bookings/" + id).then().extract().path("client");

        catalogue
                .asIntegration("writer-" + catalogue.suffix, IntegrationScopes.BOOKINGS_WRITE)
                .body("{\"status\":\"CHECKED_IN\"}")
                .post("/api/v1/bookings/" + id + "/attendance")
                .then()
                .statusCode(200)
                .body("status", equalTo("CHECKED_IN"))
                .body("masked", equalTo(true))
                .body("client", nullValue())
                .body("clientPersonalIdentityCode", nullValue());
        counsellor()
                .body("{\"reason\":\"NO_LONGER_NEEDED\"}")
                .post("/api/v1/bookings/" + id + "/cancel")
                .then()
                .statusCode(200)
                .body("items[0].clientPersonalIdentityCode", equalTo(code));

        assertThat(entries(reference))
                .as("the integration without the right to read was shown nothing, so nothing of it is logged")
                .extracting(row -> row.get(1) + " " + row.get(3))
                .containsExactly(
                        "counsellor-" + catalogue.suffix + " bookSlot",
                        "counsellor-" + catalogue.suffix + " getBooking",
                        "counsellor-" + catalogue.suffix + " cancelBooking");
    }

    @Test
    void clientWorkIsMaskedForThoseNotEntitledAndAMaskedReadLeavesNoEntry() throws Exception {
        String client = "client-entry-" + catalogue.suffix;
        String entry = catalogue
                .asProfessional()
                .body("{\"entryType\":\"" + catalogue.blockingType() + "\",\"start\":\""
                        + BookingResourceTests.at(1, "13:00") + "\",\"end\":\"" + BookingResourceTests.at(1, "14:00")
                        + "\",\"clientReference\":\"" + client + "\"}")
                .post("/api/v1/calendars/" + catalogue.resourceId + "/entries")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String period = "?from=" + BookingResourceTests.at(1, "00:00") + "&to=" + BookingResourceTests.at(2, "00:00");

        catalogue
                .asAdministrator()
                .get("/api/v1/calendars/" + catalogue.resourceId + "/entries" + period)
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].masked", equalTo(true))
                .body("items[0].entryType", nullValue())
                .body("items[0].clientReference", nullValue())
                .body("items[0].label.fi", equalTo("Asiakastyö"))
                .body("items[0].start", equalTo(BookingResourceTests.at(1, "13:00")));
        CatalogueFixture elsewhere = new CatalogueFixture(tokens).create();
        elsewhere
                .asProfessional()
                .get("/api/v1/calendar-entries/" + entry)
                .then()
                .statusCode(200)
                .body("masked", equalTo(true))
                .body("clientReference", nullValue());
        assertThat(entries(client))
                .as("masked reads show no client; the answer to adding the entry did")
                .extracting(row -> row.get(3))
                .containsExactly("addCalendarEntry");

        catalogue
                .asSupervisor()
                .get("/api/v1/calendars/" + catalogue.resourceId + "/entries" + period)
                .then()
                .statusCode(200)
                .body("items[0].masked", equalTo(false))
                .body("items[0].clientReference", equalTo(client))
                .body("items[0].entryType", equalTo(catalogue.blockingType()));
        catalogue
                .as(catalogue.otherProfessionalSubject, Roles.PROFESSIONAL)
                .get("/api/v1/calendar-entries/" + entry)
                .then()
                .statusCode(200)
                .body("masked", equalTo(false))
                .body("clientReference", equalTo(client));
        assertThat(entries(client))
                .extracting(row -> row.get(3))
                .containsExactly("addCalendarEntry", "listCalendarEntries", "getCalendarEntry");
    }

    @Test
    void theServicesDatabaseRoleCannotChangeOrRemoveLogEntries() throws Exception {
        String org = "append-only-" + catalogue.suffix;
        write(org, 1);
        for (String statement : List.of(
                "update audit_log set purpose = 'changed' where organisation_id = '" + org + "'",
                "delete from audit_log where organisation_id = '" + org + "'",
                "truncate audit_log",
                "update audit_chain_head set sequence = 1 where organisation_id = '" + org + "'",
                "delete from audit_chain_head where organisation_id = '" + org + "'",
                "insert into audit_chain_head values ('" + org + "-2', 1, '\\x00')")) {
            try (var connection = dataSource.getConnection();
                    var sql = connection.createStatement()) {
                assertThatThrownBy(() -> sql.execute(statement))
                        .as(statement)
                        .isInstanceOf(SQLException.class)
                        .satisfies(e ->
                                assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
            }
        }
        try (var connection = DriverManager.getConnection(ownerUrl());
                var sql = connection.createStatement()) {
            assertThatThrownBy(() -> sql.execute(
                            "update audit_log set purpose = 'changed' where organisation_id = '" + org + "'"))
                    .as("even the schema's owner is stopped by the trigger")
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
        }
        auditorOf(org)
                .get("/api/v1/audit/verification")
                .then()
                .statusCode(200)
                .body("intact", equalTo(true))
                .body("entries", equalTo(1));
    }

    @Test
    void verificationFindsAChangedEntryARemovedEntryAndACutOffEnd() throws Exception {
        String changed = "tampered-" + catalogue.suffix;
        write(changed, 3);
        auditorOf(changed)
                .get("/api/v1/audit/verification")
                .then()
                .statusCode(200)
                .body("intact", equalTo(true))
                .body("entries", equalTo(3))
                .body("firstBrokenSequence", nullValue());
        bypassingTheTriggers("update audit_log set purpose = 'something else' where organisation_id = '" + changed
                + "' and sequence = 2");
        broken(changed)
                .body("firstBrokenSequence", equalTo(2))
                .body("problem", equalTo("entry 2 does not match its hash"));

        String removed = "removed-" + catalogue.suffix;
        write(removed, 3);
        bypassingTheTriggers("delete from audit_log where organisation_id = '" + removed + "' and sequence = 2");
        broken(removed).body("firstBrokenSequence", equalTo(2)).body("problem", equalTo("entry 2 is missing"));

        String cut = "cut-" + catalogue.suffix;
        write(cut, 3);
        bypassingTheTriggers("delete from audit_log where organisation_id = '" + cut + "' and sequence = 3");
        broken(cut).body("firstBrokenSequence", equalTo(3));
    }

    @Test
    void theOwnerWhoCutsTheEndAndRewritesTheHeadToMatchIsFoundByTheCheckpointOutsideTheDatabase() throws Exception {
        String cut = "owner-cut-" + catalogue.suffix;
        write(cut, 6);
        auditorOf(cut).get("/api/v1/audit/verification").then().body("intact", equalTo(true));

        // what the issue's attacker did with the schema owner's rights: triggers off, the last three entries gone,
        // the head rewritten to the new end, so that log and head agree again
        bypassingTheTriggers("delete from audit_log where organisation_id = '" + cut + "' and sequence > 3");
        bypassingTheTriggers("update audit_chain_head h set sequence = l.sequence, hash = l.hash from audit_log l"
                + " where h.organisation_id = '" + cut + "' and l.organisation_id = h.organisation_id"
                + " and l.sequence = 3");

        broken(cut)
                .body("entries", equalTo(3))
                .body("firstBrokenSequence", equalTo(4))
                .body(
                        "problem",
                        equalTo("the log ends at entry 3 but the checkpoint kept outside the database records entry 6: "
                                + "entries were removed from its end"));
    }

    @Test
    void anEntryRewrittenWithAnUnkeyedHashDoesNotPassForOneOfTheChain() throws Exception {
        String forged = "forged-" + catalogue.suffix;
        write(forged, 2);

        // the owner rewrites the last entry and gives it the hash the chain had before it was keyed
        bypassingTheTriggers("update audit_log l set subject = 'someone else', hash = sha256(p.hash || 'forged')"
                + " from audit_log p where l.organisation_id = '" + forged + "' and l.sequence = 2"
                + " and p.organisation_id = l.organisation_id and p.sequence = 1");
        bypassingTheTriggers("update audit_chain_head h set hash = l.hash from audit_log l where h.organisation_id = '"
                + forged + "' and l.organisation_id = h.organisation_id and l.sequence = 2");

        broken(forged)
                .body("firstBrokenSequence", equalTo(2))
                .body("problem", equalTo("entry 2 does not match its hash"));
    }

    @Test
    void anAuditorExtractsAClientsLogAsJsonAndCsvAndTheExtractIsLoggedToo() throws Exception {
        String code = "250596-9109";
        String id = bookedByCode(code, BookingResourceTests.at(2, "09:00"));
        catalogue.asProfessional().get("/api/v1/bookings/" + id).then().statusCode(200);
        counsellor()
                .body("{\"clientPersonalIdentityCode\":\"" + code + "\",\"when\":\"ALL\"}")
                .post("/api/v1/bookings/search")
                .then()
                .statusCode(200)
                .body("items", hasSize(1));
        String today = LocalDate.now(ZoneId.of("Europe/Helsinki")).toString();
        String request = "{\"clientPersonalIdentityCode\":\"" + code + "\",\"from\":\"" + today + "\",\"to\":\"" + today
                + "\",\"recipient\":\"the client, by post\"}";

        RequestSpecification auditor = catalogue.as("auditor-" + catalogue.suffix, Roles.AUDITOR);
        auditor.body(request)
                .post("/api/v1/audit/client-extracts")
                .then()
                .statusCode(200)
                .body("entries", hasSize(3))
                .body("entries[0].subject", equalTo("counsellor-" + catalogue.suffix))
                .body("entries[0].operation", equalTo("bookSlot"))
                .body("entries[1].subject", equalTo(catalogue.professionalSubject))
                .body("entries[1].operation", equalTo("getBooking"))
                .body("entries[1].records[0]", equalTo("booking:" + id))
                .body("entries[1].purpose", equalTo("client work of the social service"))
                .body("entries[2].subject", equalTo("counsellor-" + catalogue.suffix))
                .body("entries[2].operation", equalTo("searchClientBookings"));

        String csv = catalogue
                .as("auditor-" + catalogue.suffix, Roles.AUDITOR)
                .accept("text/csv")
                .body(request)
                .post("/api/v1/audit/client-extracts")
                .then()
                .statusCode(200)
                .contentType("text/csv; charset=UTF-8")
                .extract()
                .asString();
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("sequence,kind,at,subject,role,unit,operation,records,purpose,recipient");
        assertThat(lines).hasSize(1 + 3 + 2).as("the first extract and its disclosure are in the second");
        assertThat(lines[2]).contains(",ACCESS,", catalogue.professionalSubject, ",getBooking,booking:" + id);
        assertThat(lines[5])
                .contains(",DISCLOSURE,", "auditor-" + catalogue.suffix, "clientLogExtract", "the client, by post");
        assertThat(csv).doesNotContain(code);

        catalogue
                .asProfessional()
                .body(request)
                .post("/api/v1/audit/client-extracts")
                .then()
                .statusCode(403);
        catalogue.asProfessional().get("/api/v1/audit/verification").then().statusCode(403);
    }

    /** The id of a booking the counsellor made for the client, on the first Monday at nine. */
    private String bookedFor(String client) {
        return booked(BookingResourceTests.at(0, "09:00"), client, null);
    }

    /** The id of a booking the counsellor made for the client with this personal identity code. */
    private String bookedByCode(String code, String start) {
        return booked(start, null, "\"clientPersonalIdentityCode\":\"" + code + "\"");
    }

    private String booked(String start, String client, String extra) {
        return counsellor()
                .body(BookingResourceTests.booking(catalogue.resourceId, catalogue.productId, start, client, extra))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private RequestSpecification counsellor() {
        return catalogue.as("counsellor-" + catalogue.suffix, Roles.COUNSELLOR);
    }

    /** The auditor's verification of the organisation's chain, found broken. */
    private ValidatableResponse broken(String organisation) {
        return auditorOf(organisation)
                .get("/api/v1/audit/verification")
                .then()
                .statusCode(200)
                .body("intact", equalTo(false));
    }

    private RequestSpecification auditorOf(String organisation) {
        return RestAssured.given()
                .auth()
                .oauth2(tokens.issue(
                        "auditor-" + organisation,
                        "Auditor",
                        organisation,
                        Set.of(Roles.AUDITOR),
                        Duration.ofMinutes(5)));
    }

    /** Writes {@code count} access entries of the organisation in their own transactions, and seals them. */
    private void write(String organisation, int count) {
        Actor actor = new Actor(new OrganisationId(organisation), "worker", Set.of(Role.PROFESSIONAL));
        for (int i = 1; i <= count; i++) {
            int record = i;
            QuarkusTransaction.requiringNew()
                    .run(() ->
                            trail.shown(actor, "getBooking", Map.of("client-" + record, List.of("booking:" + record))));
        }
        sealer.seal(actor.organisation());
    }

    /** What only someone able to get round the triggers (the schema's owner or a superuser) could do. */
    private static void bypassingTheTriggers(String statement) throws SQLException {
        try (var connection = DriverManager.getConnection(ownerUrl());
                var sql = connection.createStatement()) {
            sql.execute("alter table audit_log disable trigger audit_log_no_change");
            try {
                sql.execute(statement);
            } finally {
                sql.execute("alter table audit_log enable trigger audit_log_no_change");
            }
        }
    }

    private static String ownerUrl() {
        return ConfigProvider.getConfig().getValue("quarkus.flyway.jdbc-url", String.class);
    }

    /**
     * The client's log entries in order, once every pending entry is sealed: kind, subject, role, operation, records,
     * purpose, recipient.
     */
    /** The client's entries after the one of their booking's making, which comes first. */
    private List<List<String>> afterMaking(String client) throws Exception {
        List<List<String>> all = entries(client);
        assertThat(all).as("the making of the booking, logged first").isNotEmpty();
        assertThat(all.get(0).get(3)).isEqualTo("bookSlot");
        return all.subList(1, all.size());
    }

    private List<List<String>> entries(String client) throws Exception {
        sealer.sealAll();
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("""
                     select kind, subject, role, operation, array_to_string(records, ' '), purpose, coalesce(recipient, '')
                     from audit_log where client_reference = ? order by organisation_id, sequence""")) {
            statement.setString(1, client);
            try (var result = statement.executeQuery()) {
                List<List<String>> rows = new ArrayList<>();
                while (result.next()) {
                    List<String> row = new ArrayList<>();
                    for (int column = 1; column <= 7; column++) {
                        row.add(result.getString(column));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }
}
