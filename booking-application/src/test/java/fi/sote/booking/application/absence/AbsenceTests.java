package fi.sote.booking.application.absence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import fi.sote.booking.application.absence.port.in.AbsenceImpact;
import fi.sote.booking.application.absence.port.in.HandleAbsenceCommand;
import fi.sote.booking.application.absence.port.in.HandleAbsenceUseCase.Action;
import fi.sote.booking.application.absence.port.in.HandleAbsenceUseCase.Decision;
import fi.sote.booking.application.absence.port.in.HandleAbsenceUseCase.Handled;
import fi.sote.booking.application.absence.port.in.RecordAbsenceCommand;
import fi.sote.booking.application.absence.port.in.ViewAbsenceQuery.Suggestion;
import fi.sote.booking.application.absence.port.out.ClientNotifications.Change;
import fi.sote.booking.application.fakes.World;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.absence.ReplacementRanking.Replacement;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingStatus;
import fi.sote.booking.domain.booking.ChangeReason;
import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.shared.RejectionReason;

/** Recording an absence, what it falls on, who could take over, and the supervisor's decisions, against fakes. */
class AbsenceTests {

    private final World world = new World();
    private final Actor sari = world.supervisor("sari");

    private static <T> T accepted(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Accepted<T> accepted) {
            return accepted.value();
        }
        throw new AssertionError("refused: " + outcome);
    }

    private static RejectionReason reason(Outcome<?> outcome) {
        return outcome instanceof Outcome.Rejected<?> rejected ? rejected.reason() : null;
    }

    /** Pekka's Monday, all day. */
    private RecordAbsenceCommand pekkasMonday() {
        return new RecordAbsenceCommand(
                world.pekka.id(), "SICK_LEAVE", new TimeInterval(World.at(0, "00:00"), World.at(1, "00:00")));
    }

    private Booking bookedWithPekka(String time, String client) {
        return world.booked(
                world.counsellor(), World.request(world.pekka, world.firstVisit, World.at(0, time), client));
    }

    @Test
    void anAbsenceListsTheBookingsAndReleasedTimeItFallsOnAndOnlyTheCalendarsKeepersRecordIt() {
        Booking booking = bookedWithPekka("09:00", "A");

        AbsenceImpact impact = accepted(world.recordAbsence.record(sari, pekkasMonday()));

        assertThat(impact.times()).extracting(time -> time.first().id()).containsExactly(booking.id());
        assertThat(impact.releasedTime())
                .singleElement()
                .satisfies(window -> assertThat(window.interval())
                        .isEqualTo(new TimeInterval(World.at(0, "09:00"), World.at(0, "12:00"))));
        assertThat(reason(world.recordAbsence.record(world.professional(world.pekka), pekkasMonday())))
                .isEqualTo(RejectionReason.OVERLAPPING_ENTRY);
        assertThat(reason(world.recordAbsence.record(world.professional(world.liisa), pekkasMonday())))
                .isEqualTo(RejectionReason.NOT_YOUR_CALENDAR);
        assertThat(reason(world.recordAbsence.record(world.supervisor("timo"), pekkasMonday())))
                .isEqualTo(RejectionReason.NOT_YOUR_CALENDAR);
    }

    @Test
    void theSupervisorIsOfferedAColleagueOfTheServiceFreeAtTheTimeAndTheProfessionalsTimesAfterTheAbsence() {
        bookedWithPekka("09:00", "A");
        AbsenceImpact impact = accepted(world.recordAbsence.record(sari, pekkasMonday()));

        Suggestion suggestion = accepted(
                        world.viewAbsence.suggestions(sari, impact.absence().id()))
                .get(0);

        assertThat(suggestion.replacements()).extracting(Replacement::resource).containsExactly(world.liisa);
        assertThat(suggestion.afterReturn())
                .isNotEmpty()
                .allSatisfy(slot -> assertThat(slot.slot().interval().start()).isAfterOrEqualTo(World.at(1, "00:00")));
        assertThat(world.viewAbsence.suggestions(
                        world.supervisor("timo"), impact.absence().id()))
                .isInstanceOf(Outcome.NotFound.class);
    }

    @Test
    void reassigningMovesTheBookingToTheColleagueTellsTheClientAndLeavesNothingToAttendTo() {
        Booking booking = bookedWithPekka("09:00", "A");
        AbsenceImpact impact = accepted(world.recordAbsence.record(sari, pekkasMonday()));
        assertThat(accepted(world.viewAbsence.needsAttention(sari, "FAMILY"))).hasSize(1);

        Handled handled = accepted(world.handleAbsence.handle(
                        sari,
                        new HandleAbsenceCommand(
                                impact.absence().id(),
                                List.of(new Decision(booking.id(), Action.REASSIGN, world.liisa.id(), null, null)))))
                .get(0);

        assertThat(handled.now().time().resource()).isEqualTo(world.liisa.id());
        assertThat(handled.now().replaces()).isEqualTo(booking.id());
        Booking moved = world.current(booking);
        assertThat(moved.status()).isEqualTo(BookingStatus.MOVED);
        assertThat(moved.lastChange().reason()).isEqualTo(ChangeReason.PROFESSIONAL_ABSENCE);
        assertThat(world.notifications.sent()).singleElement().satisfies(notification -> {
            assertThat(notification.change()).isEqualTo(Change.REASSIGNED);
            assertThat(notification.professionalBefore()).isEqualTo("Pekka");
            assertThat(notification.professionalAfter()).isEqualTo("Liisa");
        });
        assertThat(accepted(world.viewAbsence.needsAttention(sari, "FAMILY"))).isEmpty();
    }

    @Test
    void allDecisionsOrNoneAreCarriedOutAndEachOneThatCannotBeIsNamed() {
        Booking first = bookedWithPekka("09:00", "A");
        Booking second = bookedWithPekka("10:00", "B");
        Booking notAffected = world.booked(
                world.counsellor(), World.request(world.pekka, world.firstVisit, World.at(2, "09:00"), "C"));
        AbsenceImpact impact = accepted(world.recordAbsence.record(sari, pekkasMonday()));

        Outcome<List<Handled>> refused = world.inTransaction(() -> world.handleAbsence.handle(
                sari,
                new HandleAbsenceCommand(
                        impact.absence().id(),
                        List.of(
                                new Decision(first.id(), Action.CANCEL, null, null, null),
                                new Decision(second.id(), Action.REASSIGN, world.olli.id(), null, null),
                                new Decision(notAffected.id(), Action.CANCEL, null, null, null)))));

        assertThat(reason(refused)).isEqualTo(RejectionReason.PARTLY_UNAVAILABLE);
        assertThat(((Outcome.Rejected<?>) refused).conflicts())
                .extracting(
                        conflict -> conflict.field() + " " + conflict.message().split(" ")[0])
                .containsExactly("decisions[1] not-your-calendar", "decisions[2] not-affected");
        assertThat(world.current(first).status()).isEqualTo(BookingStatus.BOOKED);

        accepted(world.handleAbsence.handle(
                sari,
                new HandleAbsenceCommand(
                        impact.absence().id(), List.of(new Decision(first.id(), Action.CANCEL, null, null, null)))));
        assertThat(world.current(first).status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(world.notifications.sent()).last().satisfies(sent -> {
            assertThat(sent.change()).isEqualTo(Change.CANCELLED);
            assertThat(sent.after()).isNull();
        });
    }

    @Test
    void aGroupTimeIsListedOnceAndMovedWholeWhateverParticipantTheDecisionNames() {
        List<Booking> group = List.of("A", "B", "C").stream()
                .map(client -> world.booked(
                        world.professional(world.pekka),
                        World.request(world.pekka, world.parentGroup, World.at(0, "13:00"), client)))
                .toList();
        Booking alone = bookedWithPekka("09:00", "D");
        AbsenceImpact impact = accepted(world.recordAbsence.record(sari, pekkasMonday()));

        assertThat(impact.times()).extracting(time -> time.bookings().size()).containsExactly(1, 3);
        assertThat(impact.times().get(1).bookings())
                .extracting(Booking::id)
                .containsExactlyInAnyOrderElementsOf(
                        group.stream().map(Booking::id).toList());
        assertThat(accepted(world.viewAbsence.needsAttention(sari, "FAMILY"))).hasSize(2);
        assertThat(accepted(world.viewAbsence.suggestions(sari, impact.absence().id())))
                .hasSize(2);

        Outcome<List<Handled>> split = world.inTransaction(() -> world.handleAbsence.handle(
                sari,
                new HandleAbsenceCommand(
                        impact.absence().id(),
                        List.of(
                                new Decision(group.get(0).id(), Action.REASSIGN, world.liisa.id(), null, null),
                                new Decision(group.get(2).id(), Action.CANCEL, null, null, null)))));
        assertThat(((Outcome.Rejected<?>) split).conflicts())
                .extracting(Outcome.Conflict::field)
                .containsExactly("decisions[1]");
        assertThat(group)
                .allSatisfy(
                        booking -> assertThat(world.current(booking).status()).isEqualTo(BookingStatus.BOOKED));

        List<Handled> handled = accepted(world.handleAbsence.handle(
                sari,
                new HandleAbsenceCommand(
                        impact.absence().id(),
                        List.of(new Decision(
                                group.get(1).id(),
                                Action.REASSIGN,
                                world.liisa.id(),
                                null,
                                group.get(1).version())))));

        assertThat(handled.get(0).before().id())
                .as("the one named first")
                .isEqualTo(group.get(1).id());
        assertThat(handled)
                .extracting(each -> each.before().id())
                .containsExactlyInAnyOrderElementsOf(
                        group.stream().map(Booking::id).toList());
        assertThat(handled).allSatisfy(each -> {
            assertThat(each.now().time().resource()).isEqualTo(world.liisa.id());
            assertThat(each.now().time().interval().start()).isEqualTo(World.at(0, "13:00"));
        });
        assertThat(group)
                .allSatisfy(
                        booking -> assertThat(world.current(booking).status()).isEqualTo(BookingStatus.MOVED));
        assertThat(world.notifications.sent()).hasSize(3);
        assertThat(accepted(world.viewAbsence.needsAttention(sari, "FAMILY")))
                .singleElement()
                .satisfies(item -> assertThat(item.time().first().id()).isEqualTo(alone.id()));
    }
}
