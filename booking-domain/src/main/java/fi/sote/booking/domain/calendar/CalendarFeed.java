package fi.sote.booking.domain.calendar;

import java.time.Duration;
import java.time.Instant;

import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.Invariants;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * A subscription to a resource's busy times from a calendar program (iCalendar), reached at a secret address that
 * only its creator is shown, once. The label says where it is used ("Outlook at work"); revoked, the address is gone.
 */
public record CalendarFeed(
        CalendarFeedId id,
        OrganisationId organisation,
        ResourceId resource,
        String label,
        String createdBy,
        Instant createdAt) {

    /** How far back a feed shows busy times. */
    public static final Duration PAST = Duration.ofDays(7);

    /** How far ahead a feed shows busy times. */
    public static final Duration AHEAD = Duration.ofDays(90);

    public CalendarFeed {
        Invariants.required("id", id);
        Invariants.required("organisation", organisation);
        Invariants.required("resource", resource);
        label = Invariants.text("label", label, 100);
        Invariants.required("createdBy", createdBy);
        Invariants.required("createdAt", createdAt);
    }

    public static CalendarFeed create(
            OrganisationId organisation, ResourceId resource, String label, String createdBy, Instant at) {
        return new CalendarFeed(CalendarFeedId.random(), organisation, resource, label, createdBy, at);
    }

    /** The period a feed read at {@code now} shows. */
    public static TimeInterval window(Instant now) {
        return new TimeInterval(now.minus(PAST), now.plus(AHEAD));
    }
}
