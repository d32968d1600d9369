package fi.sote.booking.adapters;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import fi.sote.booking.adapters.security.DemoPersona;
import fi.sote.booking.adapters.security.LocalTokens;

@QuarkusTest
class OperationsTests {

    @Inject
    LocalTokens tokens;

    @ConfigProperty(name = "test.url")
    String baseUrl;

    @Test
    void readinessIncludesTheDatabase() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void livenessAnswersWithoutAToken() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void prometheusMetricsAskForTheTokenOfAnAdministratorOrAnIntegration() {
        Personas personas = new Personas(tokens);
        given().get("/q/metrics")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json")
                .body("code", equalTo("unauthenticated"));
        personas.as("client")
                .get("/q/metrics")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("forbidden"));
        personas.as("professional").get("/q/metrics").then().statusCode(403);

        personas.as("administrator")
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
        personas.as("integration").get("/q/metrics").then().statusCode(200);
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void aBodyOverTheLimitIsRefusedAsAProblemBeforeItIsRead() {
        String large = "{\"code\":\"" + "X".repeat(300 * 1024) + "\",\"name\":{\"fi\":\"Iso\"}}";
        new Personas(tokens)
                .as("administrator")
                .contentType("application/json")
                .body(large)
                .post("/api/v1/service-tasks")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("code", equalTo("payload-too-large"))
                .body("instance", equalTo("/api/v1/service-tasks"));
    }

    @Test
    void aChunkedBodyIsReadUpToTheLimitAndRefusedPastIt() throws Exception {
        HttpResponse<String> small = sendInChunks("{\"code\":\"CHUNKED\",\"name\":{\"fi\":\"Paloina\"}}");
        assertThat(small.statusCode()).as(small.body()).isEqualTo(201);
        assertThat(small.body()).contains("\"code\":\"CHUNKED\"");

        HttpResponse<String> response =
                sendInChunks("{\"code\":\"" + "X".repeat(300 * 1024) + "\",\"name\":{\"fi\":\"Iso\"}}");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"code\":\"payload-too-large\"");
    }

    /** Posts a service task as the administrator, the body in chunks without a declared length. */
    private HttpResponse<String> sendInChunks(String json) throws Exception {
        byte[] body = json.getBytes(StandardCharsets.US_ASCII);
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/service-tasks"))
                                .header("Authorization", "Bearer " + tokens.issue(DemoPersona.named("administrator")))
                                .header("Content-Type", "application/json")
                                // no length: sent in chunks
                                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
