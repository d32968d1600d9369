package fi.sote.booking.application.idempotency.port.out;

import java.time.Duration;
import java.util.Optional;

import fi.sote.booking.application.idempotency.port.in.RunOncePerKeyUseCase.Reply;
import fi.sote.booking.domain.shared.OrganisationId;

/** Keeps the first reply to each idempotency key of each caller; every call runs in the request's transaction. */
public interface StoredReplies {

    /** A reply kept for a key, with the fingerprint of the request that had it. */
    record StoredReply(String fingerprint, Reply reply) {}

    /**
     * Takes the caller's key for the rest of the transaction, so that a second request with it waits for nothing: it
     * is told the key is in use.
     *
     * @return false when another request holds the key now
     */
    boolean claim(OrganisationId organisation, String subject, String key);

    /** The reply kept for the key, when it was stored within {@code retention}. */
    Optional<StoredReply> find(OrganisationId organisation, String subject, String key, Duration retention);

    /** Keeps the reply for the key, replacing one past its retention. */
    void store(OrganisationId organisation, String subject, String key, StoredReply reply, Duration retention);

    /**
     * Deletes every reply stored longer ago than {@code retention}.
     *
     * @return how many went
     */
    int forgetOlderThan(Duration retention);
}
