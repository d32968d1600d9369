package fi.sote.booking.domain.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import fi.sote.booking.domain.shared.InvalidValueException;

/**
 * The working day an absence takes from a professional: the same hours every weekday that is not a Finnish holiday
 * ({@link FinnishHolidays}), in Helsinki time. A day's absence counts its working hours, not the day's 24; a weekend
 * or a holiday within it counts nothing.
 */
public record WorkingHours(LocalTime start, LocalTime end) {

    /** 8:00 to 16:00, unless configured otherwise. */
    public static final WorkingHours DEFAULT = new WorkingHours(LocalTime.of(8, 0), LocalTime.of(16, 0));

    public WorkingHours {
        if (start == null || end == null || !start.isBefore(end)) {
            throw new InvalidValueException("workingHours", "must start before it ends, such as 08:00-16:00");
        }
    }

    /** Parses {@code HH:MM-HH:MM}. */
    public static WorkingHours parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("-");
        if (parts.length != 2) {
            throw new InvalidValueException("workingHours", "must be HH:MM-HH:MM, such as 08:00-16:00");
        }
        try {
            return new WorkingHours(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("workingHours", "must be HH:MM-HH:MM, such as 08:00-16:00");
        }
    }

    /** The working time within the interval: on each working day, its overlap with the working hours. */
    public Duration within(TimeInterval interval) {
        Duration total = Duration.ZERO;
        LocalDate last = interval.end().atZone(BookingTime.ZONE).toLocalDate();
        for (LocalDate day = interval.start().atZone(BookingTime.ZONE).toLocalDate();
                !day.isAfter(last);
                day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            Instant opens = day.atTime(start).atZone(BookingTime.ZONE).toInstant();
            Instant closes = day.atTime(end).atZone(BookingTime.ZONE).toInstant();
            Instant from = opens.isAfter(interval.start()) ? opens : interval.start();
            Instant to = closes.isBefore(interval.end()) ? closes : interval.end();
            if (from.isBefore(to)) {
                total = total.plus(Duration.between(from, to));
            }
        }
        return total;
    }

    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !FinnishHolidays.isHoliday(day);
    }
}
