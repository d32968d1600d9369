package fi.sote.booking.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.OrganisationId;

class WeeklyReleaseTests {

    static final ReleaseTerms TERMS =
            new ReleaseTerms(Set.of(BookableProductId.random()), Set.of(Channel.CLIENT_SELF_SERVICE), Set.of(), null);

    @Test
    void nineToElevenIsNineToElevenLocalTimeOnBothSidesOfTheSpringChange() {
        // Finland moves its clocks forward on Sunday 29 March 2026
        WeeklyRelease release = weekly(
                Set.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY),
                "09:00",
                "11:00",
                LocalDate.of(2026, 3, 27),
                LocalDate.of(2026, 3, 30));

        List<TimeInterval> slots = release.windows(release.validFrom(), release.validUntil()).stream()
                .flatMap(window ->
                        SlotGrid.lay(window, Duration.ofHours(1), Duration.ZERO, Duration.ZERO, BookingTime.ZONE)
                                .stream())
                .toList();

        assertThat(slots)
                .extracting(TimeInterval::start)
                .containsExactly(
                        Instant.parse("2026-03-27T07:00:00Z"), Instant.parse("2026-03-27T08:00:00Z"),
                        Instant.parse("2026-03-30T06:00:00Z"), Instant.parse("2026-03-30T07:00:00Z"));
    }

    @Test
    void holidaysAreSkippedUnlessTheReleaseIncludesThem() {
        // Good Friday 3 April 2026 and Easter Monday 6 April 2026
        WeeklyRelease release = weekly(
                Set.of(DayOfWeek.values()), "09:00", "10:00", LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 7));

        assertThat(release.windows(release.validFrom(), release.validUntil()))
                .extracting(window -> window.start().toLocalDate())
                .containsExactly(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 4), LocalDate.of(2026, 4, 7));

        WeeklyRelease onCall = new WeeklyRelease(
                release.id(),
                release.organisation(),
                release.resource(),
                release.weekdays(),
                release.startTime(),
                release.endTime(),
                release.validFrom(),
                release.validUntil(),
                Set.of(LocalDate.of(2026, 4, 4)),
                true,
                TERMS);
        assertThat(onCall.windows(onCall.validFrom(), onCall.validUntil())).hasSize(5);
    }

    @Test
    void aTemplateOfZeroLengthIsRejected() {
        assertThatThrownBy(() -> weekly(
                        Set.of(DayOfWeek.MONDAY),
                        "09:00",
                        "09:00",
                        LocalDate.of(2026, 1, 5),
                        LocalDate.of(2026, 1, 30)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("endTime"));
    }

    @Test
    void aTemplateReachingMoreThanTwoYearsAheadIsRejected() {
        assertThatThrownBy(() -> weekly(
                        Set.of(DayOfWeek.MONDAY), "09:00", "10:00", LocalDate.of(2026, 1, 5), LocalDate.of(2036, 1, 5)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("validUntil"));
    }

    static WeeklyRelease weekly(Set<DayOfWeek> days, String start, String end, LocalDate from, LocalDate until) {
        return new WeeklyRelease(
                ReleaseId.random(),
                new OrganisationId("kymenlaakso-demo"),
                ResourceId.random(),
                days,
                LocalTime.parse(start),
                LocalTime.parse(end),
                from,
                until,
                Set.of(),
                false,
                TERMS);
    }
}
