package fi.sote.booking.domain.booking;

import java.time.Instant;

/**
 * What happened to a booking, stored in the outbox with the change itself so that what is announced
 * did commit and what committed is announced.
 */
public record BookingEvent(Type type, Booking booking, Instant at) {

    public enum Type {
        HELD,
        BOOKED,
        CANCELLED,
        MOVED,
        STATUS_CHANGED
    }

    public static BookingEvent of(Type type, Booking booking, Instant at) {
        return new BookingEvent(type, booking, at);
    }
}
