package fi.sote.booking.adapters.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.sote.booking.adapters.CatalogueFixture;
import fi.sote.booking.adapters.Rows;
import fi.sote.booking.adapters.in.schedule.AuditSealer;
import fi.sote.booking.adapters.security.LocalTokens;
import fi.sote.booking.adapters.security.Roles;
import fi.sote.booking.domain.calendar.BookingTime;

/**
 * The day and week views: a professional's own day (entries and bookings in one list), the team's for its supervisor
 * and members (client work masked as entitled), the bookings a counsellor made today, a social service's coming first
 * contacts; paging, the refusals, and the access log of what they show.
 */
@QuarkusTest
class DayViewTests {

    @Inject
    LocalTokens tokens;

    @Inject
    DataSource dataSource;

    @Inject
    AuditSealer sealer;

    private CatalogueFixture catalogue;
    private String team;
    private String firstContactClient;
    private String entryClient;
    private String firstContact;

    /**
     * Monday: a first contact booked from counselling at 9 (with a referral), a home visit entry with a client at 13 and
     * a non-blocking entry at 10:30 in the professional's calendar; a booking the professional made themselves at 11
     * in their colleague's calendar, and a cancelled one at 10:15 in their own.
     */
    @BeforeEach
    void setUp() {
        catalogue = BookingResourceTests.releasedCatalogue(tokens);
        team = "TEAM_" + catalogue.suffix;
        firstContactClient = "first-" + catalogue.suffix;
        entryClient = "entry-" + catalogue.suffix;
        firstContact = BookingResourceTests.bookedByCounsellor(
                catalogue, 0, "09:00", firstContactClient, "\"referralNote\":\"Soittaa iltapäivisin\"");
        entry(catalogue.blockingType(), "13:00", "14:00", entryClient);
        entry(catalogue.nonBlockingType(), "10:30", "10:45", null);
        catalogue
                .asSupervisor()
                .body(BookingResourceTests.booking(
                        catalogue.otherResourceId,
                        catalogue.productId,
                        BookingResourceTests.at(0, "11:00"),
                        "colleague-" + catalogue.suffix,
                        null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201);
        String cancelled =
                BookingResourceTests.bookedByCounsellor(catalogue, 0, "10:15", "cancelled-" + catalogue.suffix, null);
        catalogue
                .asPersona("counsellor")
                .body("{\"reason\":\"CLIENT_REQUEST\"}")
                .post("/api/v1/bookings/" + cancelled + "/cancel")
                .then()
                .statusCode(200);
    }

    @Test
    void aProfessionalSeesTheirDayEntriesAndBookingsInOneListAndTheAccessIsLogged() throws Exception {
        JsonPath day = catalogue
                .asProfessional()
                .queryParam("from", monday().toString())
                .get("/api/v1/me/agenda")
                .then()
                .statusCode(200)
                .body("from", equalTo(monday().toString()))
                .body("days", equalTo(1))
                .body("items.kind", equalTo(List.of("BOOKING", "ENTRY", "ENTRY")))
                .body("items.start", equalTo(List.of(at("09:00"), at("10:30"), at("13:00"))))
                .body("nextCursor", nullValue())
                .extract()
                .jsonPath();
        // the first contact: named by its product, with its client and that it came from counselling
        assertThat(day.getString("items[0].id")).isEqualTo(firstContact);
        assertThat(day.getString("items[0].label.fi")).isEqualTo("Ensikäynti");
        assertThat(day.getString("items[0].client")).isEqualTo(firstContactClient);
        assertThat(day.getBoolean("items[0].firstContact")).isTrue();
        assertThat(day.getString("items[0].status")).isEqualTo("BOOKED");
        assertThat(day.getBoolean("items[0].masked")).isFalse();
        // the entries by their types' names, the home visit with its client
        assertThat(day.getString("items[1].label.fi")).isEqualTo("Kirjaaminen");
        assertThat(day.getString("items[2].label.fi")).isEqualTo("Kotikäynti");
        assertThat(day.getString("items[2].client")).isEqualTo(entryClient);
        assertThat(day.getString("items[0].resourceName")).isEqualTo("Anna " + catalogue.suffix);

        // a week from the day before holds the same; the day after holds nothing
        catalogue
                .asProfessional()
                .queryParam("from", monday().minusDays(1).toString())
                .queryParam("days", 7)
                .get("/api/v1/me/agenda")
                .then()
                .statusCode(200)
                .body("items", hasSize(3));
        catalogue
                .asProfessional()
                .queryParam("from", monday().plusDays(1).toString())
                .get("/api/v1/me/agenda")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));

        assertThat(operations(firstContactClient)).contains("viewMyAgenda");
        assertThat(operations(entryClient)).contains("viewMyAgenda");
    }

    @Test
    void theSupervisorSeesTheTeamAndAColleagueOfAnotherServiceSeesTheClientWorkMasked() throws Exception {
        catalogue
                .asSupervisor()
                .queryParam("from", monday().toString())
                .get("/api/v1/teams/" + team + "/agenda")
                .then()
                .statusCode(200)
                .body("items.start", equalTo(List.of(at("09:00"), at("10:30"), at("11:00"), at("13:00"))))
                .body("items.masked", equalTo(List.of(false, false, false, false)))
                .body("items[2].resourceName", equalTo("Mikko " + catalogue.suffix));

        // a member of the team who works in another social service
        String outsiderOfTheService = "family-work-" + catalogue.suffix;
        String task = catalogue
                .asAdministrator()
                .body("{\"code\":\"X" + catalogue.suffix + "\",\"name\":{\"fi\":\"Muu\"}}")
                .post("/api/v1/service-tasks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String otherService = catalogue
                .asAdministrator()
                .body("{\"code\":\"Y" + catalogue.suffix + "\",\"serviceTaskId\":\"" + task
                        + "\",\"name\":{\"fi\":\"Perhetyö\"}}")
                .post("/api/v1/social-services")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        catalogue
                .asAdministrator()
                .body(catalogue
                        .resource("Outi " + catalogue.suffix, outsiderOfTheService)
                        .replace(catalogue.socialServiceId, otherService))
                .post("/api/v1/resources")
                .then()
                .statusCode(201);
        String seen = catalogue
                .as(outsiderOfTheService, Roles.PROFESSIONAL)
                .queryParam("from", monday().toString())
                .get("/api/v1/teams/" + team + "/agenda")
                .then()
                .statusCode(200)
                .body("items", hasSize(4))
                .body("items.masked", equalTo(List.of(true, false, true, true)))
                // a masked booking says how the contact happens, a masked entry its type's neutral label
                .body("items[0].label.fi", equalTo("Käynti"))
                .body("items[0].productId", nullValue())
                .body("items[3].label.fi", equalTo("Asiakastyö"))
                .body("items[3].entryType", nullValue())
                .extract()
                .asString();
        assertThat(seen)
                .doesNotContain(firstContactClient)
                .doesNotContain(entryClient)
                .doesNotContain("Ensikäynti");
        // their own day is empty, and outside the team there is no such team
        catalogue
                .as(outsiderOfTheService, Roles.PROFESSIONAL)
                .get("/api/v1/me/agenda")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        catalogue
                .as("outsider-" + catalogue.suffix, Roles.PROFESSIONAL)
                .get("/api/v1/teams/" + team + "/agenda")
                .then()
                .statusCode(404);
        assertThat(operations(firstContactClient)).contains("viewTeamAgenda");
    }

    @Test
    void aViewComesInPagesAndBadQueriesAreRefusedNamingTheField() {
        List<String> starts = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = catalogue
                    .asSupervisor()
                    .queryParam("from", monday().toString())
                    .queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/teams/" + team + "/agenda")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            starts.addAll(page.getList("items.start"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(2);
        assertThat(starts).containsExactly(at("09:00"), at("10:30"), at("11:00"), at("13:00"));

        catalogue
                .asProfessional()
                .queryParam("days", 32)
                .get("/api/v1/me/agenda")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("days"));
        catalogue
                .asProfessional()
                .queryParam("cursor", "not-a-cursor")
                .get("/api/v1/me/agenda")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        catalogue
                .asProfessional()
                .queryParam("limit", 0)
                .get("/api/v1/me/agenda")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void aCounsellorListsTheBookingsTheyMadeTodayWhateverBecameOfThem() throws Exception {
        // every page: the suite's counsellor makes many bookings a day
        List<Map<String, Object>> made = new ArrayList<>();
        String cursor = null;
        do {
            var request = catalogue
                    .asPersona("counsellor")
                    .queryParam("from", LocalDate.now(BookingTime.ZONE).toString())
                    .queryParam("limit", 500);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/me/bookings-made")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            made.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertThat(made)
                .filteredOn(booking -> firstContact.equals(booking.get("id")))
                .singleElement()
                .satisfies(booking -> assertThat(booking.get("referralNote")).isEqualTo("Soittaa iltapäivisin"));
        assertThat(made).extracting(booking -> booking.get("client")).contains("cancelled-" + catalogue.suffix);
        // only theirs: one maker throughout, and not the supervisor who made one of this test's bookings
        assertThat(made)
                .extracting(booking -> booking.get("bookedBy"))
                .containsOnly(made.get(0).get("bookedBy"));
        assertThat(made).extracting(booking -> booking.get("client")).doesNotContain("colleague-" + catalogue.suffix);
        assertThat(operations(firstContactClient)).contains("listBookingsMadeByMe");

        // yesterday they made none of these; the supervisor made only their own
        catalogue
                .asPersona("counsellor")
                .queryParam("from", LocalDate.now(BookingTime.ZONE).minusDays(1).toString())
                .get("/api/v1/me/bookings-made")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(firstContact)));
        catalogue
                .asSupervisor()
                .get("/api/v1/me/bookings-made")
                .then()
                .statusCode(200)
                .body("items.client", equalTo(List.of("colleague-" + catalogue.suffix)));
    }

    @Test
    void theServicesProfessionalsSeeItsComingFirstContactsWithTheReferral() {
        catalogue
                .as(catalogue.otherProfessionalSubject, Roles.PROFESSIONAL)
                .queryParam("from", monday().minusDays(1).toString())
                .queryParam("days", 7)
                .get("/api/v1/social-services/" + catalogue.socialServiceId + "/first-contacts")
                .then()
                .statusCode(200)
                // neither the professional's own booking nor the cancelled one
                .body("items.id", equalTo(List.of(firstContact)))
                .body("items[0].referralNote", equalTo("Soittaa iltapäivisin"))
                .body("nextCursor", nullValue());
        catalogue
                .as("outsider-" + catalogue.suffix, Roles.PROFESSIONAL)
                .queryParam("from", monday().toString())
                .get("/api/v1/social-services/" + catalogue.socialServiceId + "/first-contacts")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        catalogue
                .asProfessional()
                .get("/api/v1/social-services/" + java.util.UUID.randomUUID() + "/first-contacts")
                .then()
                .statusCode(404);
    }

    @Test
    void aClientsUpcomingListLeavesOutCancelledAndMovedBookings() {
        String client = "upcoming-" + catalogue.suffix;
        String kept = BookingResourceTests.bookedByCounsellor(catalogue, 2, "09:00", client, null);
        String moved = BookingResourceTests.bookedByCounsellor(catalogue, 2, "10:15", client, null);
        catalogue
                .asPersona("counsellor")
                .body("{\"start\":\"" + BookingResourceTests.at(7, "09:00") + "\",\"reason\":\"CLIENT_REQUEST\"}")
                .post("/api/v1/bookings/" + moved + "/reschedule")
                .then()
                .statusCode(201);
        List<String> upcoming = catalogue
                .as(client, Roles.CLIENT)
                .get("/api/v1/bookings")
                .then()
                .statusCode(200)
                .body("items.status", equalTo(List.of("BOOKED", "BOOKED")))
                .extract()
                .path("items.id");
        assertThat(upcoming).contains(kept).doesNotContain(moved);
        catalogue
                .as(client, Roles.CLIENT)
                .queryParam("when", "ALL")
                .get("/api/v1/bookings")
                .then()
                .statusCode(200)
                .body("items.status", hasItem("MOVED"))
                .body("items[0].id", notNullValue());
    }

    private void entry(String type, String start, String end, String client) {
        catalogue
                .asProfessional()
                .body("{\"entryType\":\"" + type + "\",\"start\":\"" + at(start) + "\",\"end\":\"" + at(end) + "\""
                        + (client == null ? "" : ",\"clientReference\":\"" + client + "\"") + "}")
                .post("/api/v1/calendars/" + catalogue.resourceId + "/entries")
                .then()
                .statusCode(201);
    }

    private static LocalDate monday() {
        return BookingResourceTests.MONDAY;
    }

    private static String at(String time) {
        return BookingResourceTests.at(0, time);
    }

    /** The operations the access log holds of the client, once every pending entry is sealed. */
    private List<String> operations(String client) throws Exception {
        sealer.sealAll();
        return Rows.operationsOn(dataSource, client);
    }
}
