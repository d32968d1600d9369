package fi.sote.booking.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.BindException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fi.sote.booking.adapters.contract.Contract;
import fi.sote.booking.adapters.contract.Exchange;

/**
 * The packaged service ({@code java -jar quarkus-run.jar}) started as an operator would, with only
 * the settings given (inherited QUARKUS_ and BOOKING_ variables are dropped), and driven over real
 * HTTP.
 */
final class PackagedService implements AutoCloseable {

    static final Path JAR = Path.of(System.getProperty("booking.packaged-app", "target/quarkus-app/quarkus-run.jar"));

    private final Path dataDirectory;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private Process process;

    PackagedService(Path dataDirectory) throws IOException {
        this.dataDirectory = Files.createDirectories(dataDirectory);
        this.port = freePort();
    }

    /** Starts the service and waits until it is ready; its output goes to {@code service-<run>.log}. */
    void start(int run, Map<String, String> settings) throws Exception {
        process = launch(run, settings);
        awaitReady(run);
    }

    /** Starts the service expecting it to give up: its exit code, within two minutes, and its output. */
    Map.Entry<Integer, String> startExpectingExit(int run, Map<String, String> settings) throws Exception {
        Process failing = launch(run, settings);
        if (!failing.waitFor(2, TimeUnit.MINUTES)) {
            failing.destroyForcibly();
            throw new AssertionError("the service was expected to stop by itself: " + Files.readString(log(run)));
        }
        return Map.entry(failing.exitValue(), Files.readString(log(run)));
    }

    private Process launch(int run, Map<String, String> settings) throws IOException {
        assertThat(JAR)
                .as("package the service first (./mvnw verify runs this after packaging)")
                .exists();
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        JAR.toAbsolutePath().toString()))
                .redirectErrorStream(true)
                .redirectOutput(log(run).toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("BOOKING_"));
        environment.put("BOOKING_DATA_DIR", dataDirectory.toString());
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        environment.putAll(settings);
        return builder.start();
    }

    /** Stops the service with SIGTERM, the graceful shutdown an orchestrator would ask for. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS))
                    .as("the service stops within a minute")
                    .isTrue();
        }
        process = null;
    }

    /** Sends SIGTERM, as an orchestrator does to stop the service, and returns at once. */
    void askToStop() {
        process.destroy();
    }

    /** Whether the service has ended within {@code wait}. */
    boolean exited(Duration wait) throws InterruptedException {
        return process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Kills the service with SIGKILL, as a crash or the out-of-memory killer would: none of its shutdown runs. */
    void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        process = null;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    /** The service's address, e.g. http://localhost:41234. */
    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The demo token the local security mode wrote for a persona (administrator, counsellor, ...). */
    String token(String persona) throws IOException {
        return Files.readString(dataDirectory.resolve("tokens").resolve(persona + ".jwt"), StandardCharsets.US_ASCII)
                .strip();
    }

    Path log(int run) {
        return dataDirectory.resolve("service-" + run + ".log");
    }

    HttpResponse<String> get(String path, String token) throws Exception {
        return send(request(path, token).GET());
    }

    HttpResponse<String> post(String path, String token, String json) throws Exception {
        return withJson("POST", path, token, json);
    }

    HttpResponse<String> put(String path, String token, String json) throws Exception {
        return withJson("PUT", path, token, json);
    }

    private HttpResponse<String> withJson(String method, String path, String token, String json) throws Exception {
        return send(
                request(path, token)
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json)),
                json);
    }

    HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return send(request, null);
    }

    /** Sends a request of something outside the API's contract (the web pages' own paths), unjudged. */
    HttpResponse<String> sendOutsideContract(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the request (whose body, if any, is {@code body}) and judges the exchange by the committed contract. */
    private HttpResponse<String> send(HttpRequest.Builder builder, String body)
            throws IOException, InterruptedException {
        HttpRequest request = builder.timeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        Map<String, String> headers = new LinkedHashMap<>();
        request.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
        Exchange.Target target = Exchange.Target.of(request.uri());
        List<String> violations = Contract.committed()
                .violations(new Exchange(
                        request.method(),
                        target.path(),
                        target.query(),
                        headers,
                        headers.get("content-type"),
                        body,
                        response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse(null),
                        response.body()));
        assertThat(violations)
                .as("the exchange breaks openapi/booking-api.yaml")
                .isEmpty();
        return response;
    }

    private void awaitReady(int run) throws Exception {
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive())
                    .as("the service exited early:%n%s", Files.readString(log(run)))
                    .isTrue();
            try {
                if (get("/q/health/ready", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep waiting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the service did not become ready within two minutes");
    }

    static String match(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return matcher.group(1);
    }

    /**
     * A port free now, below the range the system hands out to outgoing connections and to port 0
     * ({@code net.ipv4.ip_local_port_range}): a port from that range, free when chosen, was at times taken by some
     * connection of another process in the seconds before the service bound it, or between two of its starts.
     */
    static int freePort() throws IOException {
        int below = lowestEphemeralPort();
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(Math.max(1024, below - 12_000), below);
            try (ServerSocket socket = new ServerSocket(port)) {
                return socket.getLocalPort();
            } catch (BindException taken) {
                // another one
            }
        }
        throw new IOException("No free port below " + below);
    }

    private static int lowestEphemeralPort() throws IOException {
        Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        // read by lines: Files.readString takes a file of /proc at its reported size and gives its first byte only
        int lowest = Files.isReadable(range)
                ? Integer.parseInt(Files.readAllLines(range).get(0).trim().split("\\s+")[0])
                : 32_768;
        if (lowest < 2_048) {
            throw new IOException("The ephemeral port range begins at " + lowest + ", too low to choose below it");
        }
        return lowest;
    }
}
