package fi.sote.booking.adapters.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import fi.sote.booking.adapters.CatalogueFixture;
import fi.sote.booking.adapters.SmtpServer;
import fi.sote.booking.adapters.security.LocalTokens;
import fi.sote.booking.adapters.security.Roles;

/**
 * An absence over bookings of two social services, and its reorganisation end to end: what it
 * affects, who could take over (ranked), the team's needs-attention list, reassigning and cancelling
 * with the clients notified, all or nothing.
 *
 * Aino (the absent one) works in services S1 and S2. For her S1 booking: Mikko (S1, released time)
 * ranks first, Kalle (S1, his service point is open) second; Sven (S1, speaks only Swedish) and Eeva
 * (S2 only) do not qualify. For her S2 booking: Eeva (S2, released time) alone.
 */
@QuarkusTest
class AbsenceTests {

    @Inject
    LocalTokens tokens;

    @Inject
    DataSource dataSource;

    private CatalogueFixture catalogue;
    private String team;
    private String secondService;
    private String secondProduct;
    private String absenceType;
    private String ainoSubject;
    private String aino;
    private String kalle;
    private String sven;
    private String eeva;
    private String s1Booking;
    private String s2Booking;
    private String laterBooking;

    @BeforeEach
    void setUp() {
        catalogue = new CatalogueFixture(tokens).create();
        team = "TEAM_" + catalogue.suffix;
        String serviceTask = catalogue
                .asAdministrator()
                .get("/api/v1/social-services/" + catalogue.socialServiceId)
                .then()
                .statusCode(200)
                .extract()
                .path("serviceTaskId");
        secondService = id(admin(
                "/api/v1/social-services",
                "{\"code\":\"S2" + catalogue.suffix + "\",\"serviceTaskId\":\"" + serviceTask
                        + "\",\"name\":{\"fi\":\"Perhetyö\"}}"));
        secondProduct = id(admin(
                "/api/v1/bookable-products",
                catalogue.product("Q" + catalogue.suffix, 60, 1).replace(catalogue.socialServiceId, secondService)));
        absenceType = "SICK" + catalogue.suffix;
        admin(
                "/api/v1/calendar-entry-types",
                "{\"code\":\"" + absenceType + "\",\"category\":\"ABSENCE\",\"blocksBooking\":true,"
                        + "\"name\":{\"fi\":\"Sairausloma\"},\"neutralLabel\":{\"fi\":\"Poissa\"}}");
        String servicePoint = id(admin(
                "/api/v1/service-points",
                "{\"code\":\"SP" + catalogue.suffix + "\",\"name\":{\"fi\":"
                        + "\"Toimipiste\"},\"address\":{\"street\":\"Katu 1\",\"postalCode\":\"48100\",\"postOffice\":\"Kotka\"},"
                        + "\"openingHours\":[{\"day\":\"" + BookingResourceTests.MONDAY.getDayOfWeek()
                        + "\",\"opens\":\"08:00\","
                        + "\"closes\":\"16:00\"}]}"));
        ainoSubject = "aino-" + catalogue.suffix;
        aino = resource("Aino", ainoSubject, List.of(catalogue.socialServiceId, secondService), "[\"fi\"]", null);
        kalle = resource(
                "Kalle", "kalle-" + catalogue.suffix, List.of(catalogue.socialServiceId), "[\"fi\"]", servicePoint);
        sven = resource(
                "Sven", "sven-" + catalogue.suffix, List.of(catalogue.socialServiceId), "[\"sv\"]", servicePoint);
        eeva = resource("Eeva", "eeva-" + catalogue.suffix, List.of(secondService), "[\"fi\"]", null);
        release(catalogue.as(ainoSubject, Roles.PROFESSIONAL), aino, catalogue.productId + "\",\"" + secondProduct);
        release(catalogue.asSupervisor(), catalogue.otherResourceId, catalogue.productId);
        release(catalogue.asSupervisor(), eeva, secondProduct);

        RequestSpecification asAino = catalogue.as(ainoSubject, Roles.PROFESSIONAL);
        s1Booking = book(asAino, catalogue.productId, BookingResourceTests.at(0, "09:00"), "c1");
        s2Booking = book(
                catalogue.as(ainoSubject, Roles.PROFESSIONAL),
                secondProduct,
                BookingResourceTests.at(0, "10:30"),
                "c2");
        laterBooking = book(
                catalogue.as(ainoSubject, Roles.PROFESSIONAL),
                catalogue.productId,
                BookingResourceTests.at(2, "09:00"),
                "c3");
    }

    @Test
    void anAbsenceListsTheBookingsAndReleasedTimeItFallsOnAndBlocksNewBookings() {
        JsonPath absence = recordMondayAbsence();

        assertThat(absence.getList("affectedBookings.id")).containsExactly(s1Booking, s2Booking);
        assertThat(absence.getList("affectedBookings.clientLanguage")).containsOnly("fi");
        // no client is named in the reorganisation views
        assertThat(absence.prettify()).doesNotContain("c1-" + catalogue.suffix);
        assertThat(absence.getList("affectedReleasedTime")).hasSize(1);
        assertThat(absence.getString("affectedReleasedTime[0].start")).isEqualTo(BookingResourceTests.at(0, "09:00"));
        assertThat(absence.getString("affectedReleasedTime[0].end")).isEqualTo(BookingResourceTests.at(0, "12:00"));

        // the absent professional cannot be booked meanwhile, not even by a professional
        catalogue
                .as(ainoSubject, Roles.PROFESSIONAL)
                .body(BookingResourceTests.booking(
                        aino, catalogue.productId, BookingResourceTests.at(0, "13:00"), "c9-" + catalogue.suffix, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(409)
                .body("code", equalTo("slot-not-offered"));
        // a second absence over the same time is refused
        catalogue
                .asSupervisor()
                .body(absenceBody(aino, absenceType, "11:00", "12:00"))
                .post("/api/v1/absences")
                .then()
                .statusCode(409)
                .body("code", equalTo("overlapping-entry"));
    }

    @Test
    void replacementsAreRankedBySocialServiceLanguageAndReleasedTimeThenTheSameProfessionalAfterReturn() {
        String absence = recordMondayAbsence().getString("id");

        JsonPath suggestions = catalogue
                .asSupervisor()
                .get("/api/v1/absences/" + absence + "/replacement-suggestions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(suggestions.getList("items.booking.id")).containsExactly(s1Booking, s2Booking);
        assertThat(suggestions.getList("items[0].replacements.resourceId"))
                .containsExactly(catalogue.otherResourceId, kalle);
        assertThat(suggestions.getList("items[0].replacements.basis")).containsExactly("RELEASED_TIME", "WORKING_TIME");
        assertThat(suggestions.getList("items[0].replacements.resourceId")).doesNotContain(sven, eeva, aino);
        assertThat(suggestions.getList("items[1].replacements.resourceId")).containsExactly(eeva);
        // Aino's own released time after Monday: Wednesday 09:00 is taken by c3, so 10:15 comes first
        assertThat(suggestions.getList("items[0].afterReturn.resourceId"))
                .isNotEmpty()
                .containsOnly(aino);
        assertThat(suggestions.getString("items[0].afterReturn[0].start"))
                .isEqualTo(BookingResourceTests.at(2, "10:15"));
    }

    @Test
    void aSupervisorReassignsAndCancelsAndEveryClientIsNotified() throws Exception {
        // the client and the professional who takes over are told by e-mail (at the suite's SMTP server)
        String client = "c1-" + catalogue.suffix;
        catalogue
                .asIntegration("client-record-system", "client-records.write")
                .body("{\"email\":\"" + client.toLowerCase() + "@example.fi\"}")
                .put("/api/v1/client-records/" + client)
                .then()
                .statusCode(204);
        String takingOver = catalogue.otherProfessionalSubject.toLowerCase() + "@example.fi";
        catalogue
                .asAdministrator()
                .body("{\"email\":\"" + takingOver + "\"}")
                .put("/api/v1/staff-contacts/" + catalogue.otherProfessionalSubject)
                .then()
                .statusCode(200);
        String absence = recordMondayAbsence().getString("id");
        catalogue
                .asSupervisor()
                .get("/api/v1/teams/" + team + "/needs-attention")
                .then()
                .statusCode(200)
                .body("items.booking.id", equalTo(List.of(s1Booking, s2Booking)))
                .body("items[0].absenceId", equalTo(absence));

        JsonPath handled = catalogue
                .asSupervisor()
                .body("{\"decisions\":[{\"bookingId\":\"" + s1Booking
                        + "\",\"action\":\"REASSIGN\",\"resourceId\":\"" + catalogue.otherResourceId
                        + "\"},{\"bookingId\":\""
                        + s2Booking + "\",\"action\":\"CANCEL\"}]}")
                .post("/api/v1/absences/" + absence + "/decisions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        String replacement = handled.getString("items[0].now.id");
        assertThat(handled.getString("items[0].now.resourceId")).isEqualTo(catalogue.otherResourceId);
        assertThat(handled.getString("items[0].now.start")).isEqualTo(BookingResourceTests.at(0, "09:00"));
        assertThat(handled.getString("items[1].now.status")).isEqualTo("CANCELLED");
        // the history is kept: the old booking is moved and links to the one that replaces it
        catalogue
                .asSupervisor()
                .get("/api/v1/bookings/" + s1Booking)
                .then()
                .statusCode(200)
                .body("status", equalTo("MOVED"))
                .body("replacedBy", equalTo(replacement))
                .body("lastChange.reason", equalTo("PROFESSIONAL_ABSENCE"));
        catalogue
                .asSupervisor()
                .get("/api/v1/bookings/" + replacement)
                .then()
                .statusCode(200)
                .body("replaces", equalTo(s1Booking))
                .body("client", equalTo("c1-" + catalogue.suffix));

        Map<String, String> notified = notifications(s1Booking);
        assertThat(notified)
                .containsEntry("change", "REASSIGNED")
                .containsEntry("client", "c1-" + catalogue.suffix)
                .containsEntry("reason", "PROFESSIONAL_ABSENCE")
                .containsEntry("professionalBefore", "Aino " + catalogue.suffix)
                .containsEntry("professionalAfter", "Mikko " + catalogue.suffix);
        assertThat(notifications(s2Booking))
                .containsEntry("change", "CANCELLED")
                .containsEntry("client", "c2-" + catalogue.suffix);
        // the client may have been told of the first booking too, if its event was read after the record came
        MimeMessage reassignment =
                SmtpServer.mailTo(client.toLowerCase() + "@example.fi", "Ajanvarauksesi työntekijä on vaihtunut");
        assertThat((String) reassignment.getContent()).contains("Mikko " + catalogue.suffix);
        List<MimeMessage> toProfessional = SmtpServer.mailTo(takingOver, 1);
        assertThat(toProfessional.get(0).getSubject()).isEqualTo("Sinulle siirretty asiakasaika");
        assertThat((String) toProfessional.get(0).getContent()).doesNotContain(client);

        // handled: nothing needs attention any more, and the absence falls on nothing
        catalogue
                .asSupervisor()
                .get("/api/v1/teams/" + team + "/needs-attention")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        catalogue
                .as(ainoSubject, Roles.PROFESSIONAL)
                .get("/api/v1/absences/" + absence)
                .then()
                .statusCode(200)
                .body("affectedBookings", hasSize(0));
    }

    @Test
    void decisionsAreCarriedOutAllTogetherOrNotAtAll() throws Exception {
        String absence = recordMondayAbsence().getString("id");

        catalogue
                .asSupervisor()
                .body("{\"decisions\":[{\"bookingId\":\"" + s1Booking + "\",\"action\":\"REASSIGN\","
                        + "\"resourceId\":\"" + catalogue.otherResourceId + "\"},{\"bookingId\":\"" + laterBooking
                        + "\",\"action\":\"CANCEL\"}]}")
                .post("/api/v1/absences/" + absence + "/decisions")
                .then()
                .statusCode(409)
                .body("code", equalTo("partly-unavailable"))
                .body("errors[0].field", equalTo("decisions[1]"));

        catalogue
                .asSupervisor()
                .get("/api/v1/bookings/" + s1Booking)
                .then()
                .statusCode(200)
                .body("status", equalTo("BOOKED"))
                .body("resourceId", equalTo(aino));
        assertThat(notifications(s1Booking)).isEmpty();
        catalogue
                .asSupervisor()
                .get("/api/v1/teams/" + team + "/needs-attention")
                .then()
                .statusCode(200)
                .body("items", hasSize(2));
    }

    @Test
    void aGroupTimeIsOneAffectedTimeAndIsCancelledWhole() throws Exception {
        RequestSpecification asAino = catalogue.as(ainoSubject, Roles.PROFESSIONAL);
        String first = book(asAino, catalogue.groupProductId, BookingResourceTests.at(0, "13:00"), "g1");
        String second = book(
                catalogue.as(ainoSubject, Roles.PROFESSIONAL),
                catalogue.groupProductId,
                BookingResourceTests.at(0, "13:00"),
                "g2");

        JsonPath absence = recordMondayAbsence();
        assertThat(absence.getList("affectedBookings.id")).containsExactly(s1Booking, s2Booking, first);
        assertThat(absence.getList("affectedBookings[2].bookingIds")).containsExactly(first, second);
        assertThat(absence.getList("affectedBookings[0].bookingIds")).containsExactly(s1Booking);

        JsonPath handled = catalogue
                .asSupervisor()
                .body("{\"decisions\":[{\"bookingId\":\"" + second + "\",\"action\":\"CANCEL\"}]}")
                .post("/api/v1/absences/" + absence.getString("id") + "/decisions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(handled.getList("items.bookingId")).containsExactly(second, first);
        assertThat(handled.getList("items.now.status")).containsOnly("CANCELLED");
        assertThat(notifications(first)).isNotEmpty();
        catalogue
                .asSupervisor()
                .get("/api/v1/teams/" + team + "/needs-attention")
                .then()
                .statusCode(200)
                .body("items.booking.id", Matchers.contains(s1Booking, s2Booking));
    }

    @Test
    void onlyTheProfessionalAndTheirSupervisorSeeAnAbsenceAndOnlyAbsenceTypesMakeOne() {
        String absence = recordMondayAbsence().getString("id");

        catalogue.asProfessional().get("/api/v1/absences/" + absence).then().statusCode(404);
        catalogue
                .asProfessional()
                .body(absenceBody(aino, absenceType, "08:00", "09:00"))
                .post("/api/v1/absences")
                .then()
                .statusCode(403)
                .body("code", equalTo("not-your-calendar"));
        catalogue
                .as(ainoSubject, Roles.PROFESSIONAL)
                .body(absenceBody(aino, catalogue.blockingType(), "17:00", "18:00"))
                .post("/api/v1/absences")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("entryType"));
        catalogue
                .as("other-supervisor-" + catalogue.suffix, Roles.SUPERVISOR)
                .get("/api/v1/teams/" + team + "/needs-attention")
                .then()
                .statusCode(404);
        catalogue
                .as("other-supervisor-" + catalogue.suffix, Roles.SUPERVISOR)
                .get("/api/v1/absences/" + absence + "/replacement-suggestions")
                .then()
                .statusCode(404);
    }

    private JsonPath recordMondayAbsence() {
        return catalogue
                .as(ainoSubject, Roles.PROFESSIONAL)
                .body(absenceBody(aino, absenceType, "08:00", "16:00"))
                .post("/api/v1/absences")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    private static String absenceBody(String resource, String type, String from, String to) {
        return "{\"resourceId\":\"" + resource + "\",\"entryType\":\"" + type + "\",\"start\":\""
                + BookingResourceTests.at(0, from) + "\",\"end\":\"" + BookingResourceTests.at(0, to) + "\"}";
    }

    /** The client.notification outbox event about a booking, as text fields ("before"/"after" flattened). */
    private Map<String, String> notifications(String booking) throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("""
                     select payload->>'change' as change, payload->>'client' as client, payload->>'reason' as reason,
                            payload->'before'->>'professional' as before, payload->'after'->>'professional' as after
                       from outbox_event where aggregate_id = ?::uuid and event_type = 'client.notification'""")) {
            statement.setString(1, booking);
            try (var result = statement.executeQuery()) {
                Map<String, String> found = new HashMap<>();
                while (result.next()) {
                    assertThat(found).as("one notification per booking").isEmpty();
                    found.put("change", result.getString("change"));
                    found.put("client", result.getString("client"));
                    found.put("reason", result.getString("reason"));
                    found.put("professionalBefore", result.getString("before"));
                    if (result.getString("after") != null) {
                        found.put("professionalAfter", result.getString("after"));
                    }
                }
                return found;
            }
        }
    }

    private String book(RequestSpecification as, String product, String start, String client) {
        return as.body(BookingResourceTests.booking(
                        aino, product, start, client + "-" + catalogue.suffix, "\"clientLanguage\":\"fi\""))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Mondays and Wednesdays 9-12 for the product(s), open to professionals and counselling. */
    private static void release(RequestSpecification as, String resource, String products) {
        as.body(
                        "{\"weekdays\":[\"MONDAY\",\"WEDNESDAY\"],\"startTime\":\"09:00\",\"endTime\":\"12:00\",\"validFrom\":\""
                                + BookingResourceTests.MONDAY + "\",\"validUntil\":\""
                                + BookingResourceTests.MONDAY.plusDays(30)
                                + "\",\"includeHolidays\":true,\"terms\":{\"productIds\":[\"" + products
                                + "\"],\"channels\":[\"PROFESSIONAL\",\"COUNSELLING\"]}}")
                .post("/api/v1/calendars/" + resource + "/releases/weekly")
                .then()
                .statusCode(201);
    }

    private String resource(String name, String subject, List<String> services, String languages, String servicePoint) {
        return id(admin(
                "/api/v1/resources",
                "{\"kind\":\"PROFESSIONAL\",\"name\":\"" + name + " " + catalogue.suffix
                        + "\",\"title\":\"sosiaaliohjaaja\",\"subject\":\"" + subject + "\",\"socialServiceIds\":[\""
                        + String.join("\",\"", services) + "\"],\"languages\":" + languages + ",\"team\":\"" + team
                        + "\",\"supervisorSubject\":\"" + catalogue.supervisorSubject + "\""
                        + (servicePoint == null ? "" : ",\"servicePointIds\":[\"" + servicePoint + "\"]") + "}"));
    }

    private String admin(String path, String body) {
        return catalogue
                .asAdministrator()
                .body(body)
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .asString();
    }

    private static String id(String json) {
        return JsonPath.from(json).getString("id");
    }
}
