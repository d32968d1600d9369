package fi.sote.booking.application.event.port.out;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fi.sote.booking.application.event.port.in.KeepWebhooksUseCase.DeadLetter;
import fi.sote.booking.application.event.port.in.RelayEventsUseCase.Lag;
import fi.sote.booking.domain.event.WebhookSubscriptionId;
import fi.sote.booking.domain.shared.OrganisationId;

/** The deliveries of the outbox's events to subscriptions: one per event and subscription that wants it. */
public interface WebhookDeliveries {

    /** An event of the outbox, to be sent to a subscription: what a message about it says. */
    record Due(
            WebhookSubscriptionId subscription,
            URI url,
            long eventId,
            String eventType,
            String aggregateType,
            UUID aggregateId,
            Instant occurredAt,
            int attempts) {}

    /**
     * Takes up to {@code limit} events not yet fanned out, oldest first, that no other instance is taking, and makes
     * a delivery of each for every active subscription of its organisation that wants it, due now; answers how many
     * events. At once, in one statement.
     */
    int fanOut(int limit);

    /**
     * Takes up to {@code limit} deliveries that are due, that no other instance holds, and whose subscription has no
     * earlier event of the same booking (or visit) still to send; holds them for {@code lease} (past it, another
     * instance may take them: a sender that died is replaced) and counts an attempt. Oldest first.
     */
    List<Due> claim(int limit, Duration lease);

    void delivered(Due due, int status);

    void failed(Due due, Integer status, String error, Instant next);

    void dead(Due due, Integer status, String error, Instant at);

    List<DeadLetter> dead(OrganisationId organisation, WebhookSubscriptionId subscription);

    /** Makes the subscription's dead letters due again at {@code at}, their attempts counted afresh; answers how many. */
    int revive(WebhookSubscriptionId subscription, Instant at);

    Lag lag();
}
