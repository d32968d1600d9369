package fi.sote.booking.application.calendar.port.in;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.domain.calendar.CalendarEntry;
import fi.sote.booking.domain.calendar.CalendarEntryId;
import fi.sote.booking.domain.calendar.Release;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * Reads a resource's calendar. Client work is shown with its client only to those entitled
 * ({@link #identifiesClient}); every read that shows a client is written to the access log.
 */
public interface ViewCalendarQuery {

    /** Longest span one calendar read covers. */
    Duration LONGEST_VIEW = Duration.ofDays(92);

    List<CalendarEntry> entries(Actor actor, ResourceId resource, TimeInterval interval);

    Optional<CalendarEntry> entry(Actor actor, CalendarEntryId id);

    /**
     * An entry a change made or moved, as its answer shows it; when it shows whom the entry concerns, that is
     * written to the access log under the operation, as a read would be.
     */
    CalendarEntry answer(Actor actor, String operation, CalendarEntry entry);

    /** Whether the actor is shown whom the entry concerns; others see its type's neutral label and time only. */
    boolean identifiesClient(Actor actor, CalendarEntry entry);

    List<Release> releases(OrganisationId organisation, ResourceId resource);
}
