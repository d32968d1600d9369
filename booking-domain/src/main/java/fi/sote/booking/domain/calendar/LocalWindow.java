package fi.sote.booking.domain.calendar;

import java.time.LocalDateTime;

import fi.sote.booking.domain.shared.InvalidValueException;

/** A span of wall-clock time in Europe/Helsinki, before it is turned into instants. */
public record LocalWindow(LocalDateTime start, LocalDateTime end) {

    public LocalWindow {
        if (start == null || end == null || !start.isBefore(end)) {
            throw new InvalidValueException("end", "must be after start");
        }
    }
}
