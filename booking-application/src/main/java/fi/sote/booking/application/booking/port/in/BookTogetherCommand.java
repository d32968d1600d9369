package fi.sote.booking.application.booking.port.in;

import java.util.List;

import fi.sote.booking.domain.shared.InvalidValueException;

/** Book several times of different products or resources for one client together (moniajanvaraus). */
public record BookTogetherCommand(List<SlotRequest> bookings) {

    /** Most times one multi-booking takes. */
    public static final int MOST_BOOKINGS = 10;

    public BookTogetherCommand {
        if (bookings == null || bookings.size() < 2 || bookings.size() > MOST_BOOKINGS) {
            throw new InvalidValueException("bookings", "must list from 2 to " + MOST_BOOKINGS + " times");
        }
        if (bookings.stream().map(SlotRequest::client).distinct().count() > 1) {
            throw new InvalidValueException("bookings", "must all be for the same client");
        }
        bookings = List.copyOf(bookings);
    }
}
