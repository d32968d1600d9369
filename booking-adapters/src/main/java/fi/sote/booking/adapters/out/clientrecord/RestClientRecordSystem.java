package fi.sote.booking.adapters.out.clientrecord;

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
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fi.sote.booking.adapters.out.http.ClientCredentials;
import fi.sote.booking.application.client.port.out.ClientRecordSystem;
import fi.sote.booking.domain.catalogue.Address;
import fi.sote.booking.domain.client.ClientRecord;
import fi.sote.booking.domain.client.PersonalIdentityCode;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * The organisation's client-record system over REST, as {@code README.md} ("Client-record system") describes it:
 * {@code GET {url}/clients/{reference}} and {@code POST {url}/clients/search} with the personal identity code in the
 * body (never in a URL), the organisation in the {@value #ORGANISATION} header, and a bearer token of OAuth client
 * credentials ({@link ClientCredentials}). An answer, a client found or not, is kept
 * for {@code cacheFor}, so that a worker's few lookups in a row ask once; a system that does not answer within the
 * timeout, answers 5xx or refuses the service's credentials is {@link ClientRecordSystem.Unavailable}.
 */
public final class RestClientRecordSystem implements ClientRecordSystem {

    static final String ORGANISATION = "Organisation";

    /** Longer than this, the answers kept are dropped all at once rather than one by one. */
    private static final int MOST_KEPT = 10_000;

    /** The connection settings of the client-record system. */
    public record Settings(URI url, ClientCredentials.Settings credentials, Duration timeout, Duration cacheFor) {}

    private record Kept(Optional<ClientRecord> record, Instant until) {}

    private final Settings settings;
    private final ObjectMapper json;
    private final Clock clock;
    private final HttpClient client;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final ClientCredentials credentials;

    public RestClientRecordSystem(Settings settings, ObjectMapper json, Clock clock) {
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.client = ClientCredentials.client(settings.timeout());
        this.credentials = new ClientCredentials(settings.credentials(), settings.timeout(), client, json, clock);
    }

    @Override
    public boolean reachable() {
        return true;
    }

    @Override
    public Optional<ClientRecord> byReference(OrganisationId organisation, String reference) {
        return kept(
                organisation,
                "reference " + reference,
                () -> request(
                                organisation,
                                "clients/"
                                        + URLEncoder.encode(reference, StandardCharsets.UTF_8)
                                                .replace("+", "%20"))
                        .GET());
    }

    @Override
    public Optional<ClientRecord> byCode(OrganisationId organisation, PersonalIdentityCode code) {
        ObjectNode body = json.createObjectNode().put("personalIdentityCode", code.value());
        return kept(
                organisation,
                "code " + code.value(),
                () -> request(organisation, "clients/search")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    private interface Call {
        HttpRequest.Builder request();
    }

    private Optional<ClientRecord> kept(OrganisationId organisation, String key, Call call) {
        String cacheKey = organisation.value() + '\n' + key;
        Instant now = clock.instant();
        Kept answer = kept.get(cacheKey);
        if (answer != null && answer.until().isAfter(now)) {
            return answer.record();
        }
        Optional<ClientRecord> record = ask(call, true);
        if (kept.size() >= MOST_KEPT) {
            kept.clear();
        }
        kept.put(cacheKey, new Kept(record, now.plus(settings.cacheFor())));
        return record;
    }

    private Optional<ClientRecord> ask(Call call, boolean mayRenewToken) {
        HttpResponse<String> response = send(call);
        if (response.statusCode() == 401 && mayRenewToken && credentials.configured()) {
            credentials.forget();
            return ask(call, false);
        }
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new Unavailable("The client-record system answered " + response.statusCode(), null);
        }
        return Optional.of(record(response.body()));
    }

    private HttpRequest.Builder request(OrganisationId organisation, String path) {
        String base = settings.url().toString();
        return HttpRequest.newBuilder(URI.create(base.endsWith("/") ? base + path : base + "/" + path))
                .header("Accept", "application/json")
                .header(ORGANISATION, organisation.value());
    }

    private HttpResponse<String> send(Call call) {
        try {
            HttpRequest.Builder request = call.request().timeout(settings.timeout());
            credentials.authorization().ifPresent(value -> request.header("Authorization", value));
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Unavailable("The client-record system did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("Interrupted while asking the client-record system", e);
        }
    }

    private JsonNode tree(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new Unavailable("The client-record system answered something that is not JSON", e);
        }
    }

    /** A record as the system writes it; one the service cannot take counts as no answer. */
    private ClientRecord record(String body) {
        JsonNode node = tree(body);
        try {
            JsonNode address = node.path("address");
            Set<String> guardians = new LinkedHashSet<>();
            node.path("guardians").forEach(guardian -> guardians.add(guardian.asText()));
            return new ClientRecord(
                    node.path("reference").asText(null),
                    text(node, "name"),
                    text(node, "phone"),
                    address.isObject()
                            ? new Address(
                                    text(address, "street"), text(address, "postalCode"), text(address, "postOffice"))
                            : null,
                    node.path("nonDisclosure").asBoolean(false),
                    guardians,
                    text(node, "email"),
                    null);
        } catch (RuntimeException e) {
            throw new Unavailable("The client-record system's record cannot be read: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }
}
