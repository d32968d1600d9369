package fi.sote.booking.application.calendar.port.in;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import fi.sote.booking.domain.calendar.CalendarEntry;
import fi.sote.booking.domain.calendar.CalendarEntryId;
import fi.sote.booking.domain.calendar.Release;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.OrganisationId;

/** Reads a resource's calendar. */
public interface ViewCalendarQuery {

    /** Longest span one calendar read covers. */
    Duration LONGEST_VIEW = Duration.ofDays(92);

    List<CalendarEntry> entries(OrganisationId organisation, ResourceId resource, TimeInterval interval);

    Optional<CalendarEntry> entry(OrganisationId organisation, CalendarEntryId id);

    List<Release> releases(OrganisationId organisation, ResourceId resource);
}
