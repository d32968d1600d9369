package fi.sote.booking.application.booking.port.in;

import java.util.Locale;

import fi.sote.booking.domain.shared.InvalidValueException;

/**
 * Which of a client's bookings a list shows: those ending after now that still take their time (the default; not
 * cancelled or moved), those ended, or all.
 */
public enum BookingPeriod {
    UPCOMING,
    PAST,
    ALL;

    /** The period a request names in {@code field}; UPCOMING when it names none. */
    public static BookingPeriod of(String field, String value) {
        if (value == null || value.isBlank()) {
            return UPCOMING;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "must be UPCOMING, PAST or ALL");
        }
    }
}
