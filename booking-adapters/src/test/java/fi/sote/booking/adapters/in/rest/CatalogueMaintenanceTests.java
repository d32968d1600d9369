package fi.sote.booking.adapters.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.sote.booking.adapters.CatalogueFixture;
import fi.sote.booking.adapters.security.LocalTokens;

/**
 * Keeping the catalogue over HTTP against the service and its PostgreSQL: a change over the version read, the record of
 * who changed what, retiring an item, what a retired item still is for what was made with it, and what keeps an item
 * in use from being retired.
 */
@QuarkusTest
class CatalogueMaintenanceTests {

    @Inject
    LocalTokens tokens;

    private CatalogueFixture catalogue;

    @BeforeEach
    void setUp() {
        catalogue = BookingResourceTests.releasedCatalogue(tokens);
    }

    private String product(String guidance, String channels) {
        return catalogue
                .product("P" + catalogue.suffix, 60, 1)
                .replace("\"fi\":\"Tervetuloa\"", "\"fi\":\"" + guidance + "\"")
                .replace("[\"PROFESSIONAL\",\"COUNSELLING\",\"CLIENT_SELF_SERVICE\"]", channels);
    }

    @Test
    void aChangeOverTheETagReadIsKeptAndRecordedAndOneOverAnOlderETagIs412() {
        String etag = catalogue
                .asAdministrator()
                .get("/api/v1/bookable-products/" + catalogue.productId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        assertThat(etag).isEqualTo("\"0\"");

        catalogue
                .asAdministrator()
                .header("If-Match", etag)
                .body(product("Tervetuloa ensikäynnille", "[\"PROFESSIONAL\",\"COUNSELLING\"]"))
                .put("/api/v1/bookable-products/" + catalogue.productId)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("guidance.fi", equalTo("Tervetuloa ensikäynnille"))
                .body("channels", not(hasItem("CLIENT_SELF_SERVICE")));
        catalogue
                .asAdministrator()
                .header("If-Match", etag)
                .body(product("Toinen", "[\"PROFESSIONAL\"]"))
                .put("/api/v1/bookable-products/" + catalogue.productId)
                .then()
                .statusCode(412)
                .body("code", equalTo("stale-version"));
        catalogue
                .asAdministrator()
                .body(product("Toinen", "[\"PROFESSIONAL\"]").replace("\"code\":\"P", "\"code\":\"X"))
                .put("/api/v1/bookable-products/" + catalogue.productId)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("code"));

        JsonPath changes = JsonPath.from(catalogue
                .asPersona("auditor")
                .get("/api/v1/bookable-products/" + catalogue.productId + "/changes")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(changes.getList("items")).hasSize(1);
        assertThat(changes.getString("items[0].kind")).isEqualTo("CHANGED");
        assertThat(changes.getString("items[0].by")).isNotBlank();
        assertThat(changes.getList("items[0].fields", String.class)).containsExactly("channels", "guidance");
        // a client may no longer book it; counselling still books it
        catalogue
                .as("client-" + catalogue.suffix, "client")
                .body(BookingResourceTests.booking(
                        catalogue.resourceId, catalogue.productId, BookingResourceTests.at(0, "09:00"), null, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(409)
                .body("code", equalTo("slot-not-offered"));
        BookingResourceTests.bookedByCounsellor(catalogue, 0, "09:00", "after-change-" + catalogue.suffix, null);
    }

    @Test
    void aRetiredProductIsListedOnlyWhenAskedForIsNotBookedNorOfferedAndItsBookingsKeepIt() {
        String booking =
                BookingResourceTests.bookedByCounsellor(catalogue, 0, "09:00", "before-" + catalogue.suffix, null);

        catalogue
                .asAdministrator()
                .header("If-Match", "\"0\"")
                .delete("/api/v1/bookable-products/" + catalogue.productId)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("retired", equalTo(true));

        List<String> listed = catalogue
                .asAdministrator()
                .get("/api/v1/bookable-products")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(listed).doesNotContain(catalogue.productId).contains(catalogue.groupProductId);
        List<String> all = catalogue
                .asAdministrator()
                .queryParam("includeRetired", true)
                .get("/api/v1/bookable-products")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(all).contains(catalogue.productId);
        catalogue
                .asPersona("counsellor")
                .body(BookingResourceTests.booking(
                        catalogue.resourceId,
                        catalogue.productId,
                        BookingResourceTests.at(0, "10:15"),
                        "after-" + catalogue.suffix,
                        null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(409)
                .body("code", equalTo("product-retired"))
                .body("errors[0].field", equalTo("productId"));
        List<String> offered = catalogue
                .asPersona("counsellor")
                .queryParam("product", catalogue.productId)
                .get("/api/v1/slots")
                .then()
                .statusCode(200)
                .extract()
                .path("items.start");
        assertThat(offered).isEmpty();
        catalogue
                .asPersona("counsellor")
                .get("/api/v1/bookings/" + booking)
                .then()
                .statusCode(200)
                .body("productId", equalTo(catalogue.productId))
                .body("confirmation.product", equalTo("Ensikäynti"));
        catalogue
                .asPersona("counsellor")
                .body("{\"start\":\"" + BookingResourceTests.at(0, "10:15") + "\",\"reason\":\"CLIENT_REQUEST\"}")
                .post("/api/v1/bookings/" + booking + "/reschedule")
                .then()
                .statusCode(201);
        catalogue
                .asAdministrator()
                .body(product("Tervetuloa", "[\"PROFESSIONAL\"]"))
                .put("/api/v1/bookable-products/" + catalogue.productId)
                .then()
                .statusCode(409)
                .body("code", equalTo("product-retired"));
    }

    @Test
    void clientSelfServiceTurnedOnFromALaterDayIsNotBookedByClientsBeforeIt() {
        String opening =
                LocalDate.now(ZoneId.of("Europe/Helsinki")).plusDays(30).toString();
        String product = product("Tervetuloa", "[\"PROFESSIONAL\",\"COUNSELLING\",\"CLIENT_SELF_SERVICE\"]");
        String later = product.substring(0, product.length() - 1)
                + ",\"channelsFrom\":[{\"channel\":\"CLIENT_SELF_SERVICE\",\"from\":\"" + opening + "\"}]}";
        catalogue
                .asAdministrator()
                .body(later)
                .put("/api/v1/bookable-products/" + catalogue.productId)
                .then()
                .statusCode(200)
                .body("channelsFrom[0].channel", equalTo("CLIENT_SELF_SERVICE"))
                .body("channelsFrom[0].from", equalTo(opening));
        catalogue
                .as("client-" + catalogue.suffix, "client")
                .body(BookingResourceTests.booking(
                        catalogue.resourceId, catalogue.productId, BookingResourceTests.at(0, "09:00"), null, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(409)
                .body("code", equalTo("slot-not-offered"))
                .body("detail", containsString("from " + opening));
        BookingResourceTests.bookedByCounsellor(catalogue, 0, "09:00", "before-opening-" + catalogue.suffix, null);
        catalogue
                .asAdministrator()
                .body(later.replace("\"channel\":\"CLIENT_SELF_SERVICE\"", "\"channel\":\"INTEGRATION\""))
                .put("/api/v1/bookable-products/" + catalogue.productId)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("channelsFrom"));
    }

    @Test
    void everyKindOfCatalogueItemIsChangedOverItsETagAndItsChangesAreListedForTheAuditor() {
        String taskId = catalogue
                .asAdministrator()
                .get("/api/v1/social-services/" + catalogue.socialServiceId)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .extract()
                .path("serviceTaskId");
        String task = "{\"code\":\"T" + catalogue.suffix + "\",\"name\":{\"fi\":\"Lapsiperheiden palvelut\"}}";
        catalogue
                .asAdministrator()
                .header("If-Match", "\"0\"")
                .body(task)
                .put("/api/v1/service-tasks/" + taskId)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("name.fi", equalTo("Lapsiperheiden palvelut"))
                .body("version", equalTo(1));
        catalogue
                .asAdministrator()
                .header("If-Match", "\"0\"")
                .body(task.replace("Lapsiperheiden", "Perheiden"))
                .put("/api/v1/service-tasks/" + taskId)
                .then()
                .statusCode(412)
                .body("code", equalTo("stale-version"));
        catalogue
                .asAdministrator()
                .body("{\"code\":\"S" + catalogue.suffix + "\",\"thlCode\":\"ps-042\",\"serviceTaskId\":\"" + taskId
                        + "\",\"name\":{\"fi\":\"Perheneuvola\",\"sv\":\"Familjerådgivning\"}}")
                .put("/api/v1/social-services/" + catalogue.socialServiceId)
                .then()
                .statusCode(200)
                .body("thlCode", equalTo("ps-042"));
        String mode = catalogue.contactMode().toLowerCase();
        catalogue
                .asAdministrator()
                .body("{\"code\":\"" + mode
                        + "\",\"thlCode\":\"1\",\"name\":{\"fi\":\"Toimistokäynti\"},\"remote\":false}")
                .put("/api/v1/contact-modes/" + mode)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("thlCode", equalTo("1"));
        catalogue
                .asPersona("counsellor")
                .get("/api/v1/contact-modes/" + catalogue.contactMode())
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("name.fi", equalTo("Toimistokäynti"));
        catalogue
                .asAdministrator()
                .body(
                        "{\"code\":\"" + catalogue.nonBlockingType() + "\",\"category\":\"OTHER_WORK\","
                                + "\"blocksBooking\":false,\"name\":{\"fi\":\"Kirjaaminen\"},\"neutralLabel\":{\"fi\":\"Toimistotyö\"}}")
                .put("/api/v1/calendar-entry-types/" + catalogue.nonBlockingType())
                .then()
                .statusCode(200)
                .body("neutralLabel.fi", equalTo("Toimistotyö"));
        catalogue
                .asAdministrator()
                .body(catalogue
                        .resource("Mikko " + catalogue.suffix, catalogue.otherProfessionalSubject)
                        .replace("psykologi", "perheterapeutti"))
                .put("/api/v1/resources/" + catalogue.otherResourceId)
                .then()
                .statusCode(200)
                .body("title", equalTo("perheterapeutti"));
        catalogue
                .asAdministrator()
                .body(catalogue.resource("Mikko " + catalogue.suffix, catalogue.professionalSubject))
                .put("/api/v1/resources/" + catalogue.otherResourceId)
                .then()
                .statusCode(409)
                .body("code", equalTo("duplicate-code"))
                .body("errors[0].field", equalTo("subject"));
        catalogue
                .asAdministrator()
                .body(catalogue
                        .resource("Mikko " + catalogue.suffix, catalogue.otherProfessionalSubject)
                        .replace("PROFESSIONAL", "ROOM"))
                .put("/api/v1/resources/" + catalogue.otherResourceId)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("kind"));

        JsonPath tasks = JsonPath.from(catalogue
                .asPersona("auditor")
                .queryParam("entity", "service-tasks")
                .queryParam("key", taskId)
                .get("/api/v1/catalogue-changes")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(tasks.getList("items")).hasSize(1);
        assertThat(tasks.getString("items[0].key")).isEqualTo(taskId);
        assertThat(tasks.getList("items[0].fields", String.class)).containsExactly("name");
        JsonPath modes = JsonPath.from(catalogue
                .asAdministrator()
                .queryParam("entity", "contact-modes")
                .queryParam("key", mode)
                .get("/api/v1/catalogue-changes")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(modes.getList("items.fields", List.class)).containsExactly(List.of("thlCode", "name"));
        catalogue
                .asAdministrator()
                .queryParam("entity", "rooms")
                .get("/api/v1/catalogue-changes")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("entity"));
        catalogue
                .asPersona("counsellor")
                .queryParam("entity", "resources")
                .get("/api/v1/catalogue-changes")
                .then()
                .statusCode(403);
    }

    @Test
    void anItemInUseIsNotRetiredAndARetiredOneIsUsedForNothingNew() {
        String booking =
                BookingResourceTests.bookedByCounsellor(catalogue, 0, "09:00", "retire-" + catalogue.suffix, null);
        catalogue
                .asAdministrator()
                .delete("/api/v1/social-services/" + catalogue.socialServiceId)
                .then()
                .statusCode(409)
                .body("code", equalTo("in-use"))
                .body("detail", containsString("P" + catalogue.suffix));
        catalogue
                .asAdministrator()
                .delete("/api/v1/contact-modes/" + catalogue.contactMode())
                .then()
                .statusCode(409)
                .body("code", equalTo("in-use"));
        catalogue
                .asAdministrator()
                .delete("/api/v1/resources/" + catalogue.resourceId)
                .then()
                .statusCode(409)
                .body("code", equalTo("in-use"));

        // the other professional has no bookings to come: retired, their time is neither offered nor booked
        catalogue
                .asAdministrator()
                .header("If-Match", "\"0\"")
                .delete("/api/v1/resources/" + catalogue.otherResourceId)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("retired", equalTo(true));
        catalogue
                .asPersona("counsellor")
                .body(BookingResourceTests.booking(
                        catalogue.otherResourceId,
                        catalogue.productId,
                        BookingResourceTests.at(0, "09:00"),
                        "other-" + catalogue.suffix,
                        null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(409)
                .body("code", equalTo("retired"))
                .body("errors[0].field", equalTo("resourceId"));
        List<String> resources = catalogue
                .asAdministrator()
                .get("/api/v1/resources")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(resources).contains(catalogue.resourceId).doesNotContain(catalogue.otherResourceId);
        List<String> all = catalogue
                .asAdministrator()
                .queryParam("includeRetired", true)
                .get("/api/v1/resources")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(all).contains(catalogue.otherResourceId);

        // no new entry of a retired type; the booking made before keeps its professional
        catalogue
                .asAdministrator()
                .delete("/api/v1/calendar-entry-types/" + catalogue.nonBlockingType())
                .then()
                .statusCode(200)
                .body("retired", equalTo(true));
        catalogue
                .asProfessional()
                .body("{\"entryType\":\"" + catalogue.nonBlockingType() + "\",\"start\":\""
                        + BookingResourceTests.at(3, "13:00") + "\",\"end\":\"" + BookingResourceTests.at(3, "14:00")
                        + "\"}")
                .post("/api/v1/calendars/" + catalogue.resourceId + "/entries")
                .then()
                .statusCode(409)
                .body("code", equalTo("retired"))
                .body("errors[0].field", equalTo("entryType"));
        catalogue
                .asPersona("counsellor")
                .get("/api/v1/bookings/" + booking)
                .then()
                .statusCode(200)
                .body("resourceId", equalTo(catalogue.resourceId));
    }

    @Test
    void whatNothingInUseDependsOnIsRetiredAndThenNamedByNothingNew() {
        String task = JsonPath.from(catalogue
                        .asAdministrator()
                        .body("{\"code\":\"RT" + catalogue.suffix + "\",\"name\":{\"fi\":\"Lakkautettava\"}}")
                        .post("/api/v1/service-tasks")
                        .then()
                        .statusCode(201)
                        .extract()
                        .asString())
                .getString("id");
        String service = JsonPath.from(catalogue
                        .asAdministrator()
                        .body("{\"code\":\"RS" + catalogue.suffix + "\",\"serviceTaskId\":\"" + task
                                + "\",\"name\":{\"fi\":\"Lakkautettava palvelu\"}}")
                        .post("/api/v1/social-services")
                        .then()
                        .statusCode(201)
                        .extract()
                        .asString())
                .getString("id");
        catalogue
                .asAdministrator()
                .delete("/api/v1/service-tasks/" + task)
                .then()
                .statusCode(409)
                .body("code", equalTo("in-use"))
                .body("detail", containsString("RS" + catalogue.suffix));
        catalogue
                .asAdministrator()
                .header("If-Match", "\"0\"")
                .delete("/api/v1/social-services/" + service)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("retired", equalTo(true));
        catalogue
                .asAdministrator()
                .delete("/api/v1/service-tasks/" + task)
                .then()
                .statusCode(200)
                .body("retired", equalTo(true));
        catalogue
                .asAdministrator()
                .body("{\"code\":\"RS2" + catalogue.suffix + "\",\"serviceTaskId\":\"" + task
                        + "\",\"name\":{\"fi\":\"Uusi\"}}")
                .post("/api/v1/social-services")
                .then()
                .statusCode(409)
                .body("code", equalTo("retired"))
                .body("errors[0].field", equalTo("serviceTaskId"));
        catalogue
                .asAdministrator()
                .body(catalogue.product("RP" + catalogue.suffix, 60, 1).replace(catalogue.socialServiceId, service))
                .post("/api/v1/bookable-products")
                .then()
                .statusCode(409)
                .body("code", equalTo("retired"))
                .body("errors[0].field", equalTo("socialServiceId"));

        catalogue
                .asAdministrator()
                .body("{\"code\":\"RM" + catalogue.suffix + "\",\"name\":{\"fi\":\"Faksi\"},\"remote\":true}")
                .post("/api/v1/contact-modes")
                .then()
                .statusCode(201);
        catalogue
                .asAdministrator()
                .delete("/api/v1/contact-modes/RM" + catalogue.suffix)
                .then()
                .statusCode(200)
                .body("retired", equalTo(true));
        List<String> modes = catalogue
                .asPersona("counsellor")
                .get("/api/v1/contact-modes")
                .then()
                .statusCode(200)
                .extract()
                .path("items.code");
        assertThat(modes).contains(catalogue.contactMode()).doesNotContain("RM" + catalogue.suffix);
        String point = JsonPath.from(catalogue
                        .asAdministrator()
                        .body(servicePoint("Satamakatu 1"))
                        .post("/api/v1/service-points")
                        .then()
                        .statusCode(201)
                        .extract()
                        .asString())
                .getString("id");
        catalogue
                .asAdministrator()
                .delete("/api/v1/service-points/" + point)
                .then()
                .statusCode(200)
                .body("retired", equalTo(true));
        catalogue
                .asAdministrator()
                .body(catalogue
                        .resource("Uusi " + catalogue.suffix, "new-" + catalogue.suffix)
                        .replace("\"team\"", "\"servicePointIds\":[\"" + point + "\"],\"team\""))
                .post("/api/v1/resources")
                .then()
                .statusCode(409)
                .body("code", equalTo("retired"))
                .body("errors[0].field", equalTo("servicePointIds"));
    }

    @Test
    void ofTwoChangesFromOneReadingAtTheSameMomentExactlyOneIsKept() throws Exception {
        String point = JsonPath.from(catalogue
                        .asAdministrator()
                        .body(servicePoint("Kirkkokatu 2"))
                        .post("/api/v1/service-points")
                        .then()
                        .statusCode(201)
                        .extract()
                        .asString())
                .getString("id");
        int writers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String street = "Kirkkokatu " + (10 + i);
            answers.add(pool.submit(() -> {
                start.await();
                return catalogue
                        .asAdministrator()
                        .header("If-Match", "\"0\"")
                        .body(servicePoint(street))
                        .put("/api/v1/service-points/" + point)
                        .then()
                        .extract()
                        .statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(200, 412);
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        JsonPath changes = JsonPath.from(catalogue
                .asAdministrator()
                .queryParam("entity", "service-points")
                .queryParam("key", point)
                .get("/api/v1/catalogue-changes")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(changes.getList("items")).hasSize(1);
        catalogue
                .asAdministrator()
                .get("/api/v1/service-points/" + point)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1));
    }

    private String servicePoint(String street) {
        return "{\"code\":\"SP" + catalogue.suffix + "\",\"name\":{\"fi\":\"Perheneuvola\"},"
                + "\"address\":{\"street\":\"" + street + "\",\"postalCode\":\"48100\",\"postOffice\":\"Kotka\"}}";
    }
}
