package fi.sote.booking.application.calendar;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fi.sote.booking.application.booking.port.out.BookingRepository;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.calendar.CalendarEntry;
import fi.sote.booking.domain.shared.RejectionReason;

/**
 * A blocking entry laid over booked time takes the time from clients who have it: it is refused unless the caller
 * confirms it, and then the bookings it lies over are answered for reorganising. A booking counts while it still
 * takes its time and has not ended.
 */
final class EntriesOverBookings {

    private final BookingRepository bookings;
    private final Clock clock;

    EntriesOverBookings(BookingRepository bookings, Clock clock) {
        this.bookings = bookings;
        this.clock = clock;
    }

    /** The bookings the entry lies over, by start; none when it does not block booking. */
    List<Booking> hitBy(CalendarEntry entry) {
        if (!entry.blocksBooking()) {
            return List.of();
        }
        Instant now = clock.instant();
        return bookings.ofResource(entry.organisation(), entry.resource(), entry.interval()).stream()
                .filter(booking -> booking.takesTimeAt(now)
                        && booking.time().interval().end().isAfter(now))
                .toList();
    }

    /** The refusal of an entry over {@code hit} that the caller has not confirmed; empty when it may be kept. */
    static <T> Optional<Outcome<T>> unconfirmed(List<Booking> hit, boolean confirmed) {
        if (hit.isEmpty() || confirmed) {
            return Optional.empty();
        }
        List<Outcome.Conflict> conflicts = new ArrayList<>();
        for (Booking booking : hit) {
            conflicts.add(new Outcome.Conflict(
                    "confirmOverBookings",
                    "Booking " + booking.id() + " (" + booking.status() + ") from "
                            + booking.time().interval().start() + " to "
                            + booking.time().interval().end()));
        }
        return Optional.of(new Outcome.Rejected<>(
                RejectionReason.ENTRY_OVER_BOOKINGS,
                "confirmOverBookings",
                "The entry blocks booking over " + hit.size()
                        + " booked time(s); send confirmOverBookings: true to add it and reorganise them",
                conflicts));
    }
}
