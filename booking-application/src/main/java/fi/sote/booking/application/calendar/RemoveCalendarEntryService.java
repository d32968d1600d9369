package fi.sote.booking.application.calendar;

import java.util.Optional;

import fi.sote.booking.application.calendar.port.in.RemoveCalendarEntryUseCase;
import fi.sote.booking.application.calendar.port.out.CalendarRepository;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.calendar.CalendarEntry;
import fi.sote.booking.domain.calendar.CalendarEntryId;

public final class RemoveCalendarEntryService implements RemoveCalendarEntryUseCase {

    private final CalendarRepository calendar;
    private final CalendarAccess access;

    public RemoveCalendarEntryService(CatalogueRepository catalogue, CalendarRepository calendar) {
        this.calendar = calendar;
        this.access = new CalendarAccess(catalogue);
    }

    @Override
    public Outcome<CalendarEntry> remove(Actor actor, CalendarEntryId id) {
        Optional<CalendarEntry> entry = calendar.entry(actor.organisation(), id);
        if (entry.isEmpty()) {
            return Outcome.notFound("No calendar entry " + id);
        }
        Optional<Outcome<CalendarEntry>> refusal =
                access.refusal(actor, entry.get().resource());
        if (refusal.isPresent()) {
            return refusal.get();
        }
        calendar.remove(actor.organisation(), id);
        return Outcome.accepted(entry.get());
    }
}
