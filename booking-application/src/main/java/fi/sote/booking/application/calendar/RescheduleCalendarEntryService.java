package fi.sote.booking.application.calendar;

import java.util.Optional;

import fi.sote.booking.application.calendar.port.in.RescheduleCalendarEntryCommand;
import fi.sote.booking.application.calendar.port.in.RescheduleCalendarEntryUseCase;
import fi.sote.booking.application.calendar.port.out.CalendarRepository;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.calendar.CalendarEntry;
import fi.sote.booking.domain.shared.RejectionReason;

public final class RescheduleCalendarEntryService implements RescheduleCalendarEntryUseCase {

    private final CalendarRepository calendar;
    private final CalendarAccess access;

    public RescheduleCalendarEntryService(CatalogueRepository catalogue, CalendarRepository calendar) {
        this.calendar = calendar;
        this.access = new CalendarAccess(catalogue);
    }

    @Override
    public Outcome<CalendarEntry> reschedule(Actor actor, RescheduleCalendarEntryCommand command) {
        Optional<CalendarEntry> entry = calendar.entry(actor.organisation(), command.entry());
        if (entry.isEmpty()) {
            return Outcome.notFound("No calendar entry " + command.entry());
        }
        Optional<Outcome<CalendarEntry>> refusal =
                access.refusal(actor, entry.get().resource());
        if (refusal.isPresent()) {
            return refusal.get();
        }
        CalendarEntry moved = entry.get().reschedule(command.interval());
        if (!calendar.replace(moved)) {
            return Outcome.rejected(
                    RejectionReason.OVERLAPPING_ENTRY, "start", "Another entry that blocks booking overlaps this time");
        }
        return Outcome.accepted(moved);
    }
}
