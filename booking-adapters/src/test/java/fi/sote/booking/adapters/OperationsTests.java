package fi.sote.booking.adapters;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

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

    @Test
    void aRequestLineOrHeaderTheServiceCannotReadIsRefusedAsAProblemNamingWhatIsWrong() throws Exception {
        String me = "/api/v1/me";
        String bearer = "Bearer " + tokens.issue(DemoPersona.named("counsellor"));
        assertRefused(raw("GET " + me + " HTTP/1.1", "Authorization: " + bearer), 200, null, null);

        assertRefused(
                raw("GET /api/v1/slots?from=50%zz&to=x HTTP/1.1", "Authorization: " + bearer),
                400,
                "validation",
                "from");
        assertRefused(raw("GET /api/v1/slots?% HTTP/1.1", "Authorization: " + bearer), 400, "validation", "query");
        assertRefused(raw("GET /api/v1/bookings/%zz HTTP/1.1", "Authorization: " + bearer), 400, "validation", "path");
        assertRefused(raw("GET " + me + "?a=\u0001 HTTP/1.1", "Authorization: " + bearer), 400, "validation", "a");
        assertRefused(
                raw("GET " + me + " HTTP/1.1", "Authorization: " + bearer, "Purpose-Of-Use: a\u0001b"),
                400,
                "validation",
                "Purpose-Of-Use");
        assertRefused(
                raw("GET " + me + " HTTP/1.1", "Authorization: " + bearer, "Bad(name): 1"),
                400,
                "validation",
                "Bad(name)");

        // the service's limits (8 KiB of request line, 20 KiB of headers) answer as problems
        assertRefused(
                raw("GET " + me + "?q=" + "x".repeat(9_000) + " HTTP/1.1", "Authorization: " + bearer),
                414,
                "uri-too-long",
                null);
        assertRefused(
                raw("GET " + me + " HTTP/1.1", "Authorization: " + bearer, "X-Padding: " + "x".repeat(21_000)),
                431,
                "headers-too-large",
                null);
        assertRefused(
                raw("GET " + me + "?q=" + "x".repeat(7_000) + " HTTP/1.1", "Authorization: " + bearer),
                200,
                null,
                null);
    }

    /** Asserts the answer's status and, for a problem, its code and the field it names (if any). */
    private static void assertRefused(String answer, int status, String code, String field) {
        assertThat(answer).as(answer).startsWith("HTTP/1.1 " + status + " ");
        if (code != null) {
            assertThat(answer.toLowerCase(Locale.ROOT)).contains("content-type: application/problem+json");
            assertThat(answer).contains("\"code\":\"" + code + "\"");
        }
        if (field != null) {
            assertThat(answer).contains("\"field\":\"" + field + "\"");
        }
    }

    /** One request written byte for byte as given (no client would send it), and the whole answer. */
    private String raw(String requestLine, String... headers) throws Exception {
        URI base = URI.create(baseUrl);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            StringBuilder head = new StringBuilder(requestLine).append("\r\nHost: localhost\r\n");
            for (String header : headers) {
                head.append(header).append("\r\n");
            }
            head.append("Connection: close\r\n\r\n");
            socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
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
