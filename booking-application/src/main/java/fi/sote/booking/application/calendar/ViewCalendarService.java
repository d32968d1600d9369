package fi.sote.booking.application.calendar;

import java.util.List;
import java.util.Optional;

import fi.sote.booking.application.calendar.port.in.ViewCalendarQuery;
import fi.sote.booking.application.calendar.port.out.CalendarRepository;
import fi.sote.booking.domain.calendar.CalendarEntry;
import fi.sote.booking.domain.calendar.CalendarEntryId;
import fi.sote.booking.domain.calendar.Release;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.OrganisationId;

public final class ViewCalendarService implements ViewCalendarQuery {

    private final CalendarRepository calendar;

    public ViewCalendarService(CalendarRepository calendar) {
        this.calendar = calendar;
    }

    @Override
    public List<CalendarEntry> entries(OrganisationId organisation, ResourceId resource, TimeInterval interval) {
        return calendar.entries(organisation, resource, interval);
    }

    @Override
    public Optional<CalendarEntry> entry(OrganisationId organisation, CalendarEntryId id) {
        return calendar.entry(organisation, id);
    }

    @Override
    public List<Release> releases(OrganisationId organisation, ResourceId resource) {
        return calendar.releases(organisation, resource);
    }
}
