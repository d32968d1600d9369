package fi.sote.booking.adapters.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import fi.sote.booking.adapters.CatalogueFixture;
import fi.sote.booking.adapters.security.LocalTokens;

/**
 * Keeping a bookable product over HTTP against the service and its PostgreSQL: a change over the version read, the
 * record of who changed what, retiring it, and what a retired product still is for the bookings made of it.
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
}
