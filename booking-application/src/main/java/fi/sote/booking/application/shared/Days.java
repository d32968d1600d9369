package fi.sote.booking.application.shared;

import java.time.LocalDate;

import fi.sote.booking.domain.calendar.BookingTime;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.shared.InvalidValueException;

/**
 * Whole days in Finnish local time, as day and week views ask for them: from the start of {@code from} to the start of
 * the day {@code count} days later, whatever the offset (a day of a daylight-saving change has 23 or 25 hours).
 */
public record Days(LocalDate from, int count) {

    /** A month of days at most: a view is for preparing the work ahead, not for reading a calendar's history. */
    public static final int MOST = 31;

    public Days {
        if (from == null) {
            throw new InvalidValueException("from", "is required");
        }
        if (count < 1 || count > MOST) {
            throw new InvalidValueException("days", "must be 1-" + MOST);
        }
    }

    public TimeInterval interval() {
        return new TimeInterval(
                from.atStartOfDay(BookingTime.ZONE).toInstant(),
                from.plusDays(count).atStartOfDay(BookingTime.ZONE).toInstant());
    }
}
