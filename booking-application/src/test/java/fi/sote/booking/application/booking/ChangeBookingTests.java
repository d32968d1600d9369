package fi.sote.booking.application.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.sote.booking.application.booking.port.in.BookSeriesCommand;
import fi.sote.booking.application.booking.port.in.BookTogetherCommand;
import fi.sote.booking.application.booking.port.in.CancelBookingCommand;
import fi.sote.booking.application.booking.port.in.ChangeScope;
import fi.sote.booking.application.booking.port.in.RecordAttendanceCommand;
import fi.sote.booking.application.booking.port.in.RescheduleBookingCommand;
import fi.sote.booking.application.booking.port.in.SlotRequest;
import fi.sote.booking.application.fakes.World;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingEvent;
import fi.sote.booking.domain.booking.BookingStatus;
import fi.sote.booking.domain.booking.ChangeReason;
import fi.sote.booking.domain.booking.ReachAt;
import fi.sote.booking.domain.booking.Recurrence;
import fi.sote.booking.domain.booking.StatusChange;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.RejectionReason;

/** Series and multi-bookings, cancelling, rescheduling and recording attendance, against fakes of the ports. */
class ChangeBookingTests {

    private final World world = new World();

    private static <T> T accepted(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Accepted<T> accepted) {
            return accepted.value();
        }
        throw new AssertionError("refused: " + outcome);
    }

    private static RejectionReason reason(Outcome<?> outcome) {
        return outcome instanceof Outcome.Rejected<?> rejected ? rejected.reason() : null;
    }

    private SlotRequest firstVisit(int days, String time, String client) {
        return World.request(world.pekka, world.firstVisit, World.at(days, time), client);
    }

    private Outcome<List<Booking>> cancel(Actor actor, Booking booking, ChangeScope scope) {
        return world.cancel.cancel(
                actor, new CancelBookingCommand(booking.id(), null, ChangeReason.CLIENT_REQUEST, scope));
    }

    @Test
    void aSeriesIsBookedWhollyOrNotAtAllAndNamesEachOccurrenceThatCannotBeBooked() {
        world.booked(world.counsellor(), firstVisit(14, "09:00", "OTHER"));

        Outcome<List<Booking>> refused = world.series.bookSeries(
                world.counsellor(),
                new BookSeriesCommand(
                        firstVisit(0, "09:00", "A"), new Recurrence(Recurrence.Frequency.WEEKLY, 4, null)));

        assertThat(reason(refused)).isEqualTo(RejectionReason.PARTLY_UNAVAILABLE);
        assertThat(((Outcome.Rejected<?>) refused).conflicts())
                .singleElement()
                .satisfies(conflict -> assertThat(conflict.field()).isEqualTo("occurrences[2]"));

        List<Booking> series = accepted(world.series.bookSeries(
                world.counsellor(),
                new BookSeriesCommand(
                        firstVisit(0, "10:00", "B"), new Recurrence(Recurrence.Frequency.EVERY_SECOND_WEEK, 3, null))));
        assertThat(series)
                .extracting(booking -> booking.time().interval().start())
                .containsExactly(World.at(0, "10:00"), World.at(14, "10:00"), World.at(28, "10:00"));
        assertThat(series)
                .extracting(Booking::series)
                .containsOnly(series.get(0).series())
                .doesNotContainNull();
    }

    @Test
    void aMultiBookingIsForOneClientAndTwoToTenTimes() {
        List<Booking> together = accepted(world.together.bookTogether(
                world.counsellor(),
                new BookTogetherCommand(List.of(
                        firstVisit(0, "09:00", "A"),
                        World.request(world.pekka, world.parentGroup, World.at(2, "10:00"), "A")))));
        assertThat(together)
                .hasSize(2)
                .extracting(Booking::multiBooking)
                .containsOnly(together.get(0).multiBooking());

        assertThatThrownBy(() -> new BookTogetherCommand(List.of(firstVisit(0, "11:00", "A"))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("bookings");
        assertThatThrownBy(() ->
                        new BookTogetherCommand(List.of(firstVisit(0, "11:00", "A"), firstVisit(2, "11:00", "B"))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("same client");
    }

    @Test
    void aClientCancelsTheirBookingBeforeTheDeadlineAndTheProfessionalAfterIt() {
        Booking soon = world.booked(world.professional(world.pekka), firstVisit(1, "13:00", "maija"));
        world.clock.set(soon.time().interval().start().minus(Duration.ofHours(47)));

        assertThat(reason(cancel(world.client("maija"), soon, ChangeScope.THIS)))
                .isEqualTo(RejectionReason.CHANGE_DEADLINE_PASSED);
        assertThat(cancel(world.client("stranger"), soon, ChangeScope.THIS)).isInstanceOf(Outcome.NotFound.class);

        Booking cancelled = accepted(cancel(world.professional(world.pekka), soon, ChangeScope.THIS))
                .get(0);
        assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(cancelled.lastChange().by()).isEqualTo("pekka");
        assertThat(reason(cancel(world.professional(world.pekka), cancelled, ChangeScope.THIS)))
                .isEqualTo(RejectionReason.INVALID_TRANSITION);
    }

    @Test
    void aBookingIsNeverCancelledAsALetGoHoldSoItStaysInTheStatistics() {
        Booking booked = world.booked(world.counsellor(), firstVisit(2, "09:00", "A"));

        for (ChangeReason holdsOnly : List.of(ChangeReason.HOLD_RELEASED, ChangeReason.HOLD_EXPIRED)) {
            assertThatThrownBy(() -> world.cancel.cancel(
                            world.counsellor(),
                            new CancelBookingCommand(booked.id(), null, holdsOnly, ChangeScope.THIS)))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageStartingWith("reason: " + holdsOnly + " is only for letting a hold go");
        }
        assertThat(accepted(world.cancel.cancel(
                                world.counsellor(),
                                new CancelBookingCommand(
                                        booked.id(), null, ChangeReason.NO_LONGER_NEEDED, ChangeScope.THIS)))
                        .get(0)
                        .status())
                .isEqualTo(BookingStatus.CANCELLED);
    }

    @Test
    void cancellingThisAndFollowingCancelsTheLaterOccurrencesOfTheSeriesOnly() {
        List<Booking> series = accepted(world.series.bookSeries(
                world.counsellor(),
                new BookSeriesCommand(
                        firstVisit(0, "09:00", "A"), new Recurrence(Recurrence.Frequency.WEEKLY, 3, null))));

        List<Booking> cancelled = accepted(cancel(world.counsellor(), series.get(1), ChangeScope.THIS_AND_FOLLOWING));

        assertThat(cancelled)
                .extracting(Booking::id)
                .containsExactly(series.get(1).id(), series.get(2).id());
        assertThat(world.current(series.get(0)).status()).isEqualTo(BookingStatus.BOOKED);
    }

    @Test
    void aStaleVersionIsRefusedAndTheCurrentOneAccepted() {
        Booking booking = world.booked(world.counsellor(), firstVisit(0, "09:00", "A"));
        assertThat(reason(world.cancel.cancel(
                        world.counsellor(), new CancelBookingCommand(booking.id(), 3L, ChangeReason.OTHER, null))))
                .isEqualTo(RejectionReason.STALE_VERSION);
        assertThat(accepted(world.cancel.cancel(
                        world.counsellor(), new CancelBookingCommand(booking.id(), 0L, ChangeReason.OTHER, null))))
                .hasSize(1);
    }

    @Test
    void aRescheduledBookingStaysAsMovedAndLinksToItsReplacementWhichKeepsTheClientAndReferral() {
        SlotRequest withReferral = new SlotRequest(
                world.pekka.id(),
                world.firstVisit.id(),
                World.at(0, "09:00"),
                "OFFICE",
                null,
                "A",
                "sv",
                "Toive ruotsiksi",
                false,
                null);
        Booking old = world.booked(world.counsellor(), withReferral);

        Booking replacement = accepted(world.reschedule.reschedule(
                        world.counsellor(),
                        new RescheduleBookingCommand(
                                old.id(),
                                old.version(),
                                World.at(2, "11:00"),
                                null,
                                ChangeReason.CLIENT_REQUEST,
                                null)))
                .get(0);

        Booking moved = world.current(old);
        assertThat(moved.status()).isEqualTo(BookingStatus.MOVED);
        assertThat(moved.replacedBy()).isEqualTo(replacement.id());
        assertThat(replacement.replaces()).isEqualTo(old.id());
        assertThat(replacement.client()).isEqualTo("A");
        assertThat(replacement.referralNote()).isEqualTo("Toive ruotsiksi");
        assertThat(replacement.clientLanguage()).isEqualTo("sv");
        assertThat(world.bookings.events())
                .extracting(BookingEvent::type)
                .containsExactly(BookingEvent.Type.BOOKED, BookingEvent.Type.MOVED, BookingEvent.Type.BOOKED);
    }

    @Test
    void aClientReschedulesOnlyIntoTimesReleasedForSelfService() {
        Booking own = world.booked(world.client("maija"), firstVisit(0, "09:00", null));

        Outcome<List<Booking>> intoUnreleased = world.inTransaction(() -> world.reschedule.reschedule(
                world.client("maija"),
                new RescheduleBookingCommand(
                        own.id(), null, World.at(1, "09:00"), null, ChangeReason.CLIENT_REQUEST, null)));
        assertThat(reason(intoUnreleased)).isEqualTo(RejectionReason.SLOT_NOT_OFFERED);
        assertThat(world.current(own).status()).isEqualTo(BookingStatus.BOOKED);

        Booking moved = accepted(world.reschedule.reschedule(
                        world.client("maija"),
                        new RescheduleBookingCommand(
                                own.id(), null, World.at(2, "09:00"), null, ChangeReason.CLIENT_REQUEST, null)))
                .get(0);
        assertThat(moved.channel()).isEqualTo(Channel.CLIENT_SELF_SERVICE);
    }

    @Test
    void aClientMovesATimeCounsellingBookedForThemAndItKeepsTheReferralAndHowToReachThem() {
        SlotRequest byCounselling = firstVisit(0, "09:00", "maija");
        Booking booked = world.booked(
                world.counsellor(),
                new SlotRequest(
                        byCounselling.resource(),
                        byCounselling.product(),
                        byCounselling.start(),
                        byCounselling.contactMode(),
                        null,
                        "maija",
                        "fi",
                        "Perhe toivoo tapaamista pian",
                        false,
                        null,
                        false,
                        new ReachAt("+358401234567", null),
                        null,
                        false));

        Booking moved = accepted(world.reschedule.reschedule(
                        world.client("maija"),
                        new RescheduleBookingCommand(
                                booked.id(), null, World.at(2, "09:00"), null, ChangeReason.CLIENT_REQUEST, null)))
                .get(0);

        assertThat(moved.channel()).isEqualTo(Channel.CLIENT_SELF_SERVICE);
        assertThat(moved.replaces()).isEqualTo(booked.id());
        assertThat(moved.referralNote()).isEqualTo("Perhe toivoo tapaamista pian");
        assertThat(moved.reachAt()).isEqualTo(new ReachAt("+358401234567", null));
    }

    @Test
    void aSeriesMovesByTheSameLocalShiftAndIsRefusedWhollyWhenAnOccurrenceCannotMove() {
        List<Booking> series = accepted(world.series.bookSeries(
                world.counsellor(),
                new BookSeriesCommand(
                        firstVisit(0, "09:00", "A"), new Recurrence(Recurrence.Frequency.WEEKLY, 3, null))));

        List<Booking> moved = accepted(world.reschedule.reschedule(
                world.counsellor(),
                new RescheduleBookingCommand(
                        series.get(0).id(),
                        null,
                        World.at(0, "10:00"),
                        null,
                        ChangeReason.SERVICE_REORGANISED,
                        ChangeScope.THIS_AND_FOLLOWING)));

        assertThat(moved)
                .extracting(booking -> booking.time().interval().start())
                .containsExactly(World.at(0, "10:00"), World.at(7, "10:00"), World.at(14, "10:00"));
    }

    @Test
    void aClientOnlyChecksInAroundTheTimeAndTheProfessionalRecordsHowItWent() {
        Booking booking = world.booked(world.client("maija"), firstVisit(0, "09:00", null));
        RecordAttendanceCommand checkIn = new RecordAttendanceCommand(booking.id(), null, BookingStatus.CHECKED_IN);

        assertThat(reason(world.attendance.record(world.client("maija"), checkIn)))
                .isEqualTo(RejectionReason.OUTSIDE_CHECK_IN_WINDOW);
        world.clock.set(World.at(0, "08:30"));
        assertThat(reason(world.attendance.record(
                        world.client("maija"),
                        new RecordAttendanceCommand(booking.id(), null, BookingStatus.FULFILLED))))
                .isEqualTo(RejectionReason.CHANNEL_NOT_ALLOWED);
        assertThat(accepted(world.attendance.record(world.client("maija"), checkIn))
                        .status())
                .isEqualTo(BookingStatus.CHECKED_IN);

        assertThat(reason(world.attendance.record(
                        world.professional(world.pekka),
                        new RecordAttendanceCommand(booking.id(), 1L, BookingStatus.FULFILLED))))
                .isEqualTo(RejectionReason.ATTENDANCE_TOO_EARLY);
        world.clock.set(World.at(0, "09:00"));
        Booking fulfilled = accepted(world.attendance.record(
                world.professional(world.pekka),
                new RecordAttendanceCommand(booking.id(), 1L, BookingStatus.FULFILLED)));
        assertThat(fulfilled.version()).isEqualTo(2);
        assertThat(reason(world.attendance.record(
                        world.professional(world.pekka),
                        new RecordAttendanceCommand(booking.id(), null, BookingStatus.CHECKED_IN))))
                .isEqualTo(RejectionReason.INVALID_TRANSITION);
        assertThat(reason(world.attendance.record(
                        world.professional(world.pekka),
                        new RecordAttendanceCommand(booking.id(), null, BookingStatus.NO_SHOW))))
                .isEqualTo(RejectionReason.REASON_REQUIRED);
        Booking corrected = accepted(world.attendance.record(
                world.professional(world.pekka),
                new RecordAttendanceCommand(booking.id(), 2L, BookingStatus.NO_SHOW, ChangeReason.RECORDED_IN_ERROR)));
        assertThat(corrected.lastChange())
                .isEqualTo(new StatusChange(
                        BookingStatus.NO_SHOW, ChangeReason.RECORDED_IN_ERROR, "pekka", World.at(0, "09:00")));
        assertThatThrownBy(() -> new CancelBookingCommand(booking.id(), null, ChangeReason.RECORDED_IN_ERROR, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("reason");
        assertThatThrownBy(() -> new RecordAttendanceCommand(booking.id(), null, BookingStatus.BOOKED))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("status");
    }
}
