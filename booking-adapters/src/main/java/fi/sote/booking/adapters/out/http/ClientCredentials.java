package fi.sote.booking.adapters.out.http;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A bearer token of OAuth 2.0 client credentials (RFC 6749, section 4.4) for calling another organisation's system:
 * asked for at the token endpoint with the client id and secret in the form, kept until a minute before it expires,
 * and asked for again when the system refuses it ({@link #forget}). Without a token endpoint there is no token.
 */
public final class ClientCredentials {

    /** The token endpoint did not give a token. */
    public static final class Refused extends IOException {

        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** Where and as whom the service asks for tokens; without a token endpoint it asks for none. */
    public record Settings(Optional<URI> tokenUrl, Optional<String> clientId, Optional<String> clientSecret) {}

    private record Token(String value, Instant until) {}

    private final Optional<URI> tokenUrl;
    private final String clientId;
    private final String clientSecret;
    private final Duration timeout;
    private final HttpClient client;
    private final ObjectMapper json;
    private final Clock clock;
    private volatile Token token;

    public ClientCredentials(Settings settings, Duration timeout, HttpClient client, ObjectMapper json, Clock clock) {
        this.tokenUrl = settings.tokenUrl();
        this.clientId = settings.clientId().orElse("");
        this.clientSecret = settings.clientSecret().orElse("");
        this.timeout = timeout;
        this.client = client;
        this.json = json;
        this.clock = clock;
    }

    /** An HTTP client for another organisation's system: the timeout to connect, and no redirects followed. */
    public static HttpClient client(Duration timeout) {
        return HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Whether there is a token endpoint, so that a refused token is worth asking for again. */
    public boolean configured() {
        return tokenUrl.isPresent();
    }

    /** The {@code Authorization} header's value, or empty without a token endpoint. */
    public Optional<String> authorization() throws IOException, InterruptedException {
        if (tokenUrl.isEmpty()) {
            return Optional.empty();
        }
        Token current = token;
        if (current == null || !current.until().isAfter(clock.instant())) {
            current = ask();
            token = current;
        }
        return Optional.of("Bearer " + current.value());
    }

    /** Drops the token kept, as the system refused it: the next call asks for a new one. */
    public void forget() {
        token = null;
    }

    private Token ask() throws IOException, InterruptedException {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(tokenUrl.get())
                        .timeout(timeout)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new Refused("The token endpoint answered " + response.statusCode());
        }
        JsonNode answer = json.readTree(response.body());
        String value = answer.path("access_token").asText(null);
        if (value == null) {
            throw new Refused("The token endpoint gave no access_token");
        }
        long lifetime = Math.max(0, answer.path("expires_in").asLong(60) - 60);
        return new Token(value, clock.instant().plusSeconds(lifetime));
    }
}
