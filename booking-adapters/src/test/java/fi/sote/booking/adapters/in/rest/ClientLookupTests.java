package fi.sote.booking.adapters.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import fi.sote.booking.adapters.AuditRows;
import fi.sote.booking.adapters.CatalogueFixture;
import fi.sote.booking.adapters.ClientRecordServer;
import fi.sote.booking.adapters.in.schedule.AuditSealer;
import fi.sote.booking.adapters.security.LocalTokens;
import fi.sote.booking.adapters.security.Roles;

/**
 * Looking a client up in the client-record system over real HTTP: the service signs in to it with client
 * credentials, names the organisation, sends a personal identity code only in a body, keeps an answer for a short
 * while, and when the system is down answers from the record the system sent last.
 */
@QuarkusTest
@QuarkusTestResource(ClientRecordServer.class)
class ClientLookupTests {

    @Inject
    LocalTokens tokens;

    @Inject
    DataSource dataSource;

    @Inject
    AuditSealer sealer;

    private CatalogueFixture catalogue;

    @BeforeEach
    void setUp() {
        catalogue = new CatalogueFixture(tokens);
        ClientRecordServer.down(false);
    }

    @AfterEach
    void upAgain() {
        ClientRecordServer.down(false);
    }

    private RequestSpecification counsellor() {
        return catalogue.asPersona("counsellor");
    }

    private static String record(String reference, String phone, boolean nonDisclosure) {
        return "{\"reference\":\"" + reference + "\",\"name\":\"Maija Meikäläinen\",\"phone\":\"" + phone
                + "\",\"email\":\"maija@example.fi\",\"address\":{\"street\":\"Keskuskatu 20\",\"postalCode\":\"48100\","
                + "\"postOffice\":\"Kotka\"},\"nonDisclosure\":" + nonDisclosure + ",\"guardians\":[]}";
    }

    @Test
    void aCounsellorFindsTheClientInTheSystemWhichIsAskedOnceWhileTheAnswerIsKept() throws Exception {
        String reference = "ASIAKAS-L" + catalogue.suffix;
        ClientRecordServer.knows(reference, null, record(reference, "040 123 4567", false));
        int before = ClientRecordServer.requests().size();

        for (int time = 0; time < 2; time++) {
            counsellor()
                    .body("{\"client\":\"" + reference + "\"}")
                    .post("/api/v1/client-lookups")
                    .then()
                    .statusCode(200)
                    .body("reference", equalTo(reference))
                    .body("name", equalTo("Maija Meikäläinen"))
                    .body("phone", equalTo("040 123 4567"))
                    .body("address.postalCode", equalTo("48100"))
                    .body("source", equalTo("CLIENT_RECORD_SYSTEM"))
                    .body("systemDown", equalTo(false));
        }

        List<String> sent = ClientRecordServer.requests()
                .subList(before, ClientRecordServer.requests().size());
        assertThat(sent)
                .as("asked once, with the organisation and a client-credentials token")
                .singleElement()
                .asString()
                .startsWith("GET /vendor/clients/" + reference + " kymenlaakso-demo Bearer vendor-token-");
        assertThat(AuditRows.of(dataSource, sealer, reference, null, "operation", "array_to_string(records, ' ')"))
                .as("each lookup showed the client, the one answered from what was kept too")
                .containsExactly("lookUpClient client-record:" + reference, "lookUpClient client-record:" + reference);
    }

    @Test
    void byPersonalIdentityCodeTheCodeTravelsOnlyInTheBodyAndTurvakieltoHidesTheContact() {
        String reference = "ASIAKAS-T" + catalogue.suffix;
        String code = "260403A936Y";
        ClientRecordServer.knows(reference, code, record(reference, "040 765 4321", true));

        counsellor()
                .body("{\"clientPersonalIdentityCode\":\"" + code + "\"}")
                .post("/api/v1/client-lookups")
                .then()
                .statusCode(200)
                .body("reference", equalTo(reference))
                .body("nonDisclosure", equalTo(true))
                .body("phone", nullValue())
                .body("email", nullValue())
                .body("address", nullValue());
        assertThat(ClientRecordServer.requests()).noneMatch(request -> request.contains(code));
    }

    @Test
    void whenTheSystemIsDownTheRecordItSentLastAnswers() {
        String reference = "ASIAKAS-D" + catalogue.suffix;
        catalogue
                .asIntegration("client-record-system", "client-records.write")
                .body(
                        "{\"name\":\"Matti\",\"phone\":\"040 555\",\"nonDisclosure\":false,\"guardians\":[\"HUOLTAJA-1\"]}")
                .put("/api/v1/client-records/" + reference)
                .then()
                .statusCode(204);
        ClientRecordServer.down(true);

        counsellor()
                .body("{\"client\":\"" + reference + "\"}")
                .post("/api/v1/client-lookups")
                .then()
                .statusCode(200)
                .body("name", equalTo("Matti"))
                .body("phone", equalTo("040 555"))
                .body("guardians", contains("HUOLTAJA-1"))
                .body("source", equalTo("RECEIVED_RECORDS"))
                .body("systemDown", equalTo(true));
        counsellor()
                .body("{\"client\":\"NOBODY-" + catalogue.suffix + "\"}")
                .post("/api/v1/client-lookups")
                .then()
                .statusCode(404);
    }

    @Test
    void onlyStaffLookUpAndOneWayOfNamingTheClientIsGiven() {
        catalogue
                .as("client-" + catalogue.suffix, Roles.CLIENT)
                .body("{\"client\":\"ASIAKAS-1\"}")
                .post("/api/v1/client-lookups")
                .then()
                .statusCode(403);
        counsellor()
                .body("{\"client\":\"ASIAKAS-1\",\"clientPersonalIdentityCode\":\"260403A936Y\"}")
                .post("/api/v1/client-lookups")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("client"));
        counsellor()
                .body("{\"clientPersonalIdentityCode\":\"260403A936U\"}")
                .post("/api/v1/client-lookups")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("clientPersonalIdentityCode"));
    }
}
