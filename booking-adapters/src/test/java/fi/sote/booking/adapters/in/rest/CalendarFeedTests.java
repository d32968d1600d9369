package fi.sote.booking.adapters.in.rest;

import static fi.sote.booking.adapters.in.rest.BookingResourceTests.at;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import fi.sote.booking.adapters.CatalogueFixture;
import fi.sote.booking.adapters.security.LocalTokens;
import fi.sote.booking.adapters.security.Roles;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

@QuarkusTest
class CalendarFeedTests {

    private static final String REFERRAL = "Lastensuojelun huoli, perhe kuormittunut";

    @Inject
    LocalTokens tokens;

    private CatalogueFixture catalogue;
    private String feeds;
    private String client;

    @BeforeEach
    void setUp() {
        catalogue = BookingResourceTests.releasedCatalogue(tokens);
        feeds = "/api/v1/calendars/" + catalogue.resourceId + "/feeds";
        client = "feed-client-" + catalogue.suffix;
    }

    @Test
    void aProfessionalSubscribesToTheirBusyTimesWhichNameNoClientAndFollowChanges() throws Exception {
        String booked = catalogue
                .asPersona("counsellor")
                .body(BookingResourceTests.booking(
                        catalogue.resourceId,
                        catalogue.productId,
                        at(0, "09:00"),
                        client,
                        "\"referralNote\":\"" + REFERRAL + "\""))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        entry(catalogue.blockingType(), at(1, "13:00"), at(1, "14:00"), client);
        entry(catalogue.nonBlockingType(), at(2, "08:00"), at(2, "08:30"), null);

        Response created = catalogue
                .asProfessional()
                .body("{\"label\":\"Outlook; at work, \\\\ A\"}")
                .post(feeds);
        created.then().statusCode(201).body("label", equalTo("Outlook; at work, \\ A"));
        String url = created.path("url");
        assertThat(url).matches(".*/calendar-feeds/[A-Za-z0-9_-]{43}\\.ics");

        Response read = given().get(url);
        read.then().statusCode(200).header("Content-Type", startsWith("text/calendar"));
        String text = read.asString();
        assertThat(text)
                .as("nothing of the client, the referral or what the times are for")
                .doesNotContain(client, "Lastensuojelu", catalogue.suffix, "ATTENDEE", "DESCRIPTION", "LOCATION");
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        assertThat(calendar.getProperty(Property.VERSION).orElseThrow().getValue())
                .isEqualTo("2.0");
        assertThat(text)
                .as("the label is escaped as iCalendar text")
                .contains("\r\nX-WR-CALNAME:Outlook\\; at work\\, \\\\ A\r\n");
        Map<String, VEvent> events = events(calendar);
        assertThat(events.keySet()).containsExactly(at(0, "09:00"), at(1, "13:00"), at(2, "08:00"));
        for (VEvent event : events.values()) {
            assertThat(value(event, Property.SUMMARY)).isEqualTo("Varattu");
            assertThat(value(event, Property.CLASS)).isEqualTo("CONFIDENTIAL");
            assertThat(value(event, Property.DTSTART))
                    .as("UTC, no time zone to define")
                    .endsWith("Z");
        }
        assertThat(value(events.get(at(0, "09:00")), Property.TRANSP)).isEqualTo("OPAQUE");
        assertThat(value(events.get(at(2, "08:00")), Property.TRANSP))
                .as("other work that takes no bookings away is not shown busy")
                .isEqualTo("TRANSPARENT");
        String bookingUid = value(events.get(at(0, "09:00")), Property.UID);

        String tag = read.header("ETag");
        given().header("If-None-Match", tag).get(url).then().statusCode(304);

        catalogue
                .asPersona("counsellor")
                .body("{\"start\":\"" + at(2, "10:15") + "\",\"reason\":\"CLIENT_REQUEST\"}")
                .post("/api/v1/bookings/" + booked + "/reschedule")
                .then()
                .statusCode(201);
        Response moved = given().header("If-None-Match", tag).get(url);
        moved.then().statusCode(200);
        Map<String, VEvent> after = events(new CalendarBuilder().build(new StringReader(moved.asString())));
        assertThat(after.keySet())
                .as("the moved booking shows at its new time, not at the old")
                .containsExactly(at(1, "13:00"), at(2, "08:00"), at(2, "10:15"));
        assertThat(value(after.get(at(2, "10:15")), Property.UID)).isNotEqualTo(bookingUid);
    }

    @Test
    void onlyTheCalendarsKeepersMakeAndSeeItsFeedsAndARevokedFeedIsGone() {
        String url = catalogue
                .asProfessional()
                .body("{\"label\":\"Puhelin\"}")
                .post(feeds)
                .then()
                .statusCode(201)
                .extract()
                .path("url");
        catalogue
                .asProfessional()
                .get(feeds)
                .then()
                .statusCode(200)
                .body("feeds", hasSize(1))
                .body("feeds[0].label", equalTo("Puhelin"))
                .body("feeds[0].url", nullValue());
        String id = catalogue.asProfessional().get(feeds).path("feeds[0].id");

        catalogue
                .as(catalogue.otherProfessionalSubject, Roles.PROFESSIONAL)
                .body("{\"label\":\"Toisen kalenteri\"}")
                .post(feeds)
                .then()
                .statusCode(403)
                .body("code", equalTo("not-your-calendar"));
        catalogue
                .as(catalogue.otherProfessionalSubject, Roles.PROFESSIONAL)
                .get(feeds)
                .then()
                .statusCode(403);
        catalogue
                .as(catalogue.otherProfessionalSubject, Roles.PROFESSIONAL)
                .delete("/api/v1/calendar-feeds/" + id)
                .then()
                .statusCode(403);
        catalogue.asPersona("counsellor").get(feeds).then().statusCode(403);
        catalogue
                .asProfessional()
                .body("{\"label\":\"  \"}")
                .post(feeds)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("label"));

        given().get(url).then().statusCode(200);
        catalogue.asProfessional().delete("/api/v1/calendar-feeds/" + id).then().statusCode(204);
        given().get(url).then().statusCode(404);
        catalogue.asProfessional().get(feeds).then().statusCode(200).body("feeds", hasSize(0));
        catalogue.asProfessional().delete("/api/v1/calendar-feeds/" + id).then().statusCode(404);

        String base = url.substring(0, url.lastIndexOf('/') + 1);
        given().get(base + "A".repeat(43) + ".ics").then().statusCode(404);
        given().get(base + "short.ics").then().statusCode(404);
    }

    private void entry(String type, String start, String end, String clientReference) {
        catalogue
                .asProfessional()
                .body("{\"entryType\":\"" + type + "\",\"start\":\"" + start + "\",\"end\":\"" + end + "\""
                        + (clientReference == null ? "" : ",\"clientReference\":\"" + clientReference + "\"") + "}")
                .post("/api/v1/calendars/" + catalogue.resourceId + "/entries")
                .then()
                .statusCode(201);
    }

    /** The feed's events by their start, as an ISO instant. */
    private static Map<String, VEvent> events(Calendar calendar) {
        Map<String, VEvent> events = new TreeMap<>();
        List<VEvent> all = calendar.getComponents(Component.VEVENT);
        for (VEvent event : all) {
            events.put(Instant.parse(isoOf(value(event, Property.DTSTART))).toString(), event);
        }
        return events;
    }

    /** 20270104T070000Z as 2027-01-04T07:00:00Z. */
    private static String isoOf(String basic) {
        return basic.substring(0, 4) + "-" + basic.substring(4, 6) + "-" + basic.substring(6, 11) + ":"
                + basic.substring(11, 13) + ":" + basic.substring(13);
    }

    private static String value(Component component, String property) {
        return component.getProperty(property).orElseThrow().getValue();
    }
}
