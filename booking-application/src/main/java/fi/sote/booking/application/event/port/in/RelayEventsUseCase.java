package fi.sote.booking.application.event.port.in;

import java.time.Duration;

/**
 * Sends the outbox's events to the webhook subscriptions that want them: each at least once, in order per booking (or
 * visit) and subscription, by any number of instances at once without two sending the same one.
 */
public interface RelayEventsUseCase {

    /** How far behind the relay is. */
    record Lag(Duration oldestWaiting, long waiting, long dead) {}

    /** One round: new events fanned out to their subscriptions, then those due sent; answers how many were sent. */
    int relay();

    /** How far behind sending is, for the metrics. */
    Lag lag();
}
