package fi.sote.booking.adapters.in.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import jakarta.inject.Inject;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import fi.sote.booking.adapters.CatalogueFixture;
import fi.sote.booking.adapters.security.LocalTokens;

@QuarkusTest
class CatalogueResourceTests {

    @Inject
    LocalTokens tokens;

    private CatalogueFixture catalogue;

    @BeforeEach
    void setUp() {
        catalogue = new CatalogueFixture(tokens).create();
    }

    @Test
    void everyCatalogueItemIsListedAndReadableInItsOrganisation() {
        catalogue
                .asPersona("counsellor")
                .get("/api/v1/social-services/" + catalogue.socialServiceId)
                .then()
                .statusCode(200)
                .body("name.sv", equalTo("Familjerådgivning"));
        catalogue
                .asPersona("client")
                .get("/api/v1/bookable-products/" + catalogue.productId)
                .then()
                .statusCode(200)
                .body("durationMinutes", equalTo(60))
                .body("selfService.horizonDays", equalTo(60))
                .body("bufferAfterMinutes", equalTo(15))
                .body("guidance.en", equalTo("Welcome"));
        catalogue
                .asPersona("professional")
                .get("/api/v1/resources/" + catalogue.resourceId)
                .then()
                .statusCode(200)
                .body("languages", Matchers.containsInAnyOrder("fi", "sv"));
        catalogue
                .asPersona("professional")
                .get("/api/v1/contact-modes")
                .then()
                .statusCode(200)
                .body("items.code", hasItem(catalogue.contactMode()));
        catalogue
                .asPersona("professional")
                .get("/api/v1/calendar-entry-types")
                .then()
                .statusCode(200)
                .body("items.code", hasItem(catalogue.blockingType()));
        catalogue
                .asPersona("professional")
                .get("/api/v1/bookable-products")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(catalogue.productId));
    }

    @Test
    void anotherOrganisationNeitherSeesNorReachesTheCatalogue() {
        catalogue
                .asPersona("other-organisation-administrator")
                .get("/api/v1/bookable-products/" + catalogue.productId)
                .then()
                .statusCode(404);
        catalogue
                .asPersona("other-organisation-administrator")
                .get("/api/v1/resources")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(catalogue.resourceId)));
    }

    @Test
    void aServicePointKeepsItsAddressAreaAndOpeningHours() {
        String id = catalogue
                .asAdministrator()
                .body("{\"code\":\"SP" + catalogue.suffix + "\",\"name\":{\"fi\":\"Kotkan toimipiste\"},"
                        + "\"address\":{\"street\":\"Keskuskatu 20\",\"postalCode\":\"48100\",\"postOffice\":\"Kotka\"},"
                        + "\"openingHours\":[{\"day\":\"MONDAY\",\"opens\":\"08:00\",\"closes\":\"16:00\"}]}")
                .post("/api/v1/service-points")
                .then()
                .statusCode(201)
                .body("area", equalTo("48100"))
                .body("openingHours[0].day", equalTo("MONDAY"))
                .body("openingHours[0].closes", equalTo("16:00:00"))
                .extract()
                .path("id");

        catalogue
                .asPersona("client")
                .get("/api/v1/service-points/" + id)
                .then()
                .statusCode(200)
                .body("address.postOffice", equalTo("Kotka"));
        catalogue
                .asPersona("counsellor")
                .get("/api/v1/service-points")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        catalogue
                .asPersona("other-organisation-administrator")
                .get("/api/v1/service-points/" + id)
                .then()
                .statusCode(404);
        catalogue
                .asAdministrator()
                .body("{\"code\":\"SQ" + catalogue.suffix + "\",\"name\":{\"fi\":\"x\"},"
                        + "\"address\":{\"street\":\"Katu 1\",\"postalCode\":\"481\",\"postOffice\":\"Kotka\"}}")
                .post("/api/v1/service-points")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("address.postalCode"));
    }

    @Test
    void referencesToThingsTheOrganisationDoesNotHaveAreNamed() {
        catalogue
                .asAdministrator()
                .body("{\"code\":\"X" + catalogue.suffix + "\",\"serviceTaskId\":\"" + UUID.randomUUID()
                        + "\",\"name\":{\"fi\":\"x\"}}")
                .post("/api/v1/social-services")
                .then()
                .statusCode(400)
                .body("code", equalTo("unknown-reference"))
                .body("errors[0].field", equalTo("serviceTaskId"));
        catalogue
                .asAdministrator()
                .body("{\"code\":\"Y" + catalogue.suffix + "\",\"socialServiceId\":\"" + catalogue.socialServiceId
                        + "\",\"name\":{\"fi\":\"x\"},\"durationMinutes\":60,\"contactModes\":[\"TELEPATHY\"],\"capacity\":1,"
                        + "\"channels\":[\"PROFESSIONAL\"],\"selfService\":{\"minimumNoticeMinutes\":0,\"horizonDays\":30,"
                        + "\"changeDeadlineMinutes\":0},\"guidance\":{\"fi\":\"x\"}}")
                .post("/api/v1/bookable-products")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("contactModes"));
    }

    @Test
    void productRulesAreCheckedAndAnUnknownChannelIsNamed() {
        String base = "{\"code\":\"Z" + catalogue.suffix + "\",\"socialServiceId\":\"" + catalogue.socialServiceId
                + "\",\"name\":{\"fi\":\"x\"},\"contactModes\":[\"" + catalogue.contactMode() + "\"],\"capacity\":1,"
                + "\"selfService\":{\"minimumNoticeMinutes\":0,\"horizonDays\":30,\"changeDeadlineMinutes\":0},"
                + "\"guidance\":{\"fi\":\"x\"},";
        catalogue
                .asAdministrator()
                .body(base + "\"durationMinutes\":0,\"channels\":[\"PROFESSIONAL\"]}")
                .post("/api/v1/bookable-products")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("durationMinutes"));
        catalogue
                .asAdministrator()
                .body(base + "\"durationMinutes\":30,\"channels\":[\"CARRIER_PIGEON\"]}")
                .post("/api/v1/bookable-products")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("channels[0]"))
                .body("errors[0].message", Matchers.startsWith("must be one of"));
    }

    @Test
    void aSecondCalendarForTheSameSubjectIsAConflictNamingTheSubject() {
        String subject = "worker-twice-" + catalogue.suffix;
        String body = catalogue.resource("Kaksi Kertaa", subject);
        catalogue
                .asPersona("administrator")
                .body(body)
                .post("/api/v1/resources")
                .then()
                .statusCode(201);

        catalogue
                .asPersona("administrator")
                .body(body)
                .post("/api/v1/resources")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("duplicate-code"))
                .body("errors[0].field", equalTo("subject"));
    }

    @Test
    void onlyAdministratorsMaintainTheCatalogue() {
        catalogue
                .asPersona("professional")
                .body("{\"code\":\"Q\",\"name\":{\"fi\":\"x\"},\"remote\":true}")
                .post("/api/v1/contact-modes")
                .then()
                .statusCode(403);
        catalogue
                .asPersona("supervisor")
                .body("{\"kind\":\"ROOM\",\"name\":\"Huone 1\"}")
                .post("/api/v1/resources")
                .then()
                .statusCode(403);
    }
}
