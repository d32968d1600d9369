package fi.sote.booking.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fi.sote.booking.domain.shared.InvalidValueException;

class FollowUpPeriodTests {

    @Test
    void followUpPeriodsAreTwoCalendarMonthsFromJanuary() {
        assertThat(FollowUpPeriod.containing(LocalDate.parse("2026-11-23")))
                .isEqualTo(new FollowUpPeriod(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-12-31")));
        assertThat(FollowUpPeriod.containing(LocalDate.parse("2028-02-29")))
                .isEqualTo(new FollowUpPeriod(LocalDate.parse("2028-01-01"), LocalDate.parse("2028-02-29")));
    }

    @Test
    void theDefaultIsTheLastCompletePeriodAlsoAcrossTheYearEnd() {
        assertThat(FollowUpPeriod.of(null, null, LocalDate.parse("2026-11-23")))
                .isEqualTo(new FollowUpPeriod(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-10-31")));
        assertThat(FollowUpPeriod.lastCompleteBefore(LocalDate.parse("2026-01-01")))
                .isEqualTo(new FollowUpPeriod(LocalDate.parse("2025-11-01"), LocalDate.parse("2025-12-31")));
    }

    @Test
    void aPeriodEndsOnOrAfterItsStartAndSpansAtMostTwoYears() {
        assertThatThrownBy(() -> new FollowUpPeriod(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-01")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("to");
        assertThatThrownBy(() -> new FollowUpPeriod(LocalDate.parse("2024-01-01"), LocalDate.parse("2026-01-03")))
                .isInstanceOf(InvalidValueException.class);
        assertThat(new FollowUpPeriod(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-01")).from())
                .isEqualTo(LocalDate.parse("2026-03-01"));
    }

    @Test
    void figuresForOutsideTakeWholeFollowUpPeriodsOnly() {
        new FollowUpPeriod(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-04-30")).requireWholeFollowUpPeriods();
        new FollowUpPeriod(LocalDate.parse("2025-11-01"), LocalDate.parse("2026-02-28")).requireWholeFollowUpPeriods();

        // a day less than a whole period: that day's bookings would be the difference
        assertThatThrownBy(() -> new FollowUpPeriod(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-04-29"))
                        .requireWholeFollowUpPeriods())
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> new FollowUpPeriod(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-04-30"))
                        .requireWholeFollowUpPeriods())
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("from"));
        assertThatThrownBy(() -> new FollowUpPeriod(LocalDate.parse("2026-04-01"), LocalDate.parse("2026-04-30"))
                        .requireWholeFollowUpPeriods())
                .as("a month is half a period")
                .isInstanceOf(InvalidValueException.class);
    }
}
