package fi.sote.booking.application.safety.port.in;

import java.time.Instant;

import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.calendar.CalendarEntryId;
import fi.sote.booking.domain.shared.InvalidValueException;

/**
 * Check in at a visit: a booking or a calendar entry of the worker's own calendar.
 *
 * @param expectedEnd when the worker expects to be done, or null for the planned end of the booking or entry
 */
public record CheckInCommand(BookingId booking, CalendarEntryId entry, Instant expectedEnd) {

    public CheckInCommand {
        if ((booking == null) == (entry == null)) {
            throw new InvalidValueException(
                    "bookingId", "name either a booking (bookingId) or a calendar entry (calendarEntryId)");
        }
    }
}
