package fi.sote.booking.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import fi.sote.booking.domain.shared.InvalidValueException;

class WorkingHoursTests {

    private static Instant at(String date, String time) {
        return LocalDate.parse(date)
                .atTime(LocalTime.parse(time))
                .atZone(BookingTime.ZONE)
                .toInstant();
    }

    @Test
    void twelveDaysOfSickLeaveAreTenWorkingDaysNotTwoHundredAndEightyEightHours() {
        // Monday 16 March to Friday 27 March 2026, midnight to midnight, a weekend between
        TimeInterval sick = new TimeInterval(at("2026-03-16", "00:00"), at("2026-03-28", "00:00"));
        assertThat(WorkingHours.DEFAULT.within(sick)).isEqualTo(Duration.ofHours(80));
    }

    @Test
    void partOfADayCountsItsOverlapWithTheWorkingHoursAndHolidaysCountNothing() {
        assertThat(WorkingHours.DEFAULT.within(new TimeInterval(at("2026-03-04", "13:00"), at("2026-03-04", "18:00"))))
                .isEqualTo(Duration.ofHours(3));
        // Maundy Thursday 2 April 2026 to Tuesday 7 April: Good Friday, the weekend and Easter Monday are off
        WorkingHours workday = WorkingHours.parse("08:00-15:39");
        assertThat(workday.within(new TimeInterval(at("2026-04-02", "00:00"), at("2026-04-08", "00:00"))))
                .isEqualTo(Duration.ofMinutes(2 * (7 * 60 + 39)));
    }

    @Test
    void workingHoursAreReadAsHoursFromTo() {
        assertThat(WorkingHours.parse(" 07:30-15:15 "))
                .isEqualTo(new WorkingHours(LocalTime.of(7, 30), LocalTime.of(15, 15)));
        assertThatThrownBy(() -> WorkingHours.parse("16:00-08:00"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("workingHours");
        assertThatThrownBy(() -> WorkingHours.parse("eight to four"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("workingHours");
    }
}
