package fi.sote.booking.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.OrganisationId;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Slots expanded from weekly released time, over dates chosen around daylight-saving changes and
 * holidays, with templates at any hour of the day (so also across the skipped and the repeated hour).
 */
class SlotExpansionProperties {

    private static final List<LocalDate> INTERESTING = List.of(
            LocalDate.of(2026, 3, 23), // spring change on 29 March
            LocalDate.of(2026, 10, 19), // autumn change on 25 October
            LocalDate.of(2026, 3, 30), // Easter 2026
            LocalDate.of(2026, 6, 15), // Midsummer
            LocalDate.of(2026, 12, 20), // Christmas
            LocalDate.of(2027, 3, 22)); // Easter and the spring change in one week

    /** A release is refused when it holds no slot, so the check must agree with the grid that lays them. */
    @Property(tries = 300)
    void aWindowHoldsASlotExactlyWhenTheGridLaysOne(
            @ForAll @IntRange(min = 1, max = 60) int windowInFiveMinutes,
            @ForAll @IntRange(min = 1, max = 24) int lengthInFiveMinutes,
            @ForAll @IntRange(min = 0, max = 6) int bufferBeforeInFiveMinutes,
            @ForAll @IntRange(min = 0, max = 6) int bufferAfterInFiveMinutes) {
        LocalDateTime start = LocalDate.of(2026, 5, 4).atTime(9, 0);
        LocalWindow window = new LocalWindow(start, start.plusMinutes(5L * windowInFiveMinutes));
        Duration length = Duration.ofMinutes(5L * lengthInFiveMinutes);
        Duration before = Duration.ofMinutes(5L * bufferBeforeInFiveMinutes);
        Duration after = Duration.ofMinutes(5L * bufferAfterInFiveMinutes);

        assertThat(SlotGrid.holds(Duration.between(window.start(), window.end()), length, before, after))
                .isEqualTo(!SlotGrid.lay(window, length, before, after, BookingTime.ZONE)
                        .isEmpty());
    }

    @Property(tries = 400)
    void slotsNeverOverlapStayInsideTheTemplateAndHaveTheProductsLocalLength(
            @ForAll("releases") WeeklyRelease release,
            @ForAll @IntRange(min = 1, max = 24) int lengthInFiveMinutes,
            @ForAll @IntRange(min = 0, max = 6) int bufferBeforeInFiveMinutes,
            @ForAll @IntRange(min = 0, max = 6) int bufferAfterInFiveMinutes) {
        Duration length = Duration.ofMinutes(5L * lengthInFiveMinutes);
        Duration before = Duration.ofMinutes(5L * bufferBeforeInFiveMinutes);
        Duration after = Duration.ofMinutes(5L * bufferAfterInFiveMinutes);

        List<TimeInterval> all = new ArrayList<>();
        for (LocalWindow window : release.windows(release.validFrom(), release.validUntil())) {
            for (TimeInterval slot : SlotGrid.lay(window, length, before, after, BookingTime.ZONE)) {
                LocalDateTime localStart = LocalDateTime.ofInstant(slot.start(), BookingTime.ZONE);
                LocalDateTime localEnd = LocalDateTime.ofInstant(slot.end(), BookingTime.ZONE);
                LocalDate date = localStart.toLocalDate();

                assertThat(Duration.between(localStart, localEnd)).isEqualTo(length);
                assertThat(localStart.minus(before)).isAfterOrEqualTo(date.atTime(release.startTime()));
                assertThat(localEnd.plus(after)).isBeforeOrEqualTo(date.atTime(release.endTime()));
                assertThat(date).isBetween(release.validFrom(), release.validUntil());
                assertThat(release.weekdays()).contains(date.getDayOfWeek());
                assertThat(release.skippedDates()).doesNotContain(date);
                if (!release.includeHolidays()) {
                    assertThat(FinnishHolidays.isHoliday(date))
                            .as("%s is a holiday", date)
                            .isFalse();
                }
                all.add(slot);
            }
        }
        Collections.sort(all);
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).start())
                    .as("slots of one resource and product do not overlap")
                    .isAfterOrEqualTo(all.get(i - 1).end());
        }
    }

    @Property(tries = 200)
    void everyOpenDayOfTheTemplateGetsItsWindow(@ForAll("releases") WeeklyRelease release) {
        List<LocalDate> windowDates = release.windows(release.validFrom(), release.validUntil()).stream()
                .map(window -> window.start().toLocalDate())
                .toList();

        for (LocalDate date = release.validFrom(); !date.isAfter(release.validUntil()); date = date.plusDays(1)) {
            boolean open = release.weekdays().contains(date.getDayOfWeek())
                    && !release.skippedDates().contains(date)
                    && (release.includeHolidays() || !FinnishHolidays.isHoliday(date));
            assertThat(windowDates.contains(date)).as("window on %s", date).isEqualTo(open);
        }
    }

    @Provide
    Arbitrary<WeeklyRelease> releases() {
        Arbitrary<Set<DayOfWeek>> weekdays =
                Arbitraries.of(DayOfWeek.class).set().ofMinSize(1);
        Arbitrary<Integer> startMinute =
                Arbitraries.integers().between(0, 24 * 12 - 2).map(i -> i * 5);
        Arbitrary<Integer> lengthMinutes =
                Arbitraries.integers().between(1, 12 * 12).map(i -> i * 5);
        Arbitrary<LocalDate> from = Combinators.combine(
                        Arbitraries.of(INTERESTING), Arbitraries.integers().between(0, 9))
                .as(LocalDate::plusDays);
        Arbitrary<Integer> span = Arbitraries.integers().between(0, 20);
        Arbitrary<Set<Integer>> skipped =
                Arbitraries.integers().between(0, 20).set().ofMaxSize(4);
        Arbitrary<Boolean> includeHolidays = Arbitraries.of(true, false);
        return Combinators.combine(weekdays, startMinute, lengthMinutes, from, span, skipped, includeHolidays)
                .as((days, start, minutes, validFrom, days2, skip, holidays) -> {
                    LocalTime startTime = LocalTime.MIN.plusMinutes(start);
                    int endMinute = Math.min(start + minutes, 24 * 60 - 1);
                    LocalTime endTime = LocalTime.MIN.plusMinutes(endMinute);
                    return new WeeklyRelease(
                            ReleaseId.random(),
                            new OrganisationId("kymenlaakso-demo"),
                            ResourceId.random(),
                            days,
                            startTime,
                            endTime,
                            validFrom,
                            validFrom.plusDays(days2),
                            skip.stream().map(validFrom::plusDays).collect(Collectors.toSet()),
                            holidays,
                            WeeklyReleaseTests.TERMS);
                });
    }
}
