package fi.sote.booking.application.calendar;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import fi.sote.booking.application.booking.port.out.BookingRepository;
import fi.sote.booking.application.calendar.port.in.AddCalendarEntryCommand;
import fi.sote.booking.application.calendar.port.in.AddCalendarEntryUseCase;
import fi.sote.booking.application.calendar.port.in.KeptEntry;
import fi.sote.booking.application.calendar.port.out.CalendarRepository;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.calendar.CalendarEntry;
import fi.sote.booking.domain.catalogue.CalendarEntryType;
import fi.sote.booking.domain.shared.RejectionReason;

public final class AddCalendarEntryService implements AddCalendarEntryUseCase {

    private final CatalogueRepository catalogue;
    private final CalendarRepository calendar;
    private final CalendarAccess access;
    private final EntriesOverBookings overBookings;

    public AddCalendarEntryService(
            CatalogueRepository catalogue, CalendarRepository calendar, BookingRepository bookings, Clock clock) {
        this.catalogue = catalogue;
        this.calendar = calendar;
        this.access = new CalendarAccess(catalogue);
        this.overBookings = new EntriesOverBookings(bookings, clock);
    }

    @Override
    public Outcome<KeptEntry> add(Actor actor, AddCalendarEntryCommand command) {
        Optional<Outcome<KeptEntry>> refusal = access.refusal(actor, command.resource());
        if (refusal.isPresent()) {
            return refusal.get();
        }
        Optional<CalendarEntryType> type = catalogue.entryType(actor.organisation(), command.entryType());
        if (type.isEmpty()) {
            return Outcome.unknown("entryType", "calendar entry type", command.entryType());
        }
        CalendarEntry entry = CalendarEntry.create(
                actor.organisation(), command.resource(), type.get(), command.interval(), command.clientReference());
        List<Booking> hit = overBookings.hitBy(entry);
        Optional<Outcome<KeptEntry>> unconfirmed = EntriesOverBookings.unconfirmed(hit, command.overBookings());
        if (unconfirmed.isPresent()) {
            return unconfirmed.get();
        }
        if (!calendar.add(entry)) {
            return Outcome.rejected(
                    RejectionReason.OVERLAPPING_ENTRY, "start", "Another entry that blocks booking overlaps this time");
        }
        return Outcome.accepted(new KeptEntry(entry, hit));
    }
}
