package fi.sote.booking.application.event.port.in;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.event.WebhookSubscription;
import fi.sote.booking.domain.event.WebhookSubscriptionId;

/** An organisation's webhook subscriptions, kept by its administrators. */
public interface KeepWebhooksUseCase {

    /** An event given up on. */
    record DeadLetter(
            long eventId,
            String eventType,
            String aggregateType,
            UUID aggregateId,
            Instant occurredAt,
            int attempts,
            Integer lastStatus,
            String lastError,
            Instant deadAt) {}

    /** A subscription and its signing secret ({@code whsec_...}): shown in this answer only. */
    record WithSecret(WebhookSubscription subscription, String secret) {}

    Outcome<WithSecret> subscribe(Actor actor, URI url, Set<String> eventTypes);

    List<WebhookSubscription> subscriptions(Actor actor);

    /** Ends the subscription; what was still to be sent to it is not. */
    Outcome<WebhookSubscription> unsubscribe(Actor actor, WebhookSubscriptionId id);

    /**
     * Gives the subscription a new secret; for {@link #OLD_SECRET_KEPT} messages are signed with both, so that the
     * receiver can change over without losing one.
     */
    Outcome<WithSecret> rotateSecret(Actor actor, WebhookSubscriptionId id);

    /** The events given up on for the subscription, oldest first. */
    Outcome<List<DeadLetter>> deadLetters(Actor actor, WebhookSubscriptionId id);

    /** Sends the subscription's dead letters again, in their order, and enables it again; answers how many. */
    Outcome<Integer> redeliver(Actor actor, WebhookSubscriptionId id);

    /** How long a rotated secret still signs: a day. */
    Duration OLD_SECRET_KEPT = Duration.ofDays(1);
}
