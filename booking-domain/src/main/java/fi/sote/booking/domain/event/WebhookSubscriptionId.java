package fi.sote.booking.domain.event;

import java.util.UUID;

import fi.sote.booking.domain.shared.Invariants;

/** Identity of a webhook subscription. */
public record WebhookSubscriptionId(UUID value) {

    public WebhookSubscriptionId {
        Invariants.required("id", value);
    }

    public static WebhookSubscriptionId random() {
        return new WebhookSubscriptionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
