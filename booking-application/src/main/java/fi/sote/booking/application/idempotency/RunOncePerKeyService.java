package fi.sote.booking.application.idempotency;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import fi.sote.booking.application.idempotency.port.in.RunOncePerKeyUseCase;
import fi.sote.booking.application.idempotency.port.out.StoredReplies;
import fi.sote.booking.application.idempotency.port.out.StoredReplies.StoredReply;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.shared.RejectionReason;

public final class RunOncePerKeyService implements RunOncePerKeyUseCase {

    /** The shortest retention: a client retries within a day. */
    public static final Duration SHORTEST_RETENTION = Duration.ofHours(24);

    private final StoredReplies replies;
    private final Duration retention;

    public RunOncePerKeyService(StoredReplies replies, Duration retention) {
        if (retention.compareTo(SHORTEST_RETENTION) < 0) {
            throw new IllegalArgumentException("booking.idempotency.retention must be at least 24 hours");
        }
        this.replies = replies;
        this.retention = retention;
    }

    @Override
    public <T> Outcome<T> once(
            Actor actor,
            KeyedRequest request,
            Supplier<T> work,
            Function<T, Optional<Reply>> reply,
            Function<Reply, T> replay) {
        var organisation = actor.organisation();
        String subject = actor.subject();
        if (!replies.claim(organisation, subject, request.key())) {
            return Outcome.rejected(
                    RejectionReason.IDEMPOTENCY_KEY_IN_USE,
                    null,
                    "The first request with this key has not finished; retry later");
        }
        Optional<StoredReply> first = replies.find(organisation, subject, request.key(), retention);
        if (first.isPresent()) {
            return first.get().fingerprint().equals(request.fingerprint())
                    ? Outcome.accepted(replay.apply(first.get().reply()))
                    : Outcome.rejected(
                            RejectionReason.IDEMPOTENCY_KEY_REUSED,
                            null,
                            "The key was first used with a different request; use a new key");
        }
        T done = work.get();
        reply.apply(done)
                .ifPresent(kept -> replies.store(
                        organisation, subject, request.key(), new StoredReply(request.fingerprint(), kept), retention));
        return Outcome.accepted(done);
    }

    @Override
    public int forgetExpired() {
        return replies.forgetOlderThan(retention);
    }
}
