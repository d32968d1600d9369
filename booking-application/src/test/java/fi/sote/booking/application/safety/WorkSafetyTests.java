package fi.sote.booking.application.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.sote.booking.application.booking.port.in.SlotRequest;
import fi.sote.booking.application.fakes.World;
import fi.sote.booking.application.safety.port.in.CheckInCommand;
import fi.sote.booking.application.safety.port.in.WhereaboutsQuery.Worker;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.safety.Visit;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.RejectionReason;

/** Check-in and check-out at visits, alerts of overdue ones, and the team's whereabouts, against fakes. */
class WorkSafetyTests {

    private final World world = new World();
    private final Actor pekka = world.professional(world.pekka);
    private final Actor sari = world.supervisor("sari");

    private static <T> T accepted(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Accepted<T> accepted) {
            return accepted.value();
        }
        throw new AssertionError("refused: " + outcome);
    }

    /** A visit at the client's on Tuesday 13-14: the professional's own time, at no service point. */
    private Booking homeVisit(String client, String mode) {
        return world.booked(
                pekka,
                new SlotRequest(
                        world.pekka.id(),
                        world.firstVisit.id(),
                        World.at(1, "13:00"),
                        mode,
                        null,
                        client,
                        null,
                        null,
                        false,
                        null));
    }

    @Test
    void aWorkerChecksInAtAVisitOfTheirOwnCalendarOneVisitAtATime() {
        Booking visit = homeVisit("A", "OFFICE");
        world.clock.set(World.at(1, "13:00"));

        Visit checkedIn = accepted(world.visitService.checkIn(pekka, new CheckInCommand(visit.id(), null, null)));

        assertThat(checkedIn.plannedEnd()).isEqualTo(World.at(1, "14:00"));
        assertThat(checkedIn.alertDueAt()).isEqualTo(World.at(1, "14:15"));
        assertThat(world.visitService.checkIn(pekka, new CheckInCommand(visit.id(), null, null)))
                .isInstanceOfSatisfying(
                        Outcome.Rejected.class,
                        rejected -> assertThat(rejected.reason()).isEqualTo(RejectionReason.ALREADY_CHECKED_IN));
        assertThat(world.visitService.checkIn(
                        world.professional(world.liisa), new CheckInCommand(visit.id(), null, null)))
                .isInstanceOf(Outcome.NotFound.class);
    }

    @Test
    void thereIsNoVisitToCheckInAtForARemoteContact() {
        Booking call = homeVisit("A", "PHONE");
        assertThatThrownBy(() -> world.visitService.checkIn(pekka, new CheckInCommand(call.id(), null, null)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("remote");
        assertThatThrownBy(() -> new CheckInCommand(null, null, null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void anOverdueVisitRaisesOneAlertForTheTeamsSupervisorAndCheckingOutClosesIt() {
        Booking visit = homeVisit("A", "OFFICE");
        world.clock.set(World.at(1, "13:00"));
        Visit checkedIn = accepted(world.visitService.checkIn(pekka, new CheckInCommand(visit.id(), null, null)));

        world.clock.set(World.at(1, "14:14"));
        assertThat(accepted(world.alerts.open(sari, "FAMILY"))).isEmpty();
        world.clock.advance(Duration.ofMinutes(1));
        assertThat(accepted(world.alerts.open(sari, "FAMILY")))
                .singleElement()
                .satisfies(alert -> assertThat(alert.id()).isEqualTo(checkedIn.id()));
        assertThat(world.alerts.raiseDue()).isZero();
        assertThat(world.visits.events())
                .filteredOn(event -> event.startsWith("work-safety.alert-raised"))
                .hasSize(1);
        assertThat(world.alerts.open(world.supervisor("timo"), "FAMILY")).isInstanceOf(Outcome.NotFound.class);

        Visit out = accepted(world.visitService.checkOut(pekka, checkedIn.id()));
        assertThat(out.alertClosedBy()).isEqualTo("pekka");
        assertThat(accepted(world.alerts.open(sari, "FAMILY"))).isEmpty();
    }

    @Test
    void whereaboutsShowWhatAndWhereNeverWhomAndNoAreaForAClientUnderNonDisclosure() {
        world.recordClient("A", false);
        homeVisit("A", "OFFICE");
        world.clock.set(World.at(1, "13:30"));

        List<Worker> team = accepted(world.whereabouts.whereabouts(sari, "FAMILY", world.clock.instant()));

        Worker pekkasNow = team.stream()
                .filter(worker -> worker.resource().equals(world.pekka))
                .findFirst()
                .orElseThrow();
        assertThat(pekkasNow.current().visitArea()).isEqualTo("48100");
        assertThat(pekkasNow.current().toString()).doesNotContain("Asiakas A").doesNotContain("Kotkankatu");

        world.recordClient("A", true);
        Worker protectedClient = accepted(world.whereabouts.whereabouts(sari, "FAMILY", world.clock.instant())).stream()
                .filter(worker -> worker.resource().equals(world.pekka))
                .findFirst()
                .orElseThrow();
        assertThat(protectedClient.current().visitArea()).isNull();
        assertThat(world.whereabouts.whereabouts(world.supervisor("timo"), "FAMILY", world.clock.instant()))
                .isInstanceOf(Outcome.NotFound.class);
    }
}
