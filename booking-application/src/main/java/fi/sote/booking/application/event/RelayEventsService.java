package fi.sote.booking.application.event;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

import fi.sote.booking.application.event.port.in.RelayEventsUseCase;
import fi.sote.booking.application.event.port.out.WebhookDeliveries;
import fi.sote.booking.application.event.port.out.WebhookDeliveries.Due;
import fi.sote.booking.application.event.port.out.WebhookSender;
import fi.sote.booking.application.event.port.out.WebhookSender.Answer;
import fi.sote.booking.application.event.port.out.WebhookSubscriptions;
import fi.sote.booking.domain.event.RetrySchedule;

public final class RelayEventsService implements RelayEventsUseCase {

    /** How many new events one round fans out, at most. */
    static final int FAN_OUT = 100;

    /** How many deliveries one round takes, at most: they are sent one after another. */
    static final int SENDS = 10;

    private final WebhookDeliveries deliveries;
    private final WebhookSubscriptions subscriptions;
    private final WebhookSender sender;
    private final RetrySchedule retries;
    private final Clock clock;
    private final RandomGenerator random;
    /**
     * How long the deliveries taken are held ({@code booking.webhooks.lease}): longer than sending all of a round's
     * may last. Past it, another instance takes over from one that died.
     */
    private final Duration lease;

    public RelayEventsService(
            WebhookDeliveries deliveries,
            WebhookSubscriptions subscriptions,
            WebhookSender sender,
            RetrySchedule retries,
            Clock clock,
            RandomGenerator random,
            Duration lease) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.sender = sender;
        this.retries = retries;
        this.clock = clock;
        this.random = random;
        this.lease = lease;
    }

    @Override
    public int relay() {
        deliveries.fanOut(FAN_OUT);
        List<Due> due = deliveries.claim(SENDS, lease);
        for (Due delivery : due) {
            send(delivery);
        }
        return due.size();
    }

    @Override
    public Lag lag() {
        return deliveries.lag();
    }

    private void send(Due due) {
        Instant now = clock.instant();
        Answer answer = sender.send(new WebhookSender.Message(
                due.url(),
                subscriptions.secrets(due.subscription(), now),
                "evt_" + due.eventId(),
                due.eventType(),
                due.occurredAt(),
                due.aggregateType(),
                due.aggregateId(),
                now));
        Instant after = clock.instant();
        if (answer.delivered()) {
            deliveries.delivered(due, answer.status());
        } else if (answer.gone()) {
            deliveries.dead(due, answer.status(), answer.error(), after);
            subscriptions.disable(due.subscription(), after, "the receiver answered 410 Gone");
        } else {
            Integer status = answer.status() == 0 ? null : answer.status();
            Optional<Instant> next = retries.next(due.attempts(), after, random.nextDouble());
            if (next.isPresent()) {
                Instant asked = answer.retryAfter() == null ? next.get() : after.plus(answer.retryAfter());
                deliveries.failed(due, status, answer.error(), asked.isAfter(next.get()) ? asked : next.get());
            } else {
                deliveries.dead(due, status, answer.error(), after);
                subscriptions.disable(
                        due.subscription(), after, "gave up on an event after " + due.attempts() + " attempts");
            }
        }
    }
}
