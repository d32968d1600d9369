package fi.sote.booking.domain.event;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.Invariants;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * An integration's standing request to be told of the organisation's events at its URL, signed with a secret it was
 * given when it subscribed. No event types means every one. A subscription whose receiver answered 410, or that kept
 * failing until its events were given up on, is disabled, with the reason.
 */
public record WebhookSubscription(
        WebhookSubscriptionId id,
        OrganisationId organisation,
        URI url,
        Set<String> eventTypes,
        String createdBy,
        Instant createdAt,
        Instant disabledAt,
        String disabledReason) {

    public WebhookSubscription {
        Invariants.required("id", id);
        Invariants.required("organisation", organisation);
        url = checked(url);
        for (String type : Invariants.required("eventTypes", eventTypes)) {
            if (type == null || !EventTypes.subscribable(type)) {
                throw new InvalidValueException(
                        "eventTypes", "'" + type + "' is not one of " + String.join(", ", EventTypes.SUBSCRIBABLE));
            }
        }
        eventTypes = Set.copyOf(new TreeSet<>(eventTypes));
        Invariants.required("createdBy", createdBy);
        Invariants.required("createdAt", createdAt);
    }

    public static WebhookSubscription create(
            OrganisationId organisation, URI url, Set<String> eventTypes, String createdBy, Instant at) {
        return new WebhookSubscription(
                WebhookSubscriptionId.random(), organisation, url, eventTypes, createdBy, at, null, null);
    }

    public boolean active() {
        return disabledAt == null;
    }

    public boolean wants(String eventType) {
        return eventTypes.isEmpty() || eventTypes.contains(eventType);
    }

    /** An absolute http or https URL without credentials or fragment, of at most 2,000 characters. */
    private static URI checked(URI url) {
        Invariants.required("url", url);
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!url.isAbsolute() || !(scheme.equals("https") || scheme.equals("http")) || url.getHost() == null) {
            throw new InvalidValueException("url", "must be an absolute https (or http) URL with a host");
        }
        if (url.getUserInfo() != null || url.getFragment() != null) {
            throw new InvalidValueException("url", "must not carry credentials or a fragment");
        }
        if (url.toString().length() > 2000) {
            throw new InvalidValueException("url", "must be at most 2000 characters");
        }
        return url;
    }
}
