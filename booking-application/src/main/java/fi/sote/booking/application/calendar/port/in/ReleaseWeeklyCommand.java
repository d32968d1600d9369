package fi.sote.booking.application.calendar.port.in;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import fi.sote.booking.domain.calendar.ReleaseTerms;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.Invariants;

/**
 * Release a resource's time by a weekly template in Finnish local time, on the terms given.
 *
 * @param skippedDates dates left out; none when null
 * @param includeHolidays whether Finnish holidays are released too
 */
public record ReleaseWeeklyCommand(
        ResourceId resource,
        Set<DayOfWeek> weekdays,
        LocalTime startTime,
        LocalTime endTime,
        LocalDate validFrom,
        LocalDate validUntil,
        Set<LocalDate> skippedDates,
        boolean includeHolidays,
        ReleaseTerms terms) {

    public ReleaseWeeklyCommand {
        Invariants.required("resourceId", resource);
        Invariants.required("weekdays", weekdays);
        Invariants.required("startTime", startTime);
        Invariants.required("endTime", endTime);
        Invariants.required("validFrom", validFrom);
        Invariants.required("validUntil", validUntil);
        Invariants.required("terms", terms);
    }
}
