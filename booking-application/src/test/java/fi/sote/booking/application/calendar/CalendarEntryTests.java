package fi.sote.booking.application.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import fi.sote.booking.application.booking.port.in.CancelBookingCommand;
import fi.sote.booking.application.calendar.port.in.AddCalendarEntryCommand;
import fi.sote.booking.application.calendar.port.in.ChangeCalendarEntryCommand;
import fi.sote.booking.application.calendar.port.in.KeptEntry;
import fi.sote.booking.application.fakes.World;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.ChangeReason;
import fi.sote.booking.domain.calendar.CalendarEntry;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.RejectionReason;

/** Calendar entries kept over booked time, changed as a whole, and only in the version read. */
class CalendarEntryTests {

    private final World world = new World();

    @Test
    @SuppressWarnings("unchecked")
    void aBlockingEntryOverBookedTimeIsRefusedUntilConfirmedAndThenNamesTheBookingsItHits() {
        Booking booked = world.booked(
                world.counsellor(), World.request(world.pekka, world.firstVisit, World.at(0, "09:00"), "maija"));
        TimeInterval morning = new TimeInterval(World.at(0, "08:30"), World.at(0, "09:30"));

        Outcome<KeptEntry> refused = world.entries.add(
                world.professional(world.pekka),
                new AddCalendarEntryCommand(world.pekka.id(), "HOME_VISIT", morning, "matti", false));
        assertThat(refused).isInstanceOf(Outcome.Rejected.class);
        Outcome.Rejected<KeptEntry> rejected = (Outcome.Rejected<KeptEntry>) refused;
        assertThat(rejected.reason()).isEqualTo(RejectionReason.ENTRY_OVER_BOOKINGS);
        assertThat(rejected.field()).isEqualTo("confirmOverBookings");
        assertThat(rejected.conflicts())
                .extracting(Outcome.Conflict::message)
                .singleElement()
                .asString()
                .contains(booked.id().toString());
        assertThat(world.calendar.entries(world.organisation, world.pekka.id(), morning))
                .isEmpty();

        KeptEntry documented = accepted(world.entries.add(
                world.professional(world.pekka),
                new AddCalendarEntryCommand(world.pekka.id(), "DOCUMENTATION", morning, null, false)));
        assertThat(documented.bookingsHit())
                .as("an entry that does not block booking hits nothing")
                .isEmpty();

        KeptEntry confirmed = accepted(world.entries.add(
                world.professional(world.pekka),
                new AddCalendarEntryCommand(world.pekka.id(), "HOME_VISIT", morning, "matti", true)));
        assertThat(confirmed.bookingsHit()).extracting(Booking::id).containsExactly(booked.id());

        accepted(world.cancel.cancel(
                world.counsellor(), new CancelBookingCommand(booked.id(), null, ChangeReason.CLIENT_REQUEST, null)));
        KeptEntry moved = accepted(world.entries.change(
                world.professional(world.pekka),
                new ChangeCalendarEntryCommand(
                        confirmed.entry().id(),
                        0L,
                        "HOME_VISIT",
                        new TimeInterval(World.at(0, "08:45"), World.at(0, "09:45")),
                        "matti",
                        false)));
        assertThat(moved.bookingsHit())
                .as("a cancelled booking no longer takes the time")
                .isEmpty();
    }

    @Test
    void anEntryChangesAsAWholeOnlyInTheVersionReadAndNeverIntoAnAbsence() {
        TimeInterval afternoon = new TimeInterval(World.at(1, "13:00"), World.at(1, "14:00"));
        CalendarEntry visit = accepted(world.entries.add(
                        world.professional(world.pekka),
                        new AddCalendarEntryCommand(world.pekka.id(), "HOME_VISIT", afternoon, "maija", false)))
                .entry();
        TimeInterval later = new TimeInterval(World.at(1, "14:00"), World.at(1, "15:30"));

        CalendarEntry changed = accepted(world.entries.change(
                        world.professional(world.pekka),
                        new ChangeCalendarEntryCommand(visit.id(), 0L, "DOCUMENTATION", later, null, false)))
                .entry();
        assertThat(changed.entryType()).isEqualTo("DOCUMENTATION");
        assertThat(changed.blocksBooking()).isFalse();
        assertThat(changed.interval()).isEqualTo(later);
        assertThat(changed.clientReference()).isNull();
        assertThat(changed.version()).isEqualTo(1);
        assertThat(world.calendar.entry(world.organisation, visit.id())).contains(changed);

        assertThat(world.entries.change(
                        world.professional(world.pekka),
                        new ChangeCalendarEntryCommand(visit.id(), 0L, "HOME_VISIT", afternoon, "maija", false)))
                .isInstanceOfSatisfying(
                        Outcome.Rejected.class,
                        rejected -> assertThat(rejected.reason()).isEqualTo(RejectionReason.STALE_VERSION));
        assertThat(world.entries.change(
                        world.professional(world.liisa),
                        new ChangeCalendarEntryCommand(visit.id(), 1L, "HOME_VISIT", afternoon, "maija", false)))
                .isInstanceOfSatisfying(
                        Outcome.Rejected.class,
                        rejected -> assertThat(rejected.reason()).isEqualTo(RejectionReason.NOT_YOUR_CALENDAR));
        assertThatThrownBy(() -> world.entries.change(
                        world.professional(world.pekka),
                        new ChangeCalendarEntryCommand(visit.id(), 1L, "SICK_LEAVE", afternoon, null, false)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("entryType");
        assertThat(world.entries.change(
                        world.professional(world.pekka),
                        new ChangeCalendarEntryCommand(visit.id(), 1L, "NO_SUCH_TYPE", afternoon, null, false)))
                .isInstanceOfSatisfying(
                        Outcome.Rejected.class,
                        rejected -> assertThat(rejected.reason()).isEqualTo(RejectionReason.UNKNOWN_REFERENCE));
    }

    @SuppressWarnings("unchecked")
    private static <T> T accepted(Outcome<T> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
        return ((Outcome.Accepted<T>) outcome).value();
    }
}
