package fi.sote.booking.adapters.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import fi.sote.booking.adapters.CatalogueFixture;
import fi.sote.booking.adapters.security.LocalTokens;
import fi.sote.booking.domain.calendar.BookingTime;

/**
 * Slot search over a calendar released by a weekly template (Mondays and Wednesdays 9-12 Helsinki
 * time) for a month starting on a Monday eight weeks ahead, so the test never searches the past.
 */
@QuarkusTest
class SlotResourceTests {

    private static final LocalDate MONDAY =
            LocalDate.now(BookingTime.ZONE).plusWeeks(8).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    private static final String FROM =
            MONDAY.atStartOfDay(BookingTime.ZONE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    private static final String TO =
            MONDAY.plusDays(14).atStartOfDay(BookingTime.ZONE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);

    @Inject
    LocalTokens tokens;

    private CatalogueFixture catalogue;

    @BeforeEach
    void setUp() {
        catalogue = new CatalogueFixture(tokens).create();
        catalogue
                .asProfessional()
                .body("{\"weekdays\":[\"MONDAY\",\"WEDNESDAY\"],\"startTime\":\"09:00\",\"endTime\":\"12:00\","
                        + "\"validFrom\":\"" + MONDAY + "\",\"validUntil\":\"" + MONDAY.plusDays(30)
                        + "\",\"includeHolidays\":true,\"terms\":{\"productIds\":[\""
                        + catalogue.productId + "\",\"" + catalogue.groupProductId
                        + "\"],\"channels\":[\"COUNSELLING\"]}}")
                .post("/api/v1/calendars/" + catalogue.resourceId + "/releases/weekly")
                .then()
                .statusCode(201);
    }

    @Test
    void aCounsellorFindsTheReleasedTimesInLocalHoursInTimeOrder() {
        search(catalogue.asPersona("counsellor"))
                .queryParam("product", catalogue.productId)
                .get("/api/v1/slots")
                .then()
                .statusCode(200)
                // 9:00 and 10:15 Helsinki time: 60 min with 15 min kept free after
                .body(
                        "items.start",
                        contains(
                                at(0, "09:00"),
                                at(0, "10:15"),
                                at(2, "09:00"),
                                at(2, "10:15"),
                                at(7, "09:00"),
                                at(7, "10:15"),
                                at(9, "09:00"),
                                at(9, "10:15")))
                .body("items.resourceName", everyItem(equalTo("Anna " + catalogue.suffix)))
                .body("items.channels", everyItem(contains("COUNSELLING")));
    }

    @Test
    void aClientOrAnIntegrationFindsNothingReleasedOnlyForCounselling() {
        search(catalogue.asPersona("client"))
                .get("/api/v1/slots")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        search(catalogue.asPersona("integration"))
                .get("/api/v1/slots")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void aBlockingEntryTakesItsSlotOutOfTheSearch() {
        catalogue
                .asProfessional()
                .body(CalendarResourceTests.entry(catalogue.blockingType(), local(0, "10:30"), local(0, "11:00"), null))
                .post("/api/v1/calendars/" + catalogue.resourceId + "/entries")
                .then()
                .statusCode(201);

        search(catalogue.asPersona("counsellor"))
                .queryParam("product", catalogue.productId)
                .queryParam("limit", "2")
                .get("/api/v1/slots")
                .then()
                .statusCode(200)
                .body("items.start", contains(at(0, "09:00"), at(2, "09:00")));
    }

    @Test
    void aGroupTimeShowsItsPlaces() {
        search(catalogue.asPersona("counsellor"))
                .queryParam("product", catalogue.groupProductId)
                .queryParam("limit", "1")
                .get("/api/v1/slots")
                .then()
                .statusCode(200)
                .body("items[0].capacity", equalTo(6))
                .body("items[0].remaining", equalTo(6));
    }

    @Test
    void theCursorWalksThroughEveryPageOnce() {
        List<String> all = search(catalogue.asPersona("counsellor"))
                .queryParam("limit", "100")
                .get("/api/v1/slots")
                .then()
                .statusCode(200)
                .extract()
                .path("items.start");
        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request =
                    search(catalogue.asPersona("counsellor")).queryParam("limit", "3");
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/slots")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            paged.addAll(page.getList("items.start"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);

        // per day: the individual product at 9:00 and 10:15, the group (90 min + 15) at 9:00
        assertThat(all).hasSize(12);
        assertThat(paged).containsExactlyElementsOf(all);
    }

    @Test
    void theNextFreeTimeOfTheProfessionalIsTheirEarliest() {
        catalogue
                .asPersona("counsellor")
                .queryParam("socialService", catalogue.socialServiceId)
                .queryParam("from", FROM)
                .get("/api/v1/slots/next-free")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].start", equalTo(at(0, "09:00")));
    }

    @Test
    void filtersByLanguageAndAreaNarrowTheSearch() {
        search(catalogue.asPersona("counsellor"))
                .queryParam("language", "sv")
                .get("/api/v1/slots")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(12));
        search(catalogue.asPersona("counsellor"))
                .queryParam("language", "en")
                .get("/api/v1/slots")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        search(catalogue.asPersona("counsellor"))
                .queryParam("area", "99999")
                .get("/api/v1/slots")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        search(catalogue.asPersona("counsellor"))
                .queryParam("contactMode", catalogue.contactMode())
                .get("/api/v1/slots")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(12));
    }

    @Test
    void badSearchesAreNamed() {
        catalogue
                .asPersona("counsellor")
                .queryParam("from", "2027-01-01T00:00:00Z")
                .queryParam("to", "2037-01-01T00:00:00Z")
                .get("/api/v1/slots")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
        catalogue
                .asPersona("counsellor")
                .queryParam("cursor", "bm90IGEgY3Vyc29y")
                .get("/api/v1/slots")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        catalogue
                .asPersona("counsellor")
                .queryParam("product", UUID.randomUUID().toString())
                .get("/api/v1/slots")
                .then()
                .statusCode(400)
                .body("code", equalTo("unknown-reference"))
                .body("errors[0].field", equalTo("product"));
        catalogue
                .asPersona("counsellor")
                .queryParam("limit", "1000")
                .get("/api/v1/slots")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        catalogue.asPersona("auditor").get("/api/v1/slots").then().statusCode(403);
    }

    /** The instant, as the API writes it, of a local time on a day after the first Monday. */
    private static String at(int day, String time) {
        return MONDAY.plusDays(day)
                .atTime(LocalTime.parse(time))
                .atZone(BookingTime.ZONE)
                .toInstant()
                .toString();
    }

    private static String local(int day, String time) {
        return MONDAY.plusDays(day)
                .atTime(LocalTime.parse(time))
                .atZone(BookingTime.ZONE)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private RequestSpecification search(RequestSpecification as) {
        return as.queryParam("socialService", catalogue.socialServiceId)
                .queryParam("from", FROM)
                .queryParam("to", TO);
    }
}
