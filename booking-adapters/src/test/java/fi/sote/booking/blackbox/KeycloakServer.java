package fi.sote.booking.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.sote.booking.adapters.platform.EmbeddedDatabase;

/**
 * Keycloak's server distribution (unpacked by the build from Maven Central) started on localhost in
 * development mode with the realm that {@code deploy/} uses, imported afresh at every start. Keycloak
 * needs a JDK 21 or later: {@code KEYCLOAK_JAVA_HOME}, else the running JDK when it is one, else the
 * newest one under {@code /usr/lib/jvm}.
 */
final class KeycloakServer implements AutoCloseable {

    static final Path HOME = Path.of(System.getProperty("booking.keycloak-home", "target/keycloak/keycloak"));
    static final Path REALM =
            Path.of(System.getProperty("booking.keycloak-realm", "../deploy/keycloak/booking-realm.json"));
    private static final Pattern JAVA_VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)", Pattern.MULTILINE);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private final Process process;
    private final Path log;
    private final JsonNode realm;

    KeycloakServer(Path logDirectory) throws Exception {
        assertThat(HOME.resolve("bin/kc.sh"))
                .as("the build unpacks Keycloak before the integration tests")
                .exists();
        realm = JSON.readTree(REALM.toFile());
        Path data = HOME.resolve("data");
        EmbeddedDatabase.deleteDirectory(data);
        Files.createDirectories(data.resolve("import"));
        Files.copy(REALM, data.resolve("import").resolve("booking-realm.json"));
        port = PackagedService.freePort();
        log = logDirectory.resolve("keycloak.log");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        HOME.resolve("bin/kc.sh").toString(),
                        "start-dev",
                        "--http-port=" + port,
                        "--import-realm",
                        "--cache=local",
                        "--health-enabled=false"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", java21().toString());
        // on Java 24 or later Keycloak's worker threads need this, or the first request on one of them fails
        builder.environment().put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED");
        builder.environment().keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("QUARKUS_"));
        process = builder.start();
        awaitRealm();
    }

    /** The issuer the service is pointed at (QUARKUS_OIDC_AUTH_SERVER_URL). */
    String issuer() {
        return "http://localhost:" + port + "/realms/booking";
    }

    /** An access token of a realm user, through the password grant of the demo frontend client. */
    String userToken(String username) throws Exception {
        return token(Map.of(
                "grant_type",
                "password",
                "client_id",
                "booking-frontend",
                "username",
                username,
                "password",
                password(username)));
    }

    /** An access token of the regional integration, through the client-credentials grant. */
    String integrationToken(String scope) throws Exception {
        JsonNode client = named(realm.get("clients"), "clientId", "regional-integration");
        Map<String, String> form = new LinkedHashMap<>(Map.of(
                "grant_type",
                "client_credentials",
                "client_id",
                "regional-integration",
                "client_secret",
                client.get("secret").asText()));
        if (scope != null) {
            form.put("scope", scope);
        }
        return token(form);
    }

    private String token(Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    /** A realm user's password, as the realm file publishes it (demo only). */
    String password(String username) {
        return named(realm.get("users"), "username", username)
                .get("credentials")
                .get(0)
                .get("value")
                .asText();
    }

    /** The element of a realm array whose field has the value. */
    private static JsonNode named(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false)
                .filter(node -> node.get(field).asText().equals(value))
                .findFirst()
                .orElseThrow();
    }

    private void awaitRealm() throws Exception {
        Instant deadline = Instant.now().plusSeconds(240);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive())
                    .as("Keycloak exited early:%n%s", Files.readString(log))
                    .isTrue();
            try {
                HttpResponse<String> discovery = http.send(
                        HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (discovery.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep waiting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Keycloak did not serve the realm within four minutes:\n" + Files.readString(log));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** A JDK that runs Keycloak: version 21 or later. */
    static Path java21() throws IOException {
        String configured = System.getenv("KEYCLOAK_JAVA_HOME");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        if (Runtime.version().feature() >= 21) {
            return Path.of(System.getProperty("java.home"));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        Optional<Path> newest = Optional.empty();
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> homes = Files.list(jvms)) {
                newest = homes.filter(
                                home -> featureVersion(home) >= 21 && Files.isExecutable(home.resolve("bin/java")))
                        .max(Comparator.comparingInt(KeycloakServer::featureVersion));
            }
        }
        return newest.orElseThrow(() -> new AssertionError(
                "Keycloak needs a JDK 21 or later: install one under /usr/lib/jvm or set KEYCLOAK_JAVA_HOME"));
    }

    private static int featureVersion(Path home) {
        try {
            Matcher version = JAVA_VERSION.matcher(Files.readString(home.resolve("release")));
            return version.find() ? Integer.parseInt(version.group(1)) : 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }
}
