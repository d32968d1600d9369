package fi.sote.booking.domain.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.sote.booking.domain.calendar.BookingTime;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.OrganisationId;

class BookingStatusTests {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void theStatusesMapToFhirAsTheFinnishSchedulingGuideDoes() {
        assertThat(BookingStatus.PENDING.fhirCode()).isEqualTo("pending");
        assertThat(BookingStatus.NO_SHOW.fhirCode()).isEqualTo("noshow");
        assertThat(BookingStatus.CHECKED_IN.finnishName()).isEqualTo("Ilmoittautunut");
        assertThat(BookingStatus.MOVED.fhirCode()).isNull();
    }

    @Test
    void finishedBookingsChangeNoFurtherButARecordedOutcomeMayBeCorrected() {
        for (BookingStatus done : List.of(BookingStatus.CANCELLED, BookingStatus.MOVED)) {
            assertThat(done.next()).as(done.name()).isEmpty();
        }
        assertThat(BookingStatus.FULFILLED.next()).containsExactly(BookingStatus.NO_SHOW);
        assertThat(BookingStatus.NO_SHOW.next()).containsExactly(BookingStatus.FULFILLED);
        assertThat(BookingStatus.BOOKED.mayBecome(BookingStatus.MOVED)).isTrue();
        assertThat(BookingStatus.PENDING.mayBecome(BookingStatus.MOVED)).isFalse();
        assertThat(BookingStatus.ARRIVED.mayBecome(BookingStatus.CANCELLED)).isFalse();
    }

    @Test
    void aHoldTakesItsTimeUntilItLapsesAndAChangeRaisesTheVersion() {
        Booking hold = booking(BookingStatus.PENDING, NOW.plusSeconds(600));
        assertThat(hold.takesTimeAt(NOW)).isTrue();
        assertThat(hold.takesTimeAt(NOW.plusSeconds(600))).isFalse();

        Booking booked = hold.becomes(BookingStatus.BOOKED, null, "counsellor", NOW);
        assertThat(booked.version()).isEqualTo(1);
        assertThat(booked.holdExpiresAt()).isNull();
        assertThat(booked.takesTimeAt(NOW.plusSeconds(3600))).isTrue();
        assertThatThrownBy(() -> booked.becomes(BookingStatus.PENDING, null, "x", NOW))
                .isInstanceOf(IllegalStateException.class);

        Booking moved = booked.movedTo(BookingId.random(), ChangeReason.CLIENT_REQUEST, "client", NOW);
        assertThat(moved.status()).isEqualTo(BookingStatus.MOVED);
        assertThat(moved.replacedBy()).isNotNull();
        assertThat(moved.lastChange().reason()).isEqualTo(ChangeReason.CLIENT_REQUEST);
        assertThat(moved.takesTimeAt(NOW)).isFalse();
    }

    @Test
    void aSeriesKeepsItsLocalTimeAcrossTheEndOfDaylightSavingTime() {
        // 10:00 Helsinki on Mondays from 19 October 2026; summer time ends on 25 October
        ZonedDateTime first =
                LocalDate.of(2026, 10, 19).atTime(LocalTime.of(10, 0)).atZone(BookingTime.ZONE);
        TimeInterval interval =
                new TimeInterval(first.toInstant(), first.plusMinutes(45).toInstant());
        List<TimeInterval> weekly = new Recurrence(Recurrence.Frequency.WEEKLY, 3, null).occurrences(interval);

        assertThat(weekly)
                .extracting(occurrence ->
                        occurrence.start().atZone(BookingTime.ZONE).toLocalTime())
                .containsOnly(LocalTime.of(10, 0));
        assertThat(weekly.get(1).start()).isEqualTo(Instant.parse("2026-10-26T08:00:00Z"));
        assertThat(weekly)
                .allSatisfy(occurrence ->
                        assertThat(occurrence.duration().toMinutes()).isEqualTo(45));

        List<TimeInterval> everySecond = new Recurrence(
                        Recurrence.Frequency.EVERY_SECOND_WEEK, null, LocalDate.of(2026, 11, 30))
                .occurrences(interval);
        assertThat(everySecond)
                .extracting(occurrence ->
                        occurrence.start().atZone(BookingTime.ZONE).toLocalDate())
                .containsExactly(
                        LocalDate.of(2026, 10, 19),
                        LocalDate.of(2026, 11, 2),
                        LocalDate.of(2026, 11, 16),
                        LocalDate.of(2026, 11, 30));
    }

    @Test
    void aRecurrenceNamesEitherACountOrAnEndDate() {
        assertThatThrownBy(() -> new Recurrence(Recurrence.Frequency.WEEKLY, 3, LocalDate.of(2027, 1, 1)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Recurrence(Recurrence.Frequency.WEEKLY, 1, null))
                .isInstanceOf(InvalidValueException.class);
        TimeInterval interval = new TimeInterval(NOW, NOW.plusSeconds(3600));
        assertThatThrownBy(() -> new Recurrence(Recurrence.Frequency.WEEKLY, null, LocalDate.of(2028, 1, 1))
                        .occurrences(interval))
                .isInstanceOf(InvalidValueException.class);
    }

    private static Booking booking(BookingStatus status, Instant holdExpiresAt) {
        TimeInterval interval = new TimeInterval(NOW.plusSeconds(86_400), NOW.plusSeconds(90_000));
        return new Booking(
                BookingId.random(),
                new OrganisationId("demo"),
                new BookedTime(ResourceId.random(), BookableProductId.random(), interval, interval, 1, "PHONE", null),
                "client-1",
                "fi",
                Channel.COUNSELLING,
                "counsellor",
                NOW,
                status,
                holdExpiresAt,
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                0);
    }
}
