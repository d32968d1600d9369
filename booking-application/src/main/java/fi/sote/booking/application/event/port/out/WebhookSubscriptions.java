package fi.sote.booking.application.event.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import fi.sote.booking.domain.event.WebhookSubscription;
import fi.sote.booking.domain.event.WebhookSubscriptionId;
import fi.sote.booking.domain.shared.OrganisationId;

/** The webhook subscriptions, with their secrets kept encrypted. */
public interface WebhookSubscriptions {

    void add(WebhookSubscription subscription, String secret);

    /** The organisation's subscriptions, oldest first. */
    List<WebhookSubscription> of(OrganisationId organisation);

    Optional<WebhookSubscription> subscription(OrganisationId organisation, WebhookSubscriptionId id);

    /** Removes the subscription and what was still to be sent to it. */
    void remove(OrganisationId organisation, WebhookSubscriptionId id);

    /** The secrets to sign with at {@code now}: the current one, and a rotated one while it is still kept. */
    List<String> secrets(WebhookSubscriptionId id, Instant now);

    /** Makes {@code secret} the current one; the old one still signs until {@code oldUntil}. */
    void rotate(WebhookSubscriptionId id, String secret, Instant oldUntil);

    void disable(WebhookSubscriptionId id, Instant at, String reason);

    void enable(WebhookSubscriptionId id);
}
