package fi.sote.booking.adapters.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

import fi.sote.booking.adapters.CatalogueFixture;
import fi.sote.booking.adapters.security.DemoPersona;
import fi.sote.booking.adapters.security.IntegrationScopes;
import fi.sote.booking.adapters.security.LocalTokens;
import fi.sote.booking.adapters.security.Roles;

/**
 * What the client-record system tells through the client-record port: non-disclosure for personal
 * safety (turvakielto) hides contact details from all but the client and the professional who meets
 * them, and never lets them out through an integration; custody lets a guardian book and see their
 * child's times.
 */
@QuarkusTest
class ClientRecordTests {

    private static final String PHONE = "040 123 4567";

    @Inject
    LocalTokens tokens;

    private CatalogueFixture catalogue;

    @BeforeEach
    void setUp() {
        catalogue = BookingResourceTests.releasedCatalogue(tokens);
    }

    @Test
    void underNonDisclosureOnlyTheClientAndTheProfessionalWhoMeetsThemSeeTheContactDetails() {
        String client = "protected-" + catalogue.suffix;
        record(client, true, null);
        String id = catalogue
                .asPersona("counsellor")
                .body(BookingResourceTests.booking(
                        catalogue.resourceId, catalogue.productId, BookingResourceTests.at(0, "09:00"), client, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        catalogue
                .asProfessional()
                .get("/api/v1/bookings/" + id)
                .then()
                .statusCode(200)
                .body("clientContact.phone", equalTo(PHONE))
                .body("clientContact.address.postalCode", equalTo("48100"))
                .body("clientContactWithheld", equalTo(false));
        for (RequestSpecification other : new RequestSpecification[] {
            catalogue.asSupervisor(),
            catalogue.asPersona("counsellor"),
            catalogue.asIntegration("system-" + catalogue.suffix, IntegrationScopes.BOOKINGS_READ)
        }) {
            String body = other.get("/api/v1/bookings/" + id)
                    .then()
                    .statusCode(200)
                    .body("client", equalTo(client))
                    .body("clientContact", nullValue())
                    .body("clientContactWithheld", equalTo(true))
                    .extract()
                    .asString();
            assertThat(body).doesNotContain(PHONE).doesNotContain("Kotkankatu");
        }

        // another organisation's client-record system writes its own record of the same reference, not this one
        RestAssured.given()
                .auth()
                .oauth2(tokens.issue(
                        "other-system",
                        "other-system",
                        DemoPersona.OTHER_ORGANISATION,
                        Set.of(Roles.INTEGRATION),
                        Set.of(IntegrationScopes.CLIENT_RECORDS_WRITE),
                        Duration.ofMinutes(5)))
                .contentType("application/json")
                .body("{\"nonDisclosure\":false,\"phone\":\"000\"}")
                .put("/api/v1/client-records/" + client)
                .then()
                .statusCode(204);
        catalogue
                .asSupervisor()
                .get("/api/v1/bookings/" + id)
                .then()
                .statusCode(200)
                .body("clientContactWithheld", equalTo(true));
    }

    @Test
    void withoutNonDisclosureThoseEntitledToTheClientSeeHowToReachThem() {
        String client = "reachable-" + catalogue.suffix;
        record(client, false, null);
        String id = catalogue
                .asPersona("counsellor")
                .body(BookingResourceTests.booking(
                        catalogue.resourceId, catalogue.productId, BookingResourceTests.at(0, "09:00"), client, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        catalogue
                .asPersona("counsellor")
                .get("/api/v1/bookings/" + id)
                .then()
                .statusCode(200)
                .body("clientContact.phone", equalTo(PHONE))
                .body("clientContactWithheld", equalTo(false));
        catalogue
                .asIntegration("system-" + catalogue.suffix, IntegrationScopes.BOOKINGS_READ)
                .get("/api/v1/bookings/" + id)
                .then()
                .statusCode(200)
                .body("clientContact.name", equalTo("Asiakas"));
    }

    @Test
    void aGuardianBooksAndSeesTheirChildsTimesAndNobodyElseDoes() {
        String parent = "parent-" + catalogue.suffix;
        String child = "child-" + catalogue.suffix;
        record(child, false, parent);
        String id = catalogue
                .as(parent, Roles.CLIENT)
                .body(BookingResourceTests.booking(
                        catalogue.resourceId, catalogue.productId, BookingResourceTests.at(2, "09:00"), child, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(201)
                .body("client", equalTo(child))
                .body("channel", equalTo("CLIENT_SELF_SERVICE"))
                .extract()
                .path("id");
        catalogue.as(parent, Roles.CLIENT).get("/api/v1/bookings/" + id).then().statusCode(200);
        catalogue
                .as(parent, Roles.CLIENT)
                .queryParam("client", child)
                .get("/api/v1/bookings")
                .then()
                .statusCode(200)
                .body("items", hasSize(1));

        String stranger = "stranger-" + catalogue.suffix;
        catalogue
                .as(stranger, Roles.CLIENT)
                .body(BookingResourceTests.booking(
                        catalogue.resourceId, catalogue.productId, BookingResourceTests.at(2, "10:15"), child, null))
                .post("/api/v1/bookings")
                .then()
                .statusCode(403)
                .body("errors[0].field", equalTo("client"));
        catalogue
                .as(stranger, Roles.CLIENT)
                .get("/api/v1/bookings/" + id)
                .then()
                .statusCode(404);
        catalogue
                .as(stranger, Roles.CLIENT)
                .queryParam("client", child)
                .get("/api/v1/bookings")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void theReferenceIsNeverAPersonalIdentityCodeAndOnlyTheClientRecordScopeWrites() {
        catalogue
                .asIntegration("system-" + catalogue.suffix, IntegrationScopes.CLIENT_RECORDS_WRITE)
                .body("{\"nonDisclosure\":false}")
                .put("/api/v1/client-records/131052-308T")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reference"));
        catalogue
                .asIntegration("system-" + catalogue.suffix, IntegrationScopes.BOOKINGS_WRITE)
                .body("{\"nonDisclosure\":false}")
                .put("/api/v1/client-records/someone-" + catalogue.suffix)
                .then()
                .statusCode(403);
    }

    private void record(String client, boolean nonDisclosure, String guardian) {
        catalogue
                .asIntegration("client-records-" + catalogue.suffix, IntegrationScopes.CLIENT_RECORDS_WRITE)
                .body("{\"name\":\"Asiakas\",\"phone\":\"" + PHONE + "\",\"address\":{\"street\":\"Kotkankatu 1\","
                        + "\"postalCode\":\"48100\",\"postOffice\":\"Kotka\"},\"nonDisclosure\":" + nonDisclosure
                        + (guardian == null ? "" : ",\"guardians\":[\"" + guardian + "\"]") + "}")
                .put("/api/v1/client-records/" + client)
                .then()
                .statusCode(204);
    }
}
