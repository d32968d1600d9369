package fi.sote.booking.application.absence.port.in;

import java.util.List;

import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.shared.Invariants;

/**
 * A booked time an absence falls on: one booking, or every booking of a group time, which is decided as one (moved
 * or cancelled together) so that a group is never split. The bookings are by when they were made.
 */
public record AffectedTime(List<Booking> bookings) {

    public AffectedTime {
        bookings = List.copyOf(Invariants.required("bookings", bookings));
        if (bookings.isEmpty()) {
            throw new IllegalArgumentException("an affected time has at least one booking");
        }
    }

    /** The booking that stands for the time: the first made. */
    public Booking first() {
        return bookings.get(0);
    }

    public boolean includes(BookingId booking) {
        return bookings.stream().anyMatch(each -> each.id().equals(booking));
    }
}
