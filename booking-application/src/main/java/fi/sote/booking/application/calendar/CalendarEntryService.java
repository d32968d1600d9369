package fi.sote.booking.application.calendar;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import fi.sote.booking.application.booking.port.out.BookingRepository;
import fi.sote.booking.application.calendar.port.in.AddCalendarEntryCommand;
import fi.sote.booking.application.calendar.port.in.AddCalendarEntryUseCase;
import fi.sote.booking.application.calendar.port.in.ChangeCalendarEntryCommand;
import fi.sote.booking.application.calendar.port.in.ChangeCalendarEntryUseCase;
import fi.sote.booking.application.calendar.port.in.KeptEntry;
import fi.sote.booking.application.calendar.port.out.CalendarRepository;
import fi.sote.booking.application.calendar.port.out.CalendarRepository.Replacement;
import fi.sote.booking.application.catalogue.References;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.calendar.CalendarEntry;
import fi.sote.booking.domain.catalogue.CalendarEntryType;
import fi.sote.booking.domain.catalogue.EntryCategory;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.RejectionReason;

/**
 * Adds calendar entries and changes them as a whole (type, time and client). A change needs the version read
 * (If-Match) to still be the stored one. Either way an entry that blocks booking over booked time is kept only when
 * the caller confirms it ({@link EntriesOverBookings}), and an entry becomes an absence, or stops being one, only
 * through the absences (which keep what it falls on).
 */
public final class CalendarEntryService implements AddCalendarEntryUseCase, ChangeCalendarEntryUseCase {

    private final CatalogueRepository catalogue;
    private final CalendarRepository calendar;
    private final CalendarAccess access;
    private final EntriesOverBookings overBookings;

    public CalendarEntryService(
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
        Optional<Outcome<KeptEntry>> unusable =
                References.named("entryType", "calendar entry type", command.entryType(), type, false);
        if (unusable.isPresent()) {
            return unusable.get();
        }
        CalendarEntry entry = CalendarEntry.create(
                actor.organisation(), command.resource(), type.get(), command.interval(), command.clientReference());
        return kept(
                entry,
                command.overBookings(),
                () -> calendar.add(entry) ? Replacement.REPLACED : Replacement.OVERLAPPING);
    }

    @Override
    public Outcome<KeptEntry> change(Actor actor, ChangeCalendarEntryCommand command) {
        Optional<CalendarEntry> found = calendar.entry(actor.organisation(), command.entry());
        if (found.isEmpty()) {
            return Outcome.notFound("No calendar entry " + command.entry());
        }
        CalendarEntry entry = found.get();
        Optional<Outcome<KeptEntry>> refusal = access.refusal(actor, entry.resource());
        if (refusal.isPresent()) {
            return refusal.get();
        }
        if (command.expectedVersion() != null && command.expectedVersion() != entry.version()) {
            return stale();
        }
        Optional<CalendarEntryType> type = catalogue.entryType(actor.organisation(), command.entryType());
        Optional<Outcome<KeptEntry>> unusable = References.named(
                "entryType",
                "calendar entry type",
                command.entryType(),
                type,
                type.filter(kept -> kept.code().equals(entry.entryType())).isPresent());
        if (unusable.isPresent()) {
            return unusable.get();
        }
        if (!type.get().code().equals(entry.entryType())
                && (type.get().category() == EntryCategory.ABSENCE || isAbsence(actor, entry))) {
            throw new InvalidValueException(
                    "entryType", "an absence is recorded as an absence (/api/v1/absences), and stays one");
        }
        CalendarEntry changed = entry.changed(type.get(), command.interval(), command.clientReference());
        return kept(changed, command.overBookings(), () -> calendar.replace(entry, changed));
    }

    /** The entry stored by {@code store} unless it lies over booked time unconfirmed, with the bookings it hits. */
    private Outcome<KeptEntry> kept(CalendarEntry entry, boolean confirmed, Supplier<Replacement> store) {
        List<Booking> hit = overBookings.hitBy(entry);
        Optional<Outcome<KeptEntry>> unconfirmed = EntriesOverBookings.unconfirmed(hit, confirmed);
        if (unconfirmed.isPresent()) {
            return unconfirmed.get();
        }
        return switch (store.get()) {
            case REPLACED -> Outcome.accepted(new KeptEntry(entry, hit));
            case OVERLAPPING ->
                Outcome.rejected(
                        RejectionReason.OVERLAPPING_ENTRY,
                        "start",
                        "Another entry that blocks booking overlaps this time");
            case STALE -> stale();
        };
    }

    private boolean isAbsence(Actor actor, CalendarEntry entry) {
        return catalogue
                .entryType(actor.organisation(), entry.entryType())
                .map(type -> type.category() == EntryCategory.ABSENCE)
                .orElse(false);
    }

    private static <T> Outcome<T> stale() {
        return Outcome.rejected(
                RejectionReason.STALE_VERSION, null, "The entry has changed since it was read; read it again");
    }
}
