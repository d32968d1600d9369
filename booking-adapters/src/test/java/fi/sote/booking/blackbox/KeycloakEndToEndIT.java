package fi.sote.booking.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.sote.booking.adapters.platform.EmbeddedDatabase;

/**
 * The packaged service in the oidc security mode against a real Keycloak with the realm of
 * {@code deploy/keycloak}: tokens from the password grant (people) and the client-credentials grant
 * (the regional integration), verified by the OIDC extension through Keycloak's keys. Roles,
 * tenant isolation, integration scopes and a client's own bookings, end to end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeycloakEndToEndIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private Path directory;
    private KeycloakServer keycloak;
    private PackagedService service;
    /** Where a county's own web server serves the pages built as static files: an origin the API lets in. */
    private int sitePort;

    @BeforeAll
    void start() throws Exception {
        directory = Files.createTempDirectory("keycloak-e2e");
        keycloak = new KeycloakServer(directory);
        service = new PackagedService(directory.resolve("service"));
        sitePort = PackagedService.freePort();
        service.start(
                1,
                Map.of(
                        "QUARKUS_OIDC_AUTH_SERVER_URL",
                        keycloak.issuer(),
                        "QUARKUS_OIDC_CLIENT_ID",
                        "booking-api",
                        "BOOKING_CLIENT_IDENTITY_KEY",
                        Base64.getEncoder().encodeToString(new byte[32]),
                        "BOOKING_CORS_ORIGINS",
                        "http://localhost:" + sitePort));
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (service != null) {
                service.stop();
            }
        } finally {
            if (keycloak != null) {
                keycloak.close();
            }
            EmbeddedDatabase.deleteDirectory(directory);
        }
    }

    @Test
    void rolesComeFromKeycloakTokensAndEachOrganisationSeesOnlyItsOwn() throws Exception {
        JsonNode me = json(ok(service.get("/api/v1/me", keycloak.userToken("professional"))));
        assertThat(me.get("securityMode").asText()).isEqualTo("oidc");
        assertThat(me.get("organisation").asText()).isEqualTo("kymenlaakso-demo");
        assertThat(me.get("roles").toString()).isEqualTo("[\"professional\"]");

        assertThat(service.get("/api/v1/me", null).statusCode()).isEqualTo(401);
        assertThat(service.get("/api/v1/me", "not.a.token").statusCode()).isEqualTo(401);
        String task = "{\"code\":\"E2E_TASK\",\"name\":{\"fi\":\"Aikuissosiaalityö\"}}";
        assertThat(service.post("/api/v1/service-tasks", keycloak.userToken("professional"), task)
                        .statusCode())
                .isEqualTo(403);
        String id = json(created(service.post("/api/v1/service-tasks", keycloak.userToken("administrator"), task)))
                .get("id")
                .asText();

        String other = keycloak.userToken("other-organisation-administrator");
        assertThat(service.get("/api/v1/service-tasks/" + id, other).statusCode())
                .isEqualTo(404);
        assertThat(json(ok(service.get("/api/v1/service-tasks", other)))
                        .get("items")
                        .toString())
                .doesNotContain(id);
        assertThat(service.get("/api/v1/service-tasks/" + id, keycloak.userToken("counsellor"))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void theWebPagesSignInAtKeycloakWithPkceAndReadTheApiWithTheToken() throws Exception {
        JsonNode configuration = json(service.sendOutsideContract(
                        service.request("/web/config.json", null).GET())
                .body());
        assertThat(configuration.get("signIn").asText()).isEqualTo("oidc");
        assertThat(configuration.get("issuer").asText()).isEqualTo(keycloak.issuer());
        assertThat(configuration.get("clientId").asText()).isEqualTo("booking-frontend");
        assertThat(configuration.fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder("signIn", "api", "issuer", "clientId");
        assertThat(service.sendOutsideContract(
                                service.request("/web/local/personas", null).GET())
                        .statusCode())
                .as("no demo personas outside the local mode")
                .isEqualTo(404);

        String report = BrowserCheck.run(
                WebPagesIT.BROWSER_TEST,
                directory.resolve("oidc-sign-in.txt"),
                "oidc-sign-in",
                service.baseUrl() + "/web/",
                "counsellor",
                keycloak.password("counsellor"));

        assertThat(report)
                .contains("ok  the provider's sign-in form, asked with a S256 code challenge")
                .contains("The oidc sign-in passed.");
    }

    @Test
    void thePagesBuiltAsStaticFilesSignInFromTheirOwnOriginAndCallTheApiAcrossOrigins() throws Exception {
        Path site = directory.resolve("site");
        Path build =
                WebPagesIT.BROWSER_TEST.toAbsolutePath().getParent().getParent().resolve("build.sh");
        BrowserCheck.run(build, directory.resolve("build.txt"), site.toString(), "--static");
        Files.writeString(
                site.resolve("config.json"),
                "{\"signIn\":\"oidc\",\"api\":\"" + service.baseUrl() + "\",\"issuer\":\"" + keycloak.issuer()
                        + "\",\"clientId\":\"booking-frontend\"}");

        try (StaticSite server = new StaticSite(site, sitePort)) {
            String report = BrowserCheck.run(
                    WebPagesIT.BROWSER_TEST,
                    directory.resolve("static-sign-in.txt"),
                    "oidc-sign-in",
                    server.baseUrl(),
                    "counsellor",
                    keycloak.password("counsellor"));

            assertThat(report).contains("The oidc sign-in passed.");
        }
    }

    @Test
    void aClientBooksAndSeesOnlyTheirOwnAndTheIntegrationDoesWhatItsScopesAllow() throws Exception {
        String admin = keycloak.userToken("administrator");
        String professional = keycloak.userToken("professional");
        String professionalSubject =
                json(ok(service.get("/api/v1/me", professional))).get("subject").asText();
        String taskId = id(created(service.post(
                "/api/v1/service-tasks",
                admin,
                "{\"code\":\"E2E_FAMILY\",\"name\":{\"fi\":\"Lapsiperheiden palvelut\"}}")));
        String serviceId = id(created(service.post(
                "/api/v1/social-services",
                admin,
                "{\"code\":\"E2E_COUNSEL\"," + "\"serviceTaskId\":\"" + taskId
                        + "\",\"name\":{\"fi\":\"Perheneuvola\"}}")));
        created(service.post(
                "/api/v1/contact-modes",
                admin,
                "{\"code\":\"E2E_VISIT\",\"name\":{\"fi\":\"Käynti\"}," + "\"remote\":false}"));
        String productId = id(created(service.post(
                "/api/v1/bookable-products",
                admin,
                "{\"code\":\"E2E_FIRST\","
                        + "\"socialServiceId\":\"" + serviceId
                        + "\",\"name\":{\"fi\":\"Ensikäynti\"},\"durationMinutes\":60,"
                        + "\"contactModes\":[\"E2E_VISIT\"],\"capacity\":1,"
                        + "\"channels\":[\"PROFESSIONAL\",\"COUNSELLING\",\"CLIENT_SELF_SERVICE\",\"INTEGRATION\"],"
                        + "\"selfService\":{\"minimumNoticeMinutes\":1440,\"horizonDays\":60,\"changeDeadlineMinutes\":1440},"
                        + "\"bufferAfterMinutes\":15,\"guidance\":{\"fi\":\"Tervetuloa\"}}")));
        String resourceId = id(created(service.post(
                "/api/v1/resources",
                admin,
                "{\"kind\":\"PROFESSIONAL\","
                        + "\"name\":\"Pekka Sosiaaliohjaaja\",\"title\":\"sosiaaliohjaaja\",\"subject\":\""
                        + professionalSubject
                        + "\",\"socialServiceIds\":[\"" + serviceId + "\"],\"languages\":[\"fi\"],\"team\":\"E2E\"}")));
        LocalDate day = LocalDate.now(HELSINKI).plusDays(7);
        created(service.post(
                "/api/v1/calendars/" + resourceId + "/releases/one-off",
                professional,
                "{\"start\":\"" + at(day, "09:00") + "\",\"end\":\"" + at(day, "12:00")
                        + "\",\"terms\":{\"productIds\":[\"" + productId
                        + "\"],\"channels\":[\"CLIENT_SELF_SERVICE\",\"INTEGRATION\"]}}"));

        String client = keycloak.userToken("client");
        JsonNode booked = json(created(
                service.post("/api/v1/bookings", client, booking(resourceId, productId, at(day, "09:00"), null))));
        String bookingId = booked.get("id").asText();
        String clientSubject = booked.get("client").asText();
        assertThat(booked.get("channel").asText()).isEqualTo("CLIENT_SELF_SERVICE");
        assertThat(json(ok(service.get("/api/v1/bookings", client)))
                        .get("items")
                        .get(0)
                        .get("id")
                        .asText())
                .isEqualTo(bookingId);
        String otherClient = keycloak.userToken("client-2");
        assertThat(service.get("/api/v1/bookings/" + bookingId, otherClient).statusCode())
                .isEqualTo(404);
        assertThat(json(ok(service.get("/api/v1/bookings", otherClient)))
                        .get("items")
                        .size())
                .isZero();

        String reader = keycloak.integrationToken(null);
        assertThat(json(ok(service.get("/api/v1/bookings/" + bookingId, reader)))
                        .get("client")
                        .asText())
                .isEqualTo(clientSubject);
        String integrationBooking = booking(
                resourceId,
                productId,
                at(day, "10:15"),
                "\"client\":\"regional-client-1\"," + "\"channel\":\"INTEGRATION\"");
        HttpResponse<String> refused = service.post("/api/v1/bookings", reader, integrationBooking);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(refused.body()).contains("bookings.write");
        String writer = keycloak.integrationToken("bookings.write");
        assertThat(json(created(service.post("/api/v1/bookings", writer, integrationBooking)))
                        .get("bookedBy")
                        .asText())
                .isNotBlank();

        String today = LocalDate.now(HELSINKI).toString();
        JsonNode extract = json(ok(service.post(
                "/api/v1/audit/client-extracts",
                keycloak.userToken("auditor"),
                "{\"clientReference\":\"" + clientSubject + "\",\"from\":\"" + today + "\",\"to\":\"" + today
                        + "\"}")));
        assertThat(extract.get("entries").toString())
                .contains(
                        "\"kind\":\"DISCLOSURE\"",
                        "\"recipient\":\"regional-integration\"",
                        "\"operation\":\"getBooking\"");
        JsonNode verification = json(ok(service.get("/api/v1/audit/verification", keycloak.userToken("auditor"))));
        assertThat(verification.get("intact").asBoolean()).isTrue();
    }

    private static String booking(String resource, String product, String start, String extra) {
        return "{\"resourceId\":\"" + resource + "\",\"productId\":\"" + product + "\",\"start\":\"" + start + "\""
                + (extra == null ? "" : "," + extra) + "}";
    }

    private static String at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(HELSINKI).toInstant().toString();
    }

    private static String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static String created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.body();
    }

    private static String id(String body) throws Exception {
        return json(body).get("id").asText();
    }

    private static JsonNode json(String body) throws Exception {
        return JSON.readTree(body);
    }
}
