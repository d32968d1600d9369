package fi.sote.booking.domain.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.Invariants;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * Released time by a weekly template: on the given weekdays, from {@code startTime} to
 * {@code endTime} Finnish local time, between {@code validFrom} and {@code validUntil} (inclusive),
 * except on the skipped dates and, unless {@code includeHolidays}, on Finnish holidays.
 */
public record WeeklyRelease(
        ReleaseId id,
        OrganisationId organisation,
        ResourceId resource,
        Set<DayOfWeek> weekdays,
        LocalTime startTime,
        LocalTime endTime,
        LocalDate validFrom,
        LocalDate validUntil,
        Set<LocalDate> skippedDates,
        boolean includeHolidays,
        ReleaseTerms terms)
        implements Release {

    /** How far a template may reach: availability is planned for at most two years at a time. */
    public static final Period LONGEST_VALIDITY = Period.ofYears(2);

    public WeeklyRelease {
        Invariants.required("id", id);
        Invariants.required("organisation", organisation);
        Invariants.required("resource", resource);
        Invariants.required("weekdays", weekdays);
        if (weekdays.isEmpty()) {
            throw new InvalidValueException("weekdays", "must name at least one weekday");
        }
        weekdays = Set.copyOf(EnumSet.copyOf(weekdays));
        Invariants.required("startTime", startTime);
        Invariants.required("endTime", endTime);
        if (!startTime.isBefore(endTime)) {
            throw new InvalidValueException("endTime", "must be after startTime on the same day");
        }
        Invariants.required("validFrom", validFrom);
        Invariants.required("validUntil", validUntil);
        if (validUntil.isBefore(validFrom)) {
            throw new InvalidValueException("validUntil", "must not be before validFrom");
        }
        if (validUntil.isAfter(validFrom.plus(LONGEST_VALIDITY))) {
            throw new InvalidValueException("validUntil", "must be at most two years after validFrom");
        }
        skippedDates = skippedDates == null ? Set.of() : Set.copyOf(skippedDates);
        Invariants.required("terms", terms);
    }

    @Override
    public List<LocalWindow> windows(LocalDate from, LocalDate to) {
        List<LocalWindow> windows = new ArrayList<>();
        LocalDate first = from.isBefore(validFrom) ? validFrom : from;
        LocalDate last = to.isAfter(validUntil) ? validUntil : to;
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            if (isOpenOn(date)) {
                windows.add(new LocalWindow(date.atTime(startTime), date.atTime(endTime)));
            }
        }
        return windows;
    }

    @Override
    public boolean offersOn(LocalDate from, LocalDate to) {
        return !validUntil.isBefore(from) && !validFrom.isAfter(to);
    }

    public boolean isOpenOn(LocalDate date) {
        return weekdays.contains(date.getDayOfWeek())
                && !skippedDates.contains(date)
                && (includeHolidays || !FinnishHolidays.isHoliday(date));
    }

    @Override
    public Duration windowLength() {
        return Duration.between(startTime, endTime);
    }
}
