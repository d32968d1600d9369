package fi.sote.booking.application.calendar.port.in;

import java.util.List;

import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.calendar.CalendarEntry;

/**
 * A calendar entry as added or changed, with the bookings it lies over: those still taking the resource's time
 * under a blocking entry, by start, which the caller confirmed and now reorganises.
 */
public record KeptEntry(CalendarEntry entry, List<Booking> bookingsHit) {

    public KeptEntry {
        bookingsHit = List.copyOf(bookingsHit);
    }
}
