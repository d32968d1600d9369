package fi.sote.booking.application.calendar;

import java.util.Optional;

import fi.sote.booking.application.calendar.port.in.AddCalendarEntryCommand;
import fi.sote.booking.application.calendar.port.in.AddCalendarEntryUseCase;
import fi.sote.booking.application.calendar.port.out.CalendarRepository;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.calendar.CalendarEntry;
import fi.sote.booking.domain.catalogue.CalendarEntryType;
import fi.sote.booking.domain.shared.RejectionReason;

public final class AddCalendarEntryService implements AddCalendarEntryUseCase {

    private final CatalogueRepository catalogue;
    private final CalendarRepository calendar;
    private final CalendarAccess access;

    public AddCalendarEntryService(CatalogueRepository catalogue, CalendarRepository calendar) {
        this.catalogue = catalogue;
        this.calendar = calendar;
        this.access = new CalendarAccess(catalogue);
    }

    @Override
    public Outcome<CalendarEntry> add(Actor actor, AddCalendarEntryCommand command) {
        Optional<Outcome<CalendarEntry>> refusal = access.refusal(actor, command.resource());
        if (refusal.isPresent()) {
            return refusal.get();
        }
        Optional<CalendarEntryType> type = catalogue.entryType(actor.organisation(), command.entryType());
        if (type.isEmpty()) {
            return Outcome.unknown("entryType", "calendar entry type", command.entryType());
        }
        CalendarEntry entry = CalendarEntry.create(
                actor.organisation(), command.resource(), type.get(), command.interval(), command.clientReference());
        if (!calendar.add(entry)) {
            return Outcome.rejected(
                    RejectionReason.OVERLAPPING_ENTRY, "start", "Another entry that blocks booking overlaps this time");
        }
        return Outcome.accepted(entry);
    }
}
