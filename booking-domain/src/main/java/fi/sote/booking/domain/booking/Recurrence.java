package fi.sote.booking.domain.booking;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import fi.sote.booking.domain.calendar.BookingTime;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.shared.InvalidValueException;

/**
 * How a series booking (sarja-ajanvaraus) repeats: every week or every second week, a number of
 * times or until a date. Occurrences keep the local time of the first in Helsinki, across
 * daylight-saving changes.
 *
 * @param count how many occurrences, the first included; or null when {@code until} ends the series
 * @param until the last local date an occurrence may fall on; or null when {@code count} ends it
 */
public record Recurrence(Frequency frequency, Integer count, LocalDate until) {

    public static final int MOST_OCCURRENCES = 52;

    public enum Frequency {
        WEEKLY(1),
        EVERY_SECOND_WEEK(2);

        private final int weeks;

        Frequency(int weeks) {
            this.weeks = weeks;
        }
    }

    public Recurrence {
        if (frequency == null) {
            throw new InvalidValueException("recurrence.frequency", "is required");
        }
        if ((count == null) == (until == null)) {
            throw new InvalidValueException("recurrence.count", "give either count or until");
        }
        if (count != null && (count < 2 || count > MOST_OCCURRENCES)) {
            throw new InvalidValueException("recurrence.count", "must be from 2 to " + MOST_OCCURRENCES);
        }
    }

    /** The occurrences of a series whose first occurrence is {@code first}. */
    public List<TimeInterval> occurrences(TimeInterval first) {
        ZonedDateTime start = first.start().atZone(BookingTime.ZONE);
        ZonedDateTime end = first.end().atZone(BookingTime.ZONE);
        if (until != null && until.isBefore(start.toLocalDate())) {
            throw new InvalidValueException("recurrence.until", "must not be before the first occurrence");
        }
        List<TimeInterval> occurrences = new ArrayList<>();
        for (int i = 0; count == null || i < count; i++) {
            ZonedDateTime from = start.plusWeeks((long) i * frequency.weeks);
            if (until != null && from.toLocalDate().isAfter(until)) {
                break;
            }
            if (occurrences.size() == MOST_OCCURRENCES) {
                throw new InvalidValueException(
                        "recurrence.until", "gives more than " + MOST_OCCURRENCES + " occurrences");
            }
            occurrences.add(new TimeInterval(
                    from.toInstant(), end.plusWeeks((long) i * frequency.weeks).toInstant()));
        }
        return occurrences;
    }
}
