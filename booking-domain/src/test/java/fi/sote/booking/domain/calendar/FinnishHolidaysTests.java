package fi.sote.booking.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FinnishHolidaysTests {

    @ParameterizedTest
    @CsvSource({
        "2024,2024-03-31",
        "2025,2025-04-20",
        "2026,2026-04-05",
        "2027,2027-03-28",
        "2038,2038-04-25",
        "2285,2285-03-22"
    })
    void easterFollowsTheGregorianComputus(int year, LocalDate easter) {
        assertThat(FinnishHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void theHolidaysOf2026AreTheOnesInTheCalendar() {
        assertThat(FinnishHolidays.of(2026))
                .containsOnlyKeys(
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 1, 6),
                        LocalDate.of(2026, 4, 3),
                        LocalDate.of(2026, 4, 5),
                        LocalDate.of(2026, 4, 6),
                        LocalDate.of(2026, 5, 1),
                        LocalDate.of(2026, 5, 14),
                        LocalDate.of(2026, 5, 24),
                        LocalDate.of(2026, 6, 19),
                        LocalDate.of(2026, 6, 20),
                        LocalDate.of(2026, 10, 31),
                        LocalDate.of(2026, 12, 6),
                        LocalDate.of(2026, 12, 24),
                        LocalDate.of(2026, 12, 25),
                        LocalDate.of(2026, 12, 26));
    }

    @Test
    void midsummerAndAllSaintsDayMoveToTheirSaturday() {
        assertThat(FinnishHolidays.of(2025))
                .containsEntry(LocalDate.of(2025, 6, 20), "Juhannusaatto")
                .containsEntry(LocalDate.of(2025, 6, 21), "Juhannuspäivä")
                .containsEntry(LocalDate.of(2025, 11, 1), "Pyhäinpäivä");
        assertThat(FinnishHolidays.of(2027))
                .containsEntry(LocalDate.of(2027, 6, 26), "Juhannuspäivä")
                .containsEntry(LocalDate.of(2027, 11, 6), "Pyhäinpäivä");
    }

    @Test
    void anOrdinaryWorkingDayIsNoHoliday() {
        assertThat(FinnishHolidays.isHoliday(LocalDate.of(2026, 11, 23))).isFalse();
        assertThat(FinnishHolidays.isHoliday(LocalDate.of(2026, 12, 7))).isFalse();
    }
}
