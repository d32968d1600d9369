package fi.sote.booking.application.calendar.port.in;

import java.util.List;

import fi.sote.booking.domain.calendar.CalendarEntry;
import fi.sote.booking.domain.calendar.Release;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.OrganisationId;

/** Reads a resource's calendar. */
public interface ViewCalendarQuery {

    /** Longest span one calendar read covers. */
    java.time.Duration LONGEST_VIEW = java.time.Duration.ofDays(92);

    List<CalendarEntry> entries(OrganisationId organisation, ResourceId resource, TimeInterval interval);

    java.util.Optional<CalendarEntry> entry(OrganisationId organisation, fi.sote.booking.domain.calendar.CalendarEntryId id);

    List<Release> releases(OrganisationId organisation, ResourceId resource);
}
