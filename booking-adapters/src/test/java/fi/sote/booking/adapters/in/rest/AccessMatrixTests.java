package fi.sote.booking.adapters.in.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import fi.sote.booking.adapters.CatalogueFixture;
import fi.sote.booking.adapters.security.DemoPersona;
import fi.sote.booking.adapters.security.IntegrationScopes;
import fi.sote.booking.adapters.security.LocalTokens;

/**
 * Who may call what, for every operation of the contract: the roles of DOMAIN.md section 3 written
 * out below as the specification, checked against the contract and against the running service
 * (401 without a token, 403 for every other role, never 401 or 403 for an allowed one), and every
 * operation that names an object by id answers 404 to a caller of another organisation.
 */
@QuarkusTest
class AccessMatrixTests {

    private static final String C = "client";
    private static final String N = "counsellor";
    private static final String P = "professional";
    private static final String S = "supervisor";
    private static final String A = "administrator";
    private static final String I = "integration";
    private static final String U = "auditor";
    private static final List<String> ROLES = List.of(C, N, P, S, A, I, U);

    /** Operation to the roles that may call it. */
    private static final Map<String, Set<String>> MATRIX = new TreeMap<>();

    static {
        Set<String> everyone = Set.of(C, N, P, S, A, I, U);
        Set<String> bookers = Set.of(C, N, P, S, I);
        Set<String> calendarKeepers = Set.of(P, S, A);
        for (String op : List.of(
                "getCaller",
                "listBookableProducts",
                "getBookableProduct",
                "listServicePoints",
                "getServicePoint",
                "listSocialServices",
                "getSocialService",
                "listServiceTasks",
                "getServiceTask",
                "listResources",
                "getResource",
                "listCalendarEntryTypes",
                "getCalendarEntryType",
                "listContactModes",
                "getContactMode")) {
            MATRIX.put(op, everyone);
        }
        for (String op : List.of(
                "registerBookableProduct",
                "changeBookableProduct",
                "retireBookableProduct",
                "registerServicePoint",
                "changeServicePoint",
                "retireServicePoint",
                "registerSocialService",
                "changeSocialService",
                "retireSocialService",
                "registerServiceTask",
                "changeServiceTask",
                "retireServiceTask",
                "registerResource",
                "changeResource",
                "retireResource",
                "registerCalendarEntryType",
                "changeCalendarEntryType",
                "retireCalendarEntryType",
                "registerContactMode",
                "changeContactMode",
                "retireContactMode")) {
            MATRIX.put(op, Set.of(A));
        }
        for (String op : List.of(
                "holdSlot",
                "bookSlot",
                "confirmBooking",
                "bookSeries",
                "getBooking",
                "listBookings",
                "cancelBooking",
                "rescheduleBooking",
                "recordAttendance")) {
            MATRIX.put(op, bookers);
        }
        MATRIX.put("listBookableProductChanges", Set.of(A, U));
        MATRIX.put("listCatalogueChanges", Set.of(A, U));
        MATRIX.put("bookTogether", Set.of(N, P, S, I));
        MATRIX.put("searchClientBookings", Set.of(N, P, S, I));
        MATRIX.put("findBookingByReference", Set.of(N, P, S, I));
        MATRIX.put("searchSlots", Set.of(C, N, P, S, A, I));
        MATRIX.put("nextFreeTimes", Set.of(C, N, P, S, A, I));
        for (String op : List.of(
                "listCalendarEntries",
                "addCalendarEntry",
                "getCalendarEntry",
                "changeCalendarEntry",
                "removeCalendarEntry",
                "listReleases",
                "releaseTimeOnce",
                "releaseTimeWeekly",
                "withdrawRelease",
                "createCalendarFeed",
                "listCalendarFeeds",
                "revokeCalendarFeed")) {
            MATRIX.put(op, calendarKeepers);
        }
        for (String op : List.of(
                "createWebhookSubscription",
                "listWebhookSubscriptions",
                "deleteWebhookSubscription",
                "rotateWebhookSecret",
                "listWebhookDeadLetters",
                "redeliverWebhookEvents")) {
            MATRIX.put(op, Set.of(A));
        }
        MATRIX.put("listEvents", Set.of(A, I));
        MATRIX.put("listMyMessages", Set.of(C, N, P, S, A, U));
        MATRIX.put("verifyAuditLog", Set.of(U));
        MATRIX.put("extractClientLog", Set.of(U));
        MATRIX.put("recordClient", Set.of(I));
        MATRIX.put("lookUpClient", Set.of(N, P, S));
        MATRIX.put("setStaffContact", Set.of(N, P, S, A));
        MATRIX.put("getStaffContact", Set.of(N, P, S, A));
        for (String op : List.of("recordAbsence", "getAbsence", "teamWhereabouts", "closeAlert")) {
            MATRIX.put(op, Set.of(P, S));
        }
        for (String op : List.of(
                "suggestReplacements", "handleAbsence", "listNeedsAttention", "listAlerts", "timeUseStatistics")) {
            MATRIX.put(op, Set.of(S));
        }
        MATRIX.put("viewMyAgenda", Set.of(P, S));
        MATRIX.put("viewTeamAgenda", Set.of(P, S));
        MATRIX.put("listFirstContacts", Set.of(P, S));
        MATRIX.put("listBookingsMadeByMe", Set.of(N, P, S));
        MATRIX.put("checkIn", Set.of(P));
        MATRIX.put("checkOut", Set.of(P));
        MATRIX.put("bookingStatistics", Set.of(S, I));
        MATRIX.put("statisticsIndicators", Set.of(S, I));
        MATRIX.put("waitlistStatistics", Set.of(S, I));
        MATRIX.put("joinWaitlist", Set.of(C, N));
        for (String op : List.of("listWaitlist", "getWaitlistEntry", "withdrawFromWaitlist")) {
            MATRIX.put(op, Set.of(C, N, P, S));
        }
    }

    @Inject
    LocalTokens tokens;

    private final AtomicInteger callers = new AtomicInteger();

    @Test
    void theContractGrantsEachOperationToExactlyTheRolesOfTheMatrix() {
        Map<String, Set<String>> granted = new TreeMap<>();
        for (Operation operation : operations()) {
            granted.put(operation.id(), operation.roles().isEmpty() ? Set.copyOf(ROLES) : operation.roles());
            // an integration needs a scope besides the role
            if (operation.scope() == null) {
                granted.put(operation.id(), without(granted.get(operation.id()), I));
            }
        }
        assertThat(granted)
                .as("every operation of the contract is in the matrix, with the same roles")
                .isEqualTo(MATRIX);
    }

    @Test
    void everyOperationIs401WithoutATokenAnd403ForEveryRoleOutsideTheMatrix() {
        List<String> wrong = new ArrayList<>();
        for (Operation operation : operations()) {
            int anonymous = call(given(), operation, UUID.randomUUID().toString());
            if (anonymous != 401) {
                wrong.add(operation.id() + " without a token: " + anonymous);
            }
            for (String role : ROLES) {
                int status = call(
                        as(role, DemoPersona.DEMO_ORGANISATION),
                        operation,
                        UUID.randomUUID().toString());
                boolean allowed = MATRIX.get(operation.id()).contains(role);
                if (allowed ? (status == 401 || status == 403) : status != 403) {
                    wrong.add(operation.id() + " as " + role + ": " + status
                            + (allowed ? " (allowed)" : " (not allowed)"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyOperationOnAnIdOfAnotherOrganisationIs404() {
        CatalogueFixture catalogue = BookingResourceTests.releasedCatalogue(tokens);
        String booking = catalogue
                .asPersona("counsellor")
                .body(BookingResourceTests.booking(
                        catalogue.resourceId,
                        catalogue.productId,
                        BookingResourceTests.at(0, "09:00"),
                        "client-" + catalogue.suffix,
                        null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String entry = catalogue
                .asProfessional()
                .body(entryBody(catalogue))
                .post("/api/v1/calendars/" + catalogue.resourceId + "/entries")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String release = catalogue
                .asProfessional()
                .get("/api/v1/calendars/" + catalogue.resourceId + "/releases")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
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
        String serviceTask = catalogue
                .asAdministrator()
                .get("/api/v1/social-services/" + catalogue.socialServiceId)
                .then()
                .statusCode(200)
                .extract()
                .path("serviceTaskId");
        catalogue
                .asAdministrator()
                .body("{\"code\":\"AB" + catalogue.suffix + "\",\"category\":\"ABSENCE\","
                        + "\"blocksBooking\":true,\"name\":{\"fi\":\"Koulutus\"},\"neutralLabel\":{\"fi\":\"Poissa\"}}")
                .post("/api/v1/calendar-entry-types")
                .then()
                .statusCode(201);
        String absence = catalogue
                .asProfessional()
                .body("{\"resourceId\":\"" + catalogue.resourceId + "\",\"entryType\":\"AB"
                        + catalogue.suffix + "\",\"start\":\"" + BookingResourceTests.at(5, "08:00") + "\",\"end\":\""
                        + BookingResourceTests.at(5, "16:00") + "\"}")
                .post("/api/v1/absences")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String visited = catalogue
                .asProfessional()
                .body("{\"entryType\":\"" + catalogue.nonBlockingType() + "\",\"start\":\"" + now.minusSeconds(60)
                        + "\",\"end\":\"" + now.plusSeconds(600) + "\"}")
                .post("/api/v1/calendars/" + catalogue.resourceId + "/entries")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String visit = catalogue
                .asProfessional()
                .body("{\"calendarEntryId\":\"" + visited + "\"}")
                .post("/api/v1/visits")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String feed = catalogue
                .asProfessional()
                .body("{\"label\":\"Outlook\"}")
                .post("/api/v1/calendars/" + catalogue.resourceId + "/feeds")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // a receiver nobody listens at, taken off again below
        String subscription = catalogue
                .asAdministrator()
                .body("{\"url\":\"http://127.0.0.1:9/hook\",\"eventTypes\":[\"work-safety.alert-closed\"]}")
                .post("/api/v1/webhook-subscriptions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String waiting = catalogue
                .asPersona("counsellor")
                .body("{\"productId\":\"" + catalogue.productId + "\",\"from\":\"" + BookingResourceTests.MONDAY
                        + "\",\"to\":\"" + BookingResourceTests.MONDAY + "\",\"client\":\"matrix-" + catalogue.suffix
                        + "\"}")
                .post("/api/v1/waitlist")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("/api/v1/waitlist/", waiting);
        ids.put("/api/v1/calendar-feeds/", feed);
        ids.put("/api/v1/webhook-subscriptions/", subscription);
        ids.put("/api/v1/absences/", absence);
        ids.put("/api/v1/teams/", "TEAM_" + catalogue.suffix);
        ids.put("/api/v1/visits/", visit);
        ids.put("/api/v1/alerts/", visit);
        ids.put("/api/v1/bookings/", booking);
        ids.put("/api/v1/calendar-entries/", entry);
        ids.put("/api/v1/calendars/", catalogue.resourceId);
        ids.put("/api/v1/releases/", release);
        ids.put("/api/v1/resources/", catalogue.resourceId);
        ids.put("/api/v1/bookable-products/", catalogue.productId);
        ids.put("/api/v1/social-services/", catalogue.socialServiceId);
        ids.put("/api/v1/service-points/", servicePoint);
        ids.put("/api/v1/service-tasks/", serviceTask);
        ids.put("/api/v1/contact-modes/", catalogue.contactMode());
        ids.put("/api/v1/calendar-entry-types/", catalogue.nonBlockingType());

        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Operation operation : operations()) {
            // a client record and a staff contact are named by their caller and kept per organisation: writing
            // one is never writing another organisation's (ClientRecordTests checks that)
            // a booking found by reference is a search: another organisation's caller finds an empty list
            // (ConfirmationTests checks that)
            if (!operation.path().contains("{")
                    || operation.id().equals("recordClient")
                    || operation.id().equals("findBookingByReference")
                    || operation.path().startsWith("/api/v1/staff-contacts/")) {
                continue;
            }
            String prefix = operation.path().substring(0, operation.path().indexOf('{'));
            String id = ids.get(prefix);
            assertThat(id)
                    .as("an object of this organisation for " + operation.path())
                    .isNotNull();
            String role = Stream.of(P, A, N, S, I, C)
                    .filter(MATRIX.get(operation.id())::contains)
                    .findFirst()
                    .orElseThrow();
            Operation concrete = operation.withBody(body(operation.id(), catalogue));
            int foreign = call(as(role, DemoPersona.OTHER_ORGANISATION), concrete, id);
            checked++;
            if (foreign != 404) {
                wrong.add(operation.id() + " as " + role + " of another organisation: " + foreign);
            }
            if (operation.method().equals("GET")) {
                int own = call(
                        role.equals(P)
                                ? catalogue.asProfessional()
                                : role.equals(S) ? catalogue.asSupervisor() : as(role, DemoPersona.DEMO_ORGANISATION),
                        concrete,
                        id);
                if (own != 200) {
                    wrong.add(operation.id() + " as " + role + " of the organisation: " + own);
                }
            }
        }
        catalogue
                .asAdministrator()
                .delete("/api/v1/webhook-subscriptions/" + subscription)
                .then()
                .statusCode(204);
        assertThat(wrong).isEmpty();
        assertThat(checked).isGreaterThanOrEqualTo(15);
    }

    @Test
    void aClientCannotReadCancelRescheduleOrListAnotherClientsBooking() {
        CatalogueFixture catalogue = BookingResourceTests.releasedCatalogue(tokens);
        String a = "client-a-" + catalogue.suffix;
        String booking = catalogue
                .as(a, C)
                .body(BookingResourceTests.booking(
                        catalogue.resourceId, catalogue.productId, BookingResourceTests.at(2, "09:00"), null, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Supplier<RequestSpecification> clientB = () -> catalogue.as("client-b-" + catalogue.suffix, C);

        clientB.get().get("/api/v1/bookings/" + booking).then().statusCode(404);
        clientB.get()
                .body("{\"reason\":\"CLIENT_REQUEST\"}")
                .post("/api/v1/bookings/" + booking + "/cancel")
                .then()
                .statusCode(404);
        clientB.get()
                .body("{\"start\":\"" + BookingResourceTests.at(2, "10:15") + "\",\"reason\":\"CLIENT_REQUEST\"}")
                .post("/api/v1/bookings/" + booking + "/reschedule")
                .then()
                .statusCode(404);
        clientB.get()
                .body("{\"status\":\"CHECKED_IN\"}")
                .post("/api/v1/bookings/" + booking + "/attendance")
                .then()
                .statusCode(404);
        clientB.get()
                .queryParam("client", a)
                .queryParam("when", "ALL")
                .get("/api/v1/bookings")
                .then()
                .statusCode(200)
                .body("items", Matchers.hasSize(0));

        catalogue
                .as(a, C)
                .get("/api/v1/bookings/" + booking)
                .then()
                .statusCode(200)
                .body("status", Matchers.equalTo("BOOKED"))
                .body("client", Matchers.equalTo(a));
    }

    /** A request body that passes validation, so that what answers is the check of the id. */
    private static String body(String operation, CatalogueFixture catalogue) {
        String start = BookingResourceTests.at(7, "09:00");
        String end = BookingResourceTests.at(7, "10:00");
        switch (operation) {
            case "cancelBooking":
                return "{\"reason\":\"CLIENT_REQUEST\"}";
            case "rescheduleBooking":
                return "{\"start\":\"" + start + "\",\"reason\":\"CLIENT_REQUEST\"}";
            case "recordAttendance":
                return "{\"status\":\"ARRIVED\"}";
            case "changeBookableProduct":
                return catalogue.product("P" + catalogue.suffix, 60, 1);
            case "changeServiceTask":
                return "{\"code\":\"T" + catalogue.suffix + "\",\"name\":{\"fi\":\"Tehtävä\"}}";
            case "changeSocialService":
                return "{\"code\":\"S" + catalogue.suffix + "\",\"serviceTaskId\":\"" + UUID.randomUUID()
                        + "\",\"name\":{\"fi\":\"Perheneuvola\"}}";
            case "changeServicePoint":
                return "{\"code\":\"SP" + catalogue.suffix + "\",\"name\":{\"fi\":\"Toimipiste\"},"
                        + "\"address\":{\"street\":\"Katu 1\",\"postalCode\":\"48100\",\"postOffice\":\"Kotka\"}}";
            case "changeResource":
                return catalogue.resource("Anna " + catalogue.suffix, catalogue.professionalSubject);
            case "changeContactMode":
                return "{\"code\":\"" + catalogue.contactMode() + "\",\"name\":{\"fi\":\"Käynti\"},\"remote\":false}";
            case "changeCalendarEntryType":
                return "{\"code\":\"" + catalogue.nonBlockingType() + "\",\"category\":\"OTHER_WORK\","
                        + "\"blocksBooking\":false,\"name\":{\"fi\":\"Kirjaaminen\"},\"neutralLabel\":{\"fi\":\"Muu työ\"}}";
            case "changeCalendarEntry":
                return "{\"entryType\":\"" + catalogue.nonBlockingType() + "\",\"start\":\"" + start + "\",\"end\":\""
                        + end + "\"}";
            case "addCalendarEntry":
                return entryBody(catalogue);
            case "releaseTimeOnce":
                return "{\"start\":\"" + start + "\",\"end\":\"" + end + "\",\"terms\":{\"productIds\":[\""
                        + catalogue.productId + "\"],\"channels\":[\"COUNSELLING\"]}}";
            case "releaseTimeWeekly":
                return BookingResourceTests.releaseFor(catalogue);
            case "createCalendarFeed":
                return "{\"label\":\"Outlook\"}";
            case "handleAbsence":
                return "{\"decisions\":[{\"bookingId\":\"" + java.util.UUID.randomUUID()
                        + "\",\"action\":\"CANCEL\"}]}";
            default:
                return null;
        }
    }

    private static String entryBody(CatalogueFixture catalogue) {
        return "{\"entryType\":\"" + catalogue.nonBlockingType() + "\",\"start\":\""
                + BookingResourceTests.at(1, "14:00") + "\",\"end\":\"" + BookingResourceTests.at(1, "15:00") + "\"}";
    }

    /** A token of the role; every caller is a new subject, so no client runs into the rate limit. */
    private RequestSpecification as(String role, String organisation) {
        String subject = "matrix-" + role + "-" + callers.incrementAndGet();
        return given().auth()
                .oauth2(tokens.issue(
                        subject,
                        subject,
                        organisation,
                        Set.of(role),
                        role.equals(I) ? IntegrationScopes.all() : Set.of(),
                        Duration.ofMinutes(5)));
    }

    private static int call(RequestSpecification request, Operation operation, String id) {
        String path = operation.path().replaceAll("\\{[^}]+}", id);
        request = request.contentType(ContentType.JSON).queryParams(operation.period());
        if (operation.hasBody()) {
            request = request.body(operation.body() == null ? "{}" : operation.body());
        }
        return request.request(operation.method(), path).statusCode();
    }

    private static Set<String> without(Set<String> roles, String role) {
        return Set.copyOf(roles.stream().filter(other -> !other.equals(role)).toList());
    }

    /**
     * An operation of the contract.
     *
     * @param period the period parameters the operation takes (from and to), each with a value of its type
     */
    record Operation(
            String id,
            String method,
            String path,
            Set<String> roles,
            String scope,
            boolean hasBody,
            String body,
            Map<String, String> period) {

        Operation withBody(String json) {
            return new Operation(id, method, path, roles, scope, hasBody, json, period);
        }
    }

    /** Values for the period parameters an operation takes: dates or date-times, as the contract types them. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> period(Map<?, ?> operation) {
        Map<String, String> period = new LinkedHashMap<>();
        Object declared = operation.get("parameters");
        List<Map<String, Object>> parameters = declared == null ? List.of() : (List<Map<String, Object>>) declared;
        for (Map<String, Object> parameter : parameters) {
            Object name = parameter.get("name");
            if (!"query".equals(parameter.get("in")) || !("from".equals(name) || "to".equals(name))) {
                continue;
            }
            boolean date = String.valueOf(parameter.get("schema")).contains("LocalDate");
            int day = "from".equals(name) ? 0 : 1;
            period.put(
                    (String) name,
                    date
                            ? BookingResourceTests.at(day, "00:00").substring(0, 10)
                            : BookingResourceTests.at(day, "00:00"));
        }
        return period;
    }

    /** Every operation of the contract the running service serves. */
    @SuppressWarnings("unchecked")
    private static List<Operation> operations() {
        JsonPath contract = given().accept(ContentType.JSON)
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Object>> paths = contract.getMap("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((method, value) -> {
            if (!(value instanceof Map<?, ?> operation) || !operation.containsKey("operationId")) {
                return;
            }
            List<Map<String, List<String>>> security = (List<Map<String, List<String>>>) operation.get("security");
            Set<String> roles = security == null
                    ? Set.of()
                    : Set.copyOf(security.get(0).values().stream()
                            .flatMap(List::stream)
                            .toList());
            operations.add(new Operation(
                    (String) operation.get("operationId"),
                    method.toUpperCase(),
                    path,
                    roles,
                    (String) operation.get(IntegrationScopes.EXTENSION),
                    operation.containsKey("requestBody"),
                    null,
                    period(operation)));
        }));
        assertThat(operations).hasSizeGreaterThan(40);
        return operations;
    }
}
