package fi.sote.booking.application.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import fi.sote.booking.application.idempotency.port.in.RunOncePerKeyUseCase.KeyedRequest;
import fi.sote.booking.application.idempotency.port.in.RunOncePerKeyUseCase.Reply;
import fi.sote.booking.application.idempotency.port.out.StoredReplies;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.OrganisationId;
import fi.sote.booking.domain.shared.RejectionReason;
import fi.sote.booking.domain.shared.Role;

/** A request with an Idempotency-Key is carried out once; retries replay its first reply. */
class RunOncePerKeyTests {

    private static final Actor KAISA = new Actor(new OrganisationId("once"), "kaisa", Set.of(Role.COUNSELLOR));

    /** Replies in memory; keys another request holds are those in {@code held}. */
    private static final class InMemoryReplies implements StoredReplies {
        final Map<String, StoredReply> replies = new HashMap<>();
        final Set<String> held = new HashSet<>();
        Duration forgotten;

        @Override
        public boolean claim(OrganisationId organisation, String subject, String key) {
            return !held.contains(key);
        }

        @Override
        public Optional<StoredReply> find(OrganisationId organisation, String subject, String key, Duration retention) {
            return Optional.ofNullable(replies.get(organisation.value() + subject + key));
        }

        @Override
        public void store(
                OrganisationId organisation, String subject, String key, StoredReply reply, Duration retention) {
            replies.put(organisation.value() + subject + key, reply);
        }

        @Override
        public int forgetOlderThan(Duration retention) {
            forgotten = retention;
            int count = replies.size();
            replies.clear();
            return count;
        }
    }

    private final InMemoryReplies replies = new InMemoryReplies();
    private final RunOncePerKeyService once = new RunOncePerKeyService(replies, Duration.ofDays(2));
    private final AtomicInteger runs = new AtomicInteger();

    /** Runs the work, which answers {@code status}, with the key and the request's fingerprint. */
    private Outcome<Reply> send(String key, String fingerprint, int status) {
        return once.once(
                KAISA,
                new KeyedRequest(key, "POST bookings", fingerprint),
                () -> new Reply(status, "/api/v1/bookings/" + runs.incrementAndGet(), "0", "{}"),
                reply -> reply.status() < 300 ? Optional.of(reply) : Optional.empty(),
                replayed -> new Reply(replayed.status(), replayed.location(), replayed.etag(), "replayed"));
    }

    private static RejectionReason reason(Outcome<?> outcome) {
        return outcome instanceof Outcome.Rejected<?> rejected ? rejected.reason() : null;
    }

    @Test
    void aRetryWithTheSameKeyAndRequestReplaysTheFirstReplyWithoutRunningAgain() {
        Reply first = ((Outcome.Accepted<Reply>) send("k1", "abc", 201)).value();
        Reply again = ((Outcome.Accepted<Reply>) send("k1", "abc", 201)).value();

        assertThat(runs).hasValue(1);
        assertThat(again.location()).isEqualTo(first.location());
        assertThat(again.body()).isEqualTo("replayed");
    }

    @Test
    void theSameKeyWithAnotherRequestOrWhileTheFirstRunsIsRefused() {
        send("k1", "abc", 201);
        assertThat(reason(send("k1", "other", 201))).isEqualTo(RejectionReason.IDEMPOTENCY_KEY_REUSED);

        replies.held.add("k2");
        assertThat(reason(send("k2", "abc", 201))).isEqualTo(RejectionReason.IDEMPOTENCY_KEY_IN_USE);
        assertThat(runs).hasValue(1);
    }

    @Test
    void aRefusalIsNotKeptSoARetryIsJudgedAfresh() {
        send("k1", "abc", 409);
        send("k1", "abc", 409);
        assertThat(runs).hasValue(2);
        assertThat(replies.replies).isEmpty();
    }

    @Test
    void expiredRepliesAreForgottenByTheConfiguredRetention() {
        send("k1", "abc", 201);

        assertThat(once.forgetExpired()).isEqualTo(1);
        assertThat(replies.forgotten).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void aKeyIsOneToTwoHundredFiftyFiveVisibleCharactersAndRepliesAreKeptForADayAtLeast() {
        assertThatThrownBy(() -> new KeyedRequest("with space", "POST bookings", "abc"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("Idempotency-Key");
        assertThatThrownBy(() -> new KeyedRequest("k".repeat(256), "POST bookings", "abc"))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new RunOncePerKeyService(replies, Duration.ofHours(23)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
