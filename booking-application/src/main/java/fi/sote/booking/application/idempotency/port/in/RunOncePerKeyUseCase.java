package fi.sote.booking.application.idempotency.port.in;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.shared.InvalidValueException;

/**
 * A request sent again with the same {@code Idempotency-Key} (IETF httpapi draft) is answered with the first reply
 * instead of being carried out again, so that a retried request does not create a second booking (DOMAIN.md section
 * 4). Keys are the caller's own; a reply is kept for the configured retention. Refusals are not kept: nothing was
 * done, so a retry is judged afresh. Run inside the request's transaction, so that the work and its stored reply
 * commit together.
 */
public interface RunOncePerKeyUseCase {

    /** The name of the request header that carries the key. */
    String HEADER = "Idempotency-Key";

    /**
     * A request with a key: which operation it is (method and path, so that a key cannot replay another operation's
     * reply) and a fingerprint of its body.
     */
    record KeyedRequest(String key, String operation, String fingerprint) {

        public KeyedRequest {
            if (key == null
                    || key.isEmpty()
                    || key.length() > 255
                    || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
                throw new InvalidValueException(HEADER, "must be 1-255 visible ASCII characters");
            }
        }
    }

    /**
     * The first reply to a key, as it is replayed: its status, location (a path, or null: the host is the one the
     * retry reaches), version tag (or null) and body.
     */
    record Reply(int status, String location, String etag, String body) {}

    /**
     * Runs {@code work} once per key of the caller: the first time it runs and its reply is kept (when {@code reply}
     * gives one: a success); the same key and request again replay it; the same key with another request is refused
     * (idempotency-key-reused), and so is one while the first still runs (idempotency-key-in-use).
     */
    <T> Outcome<T> once(
            Actor actor,
            KeyedRequest request,
            Supplier<T> work,
            Function<T, Optional<Reply>> reply,
            Function<Reply, T> replay);

    /**
     * Deletes the replies kept longer than the retention, so that none outlives it; run it periodically.
     *
     * @return how many went
     */
    int forgetExpired();
}
