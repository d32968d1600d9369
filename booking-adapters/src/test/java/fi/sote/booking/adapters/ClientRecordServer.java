package fi.sote.booking.adapters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A client-record system for the Quarkus tests, on a real HTTP server on a free loopback port: it hands out bearer
 * tokens for the service's client credentials and answers client lookups as the service's adapter expects, from the
 * records a test gives it. A test can take it down (503) and see every request it was sent.
 */
public class ClientRecordServer implements QuarkusTestResourceLifecycleManager {

    public static final String CLIENT_ID = "booking-service";
    private static final String CLIENT_SECRET = "client-record-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<String, String> BY_REFERENCE = new ConcurrentHashMap<>();
    private static final Map<String, String> BY_CODE = new ConcurrentHashMap<>();
    private static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
    private static final AtomicInteger TOKENS = new AtomicInteger();
    private static volatile boolean down;
    private static HttpServer server;

    /** The system knows the client: their record as JSON, found by reference and, if not null, by code. */
    public static void knows(String reference, String code, String recordJson) {
        BY_REFERENCE.put(reference, recordJson);
        if (code != null) {
            BY_CODE.put(code, recordJson);
        }
    }

    /** Whether the system answers 503 to every lookup. */
    public static void down(boolean isDown) {
        down = isDown;
    }

    /** Every request the system was sent: method, path, organisation header and authorization, one line each. */
    public static List<String> requests() {
        return List.copyOf(REQUESTS);
    }

    @Override
    public Map<String, String> start() {
        server = LoopbackHttp.start(
                Map.of("/token", ClientRecordServer::token, "/vendor/clients", ClientRecordServer::clients));
        String base = LoopbackHttp.base(server);
        return Map.of(
                "booking.client-record-system.url",
                base + "/vendor",
                "booking.client-record-system.token-url",
                base + "/token",
                "booking.client-record-system.client-id",
                CLIENT_ID,
                "booking.client-record-system.client-secret",
                CLIENT_SECRET,
                "booking.client-record-system.cache-for",
                "PT2S");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void token(HttpExchange exchange) throws IOException {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!form.contains("grant_type=client_credentials")
                || !form.contains("client_id=" + CLIENT_ID)
                || !form.contains("client_secret=" + CLIENT_SECRET)) {
            answer(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        answer(
                exchange,
                200,
                "{\"access_token\":\"vendor-token-" + TOKENS.incrementAndGet()
                        + "\",\"token_type\":\"Bearer\",\"expires_in\":300}");
    }

    private static void clients(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String path = exchange.getRequestURI().getRawPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        REQUESTS.add(exchange.getRequestMethod() + " " + path + " "
                + exchange.getRequestHeaders().getFirst("Organisation") + " " + authorization);
        if (authorization == null || !authorization.startsWith("Bearer vendor-token-")) {
            answer(exchange, 401, "{}");
            return;
        }
        if (down) {
            answer(exchange, 503, "{}");
            return;
        }
        String record;
        if (exchange.getRequestMethod().equals("POST") && path.equals("/vendor/clients/search")) {
            JsonNode search = JSON.readTree(body);
            record = BY_CODE.get(search.path("personalIdentityCode").asText());
        } else {
            record = BY_REFERENCE.get(path.substring("/vendor/clients/".length()));
        }
        if (record == null) {
            answer(exchange, 404, "{}");
        } else {
            answer(exchange, 200, record);
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        LoopbackHttp.answer(exchange, status, "application/json", body);
    }
}
