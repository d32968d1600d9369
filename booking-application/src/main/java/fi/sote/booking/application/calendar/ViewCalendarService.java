package fi.sote.booking.application.calendar;

import java.util.List;
import java.util.Optional;

import fi.sote.booking.application.audit.AuditTrail;
import fi.sote.booking.application.calendar.port.in.ViewCalendarQuery;
import fi.sote.booking.application.calendar.port.out.CalendarRepository;
import fi.sote.booking.application.privacy.BookingVisibility;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.domain.calendar.CalendarEntry;
import fi.sote.booking.domain.calendar.CalendarEntryId;
import fi.sote.booking.domain.calendar.Release;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.OrganisationId;

public final class ViewCalendarService implements ViewCalendarQuery {

    private final CalendarRepository calendar;
    private final BookingVisibility visibility;
    private final AuditTrail trail;

    public ViewCalendarService(CalendarRepository calendar, BookingVisibility visibility, AuditTrail trail) {
        this.calendar = calendar;
        this.visibility = visibility;
        this.trail = trail;
    }

    @Override
    public List<CalendarEntry> entries(Actor actor, ResourceId resource, TimeInterval interval) {
        List<CalendarEntry> entries = calendar.entries(actor.organisation(), resource, interval);
        logShown(actor, "listCalendarEntries", entries);
        return entries;
    }

    @Override
    public Optional<CalendarEntry> entry(Actor actor, CalendarEntryId id) {
        Optional<CalendarEntry> entry = calendar.entry(actor.organisation(), id);
        entry.ifPresent(found -> logShown(actor, "getCalendarEntry", List.of(found)));
        return entry;
    }

    @Override
    public CalendarEntry answer(Actor actor, String operation, CalendarEntry entry) {
        logShown(actor, operation, List.of(entry));
        return entry;
    }

    @Override
    public boolean identifiesClient(Actor actor, CalendarEntry entry) {
        return visibility.mayIdentify(actor, entry);
    }

    @Override
    public List<Release> releases(OrganisationId organisation, ResourceId resource) {
        return calendar.releases(organisation, resource);
    }

    private void logShown(Actor actor, String operation, List<CalendarEntry> entries) {
        trail.shown(
                actor,
                operation,
                entries,
                entry -> entry.clientReference() != null && visibility.mayIdentify(actor, entry),
                CalendarEntry::clientReference,
                entry -> "calendar-entry:" + entry.id().value());
    }
}
