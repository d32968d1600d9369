package fi.sote.booking.adapters.in.rest.idempotency;

import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.sote.booking.adapters.in.rest.Outcomes;
import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.adapters.security.ClientIdentityKey;
import fi.sote.booking.application.idempotency.port.in.RunOncePerKeyUseCase;
import fi.sote.booking.application.idempotency.port.in.RunOncePerKeyUseCase.KeyedRequest;
import fi.sote.booking.application.idempotency.port.in.RunOncePerKeyUseCase.Reply;

/**
 * The HTTP side of {@code Idempotency-Key} ({@link RunOncePerKeyUseCase}): a request's fingerprint is a keyed hash of
 * its operation and JSON body (keyed, because a body can hold a personal identity code, and an unkeyed hash of a known
 * body would give the code away to a search of the few million possible ones); a successful reply is kept as its
 * status, location and JSON body, and replayed with {@value #REPLAYED}.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = RunOncePerKeyUseCase.HEADER;
    public static final String REPLAYED = "Idempotent-Replayed";

    /** The content type of every JSON answer, replays included. */
    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    private final RunOncePerKeyUseCase runOnce;
    private final ObjectMapper json;
    private final ClientIdentityKey hash;

    IdempotencyKeys(RunOncePerKeyUseCase runOnce, ObjectMapper json, ClientIdentityKey hash) {
        this.runOnce = runOnce;
        this.json = json;
        this.hash = hash;
    }

    /**
     * Runs {@code work} once per key of the caller; call it inside the request's transaction. Without a key it just
     * runs.
     *
     * @param operation names the endpoint (method and path), so one key cannot replay another endpoint's reply
     */
    public Response once(Caller caller, String key, String operation, Object body, Supplier<Response> work) {
        if (key == null) {
            return work.get();
        }
        KeyedRequest request = new KeyedRequest(key, operation, fingerprint(operation, body));
        return Outcomes.value(runOnce.once(caller.actor(), request, work, this::reply, IdempotencyKeys::replay));
    }

    /** A success is kept for replay; a refusal is not, so a retry is judged afresh. */
    private Optional<Reply> reply(Response response) {
        if (response.getStatus() < 200 || response.getStatus() >= 300) {
            return Optional.empty();
        }
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        EntityTag tag = response.getEntityTag();
        return Optional.of(new Reply(
                response.getStatus(),
                location == null ? null : path(location.toString()),
                tag == null ? null : tag.getValue(),
                write(response.getEntity())));
    }

    /** The path (and query) of a location, so that a replay names the host the retry reached, not the first one. */
    private static String path(String location) {
        URI uri = URI.create(location);
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }

    /** The first reply again: its status, body, location, version tag and content type, marked as replayed. */
    private static Response replay(Reply reply) {
        Response.ResponseBuilder replay =
                Response.status(reply.status()).type(JSON).entity(reply.body()).header(REPLAYED, "true");
        if (reply.location() != null) {
            replay.location(URI.create(reply.location()));
        }
        if (reply.etag() != null) {
            replay.tag(new EntityTag(reply.etag()));
        }
        return replay.build();
    }

    private String fingerprint(String operation, Object body) {
        return hash.hash("idempotent request\n" + operation + '\n' + write(body));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Not serialisable", e);
        }
    }
}
