package fi.sote.booking.application.absence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fi.sote.booking.application.absence.port.in.AffectedTime;
import fi.sote.booking.application.absence.port.in.HandleAbsenceCommand;
import fi.sote.booking.application.absence.port.in.HandleAbsenceUseCase;
import fi.sote.booking.application.absence.port.out.ClientNotifications;
import fi.sote.booking.application.absence.port.out.ClientNotifications.Change;
import fi.sote.booking.application.absence.port.out.ClientNotifications.ClientNotification;
import fi.sote.booking.application.booking.port.in.CancelBookingCommand;
import fi.sote.booking.application.booking.port.in.CancelBookingUseCase;
import fi.sote.booking.application.booking.port.in.ChangeScope;
import fi.sote.booking.application.booking.port.in.RescheduleBookingCommand;
import fi.sote.booking.application.booking.port.in.RescheduleBookingUseCase;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.absence.Absence;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.ChangeReason;
import fi.sote.booking.domain.calendar.CalendarEntryId;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.RejectionReason;

/**
 * Reassigns or cancels the bookings an absence falls on through the same use cases as any reschedule
 * or cancellation (so every rule and the booking history hold: a reassigned booking is moved and
 * links to its replacement), and notifies each client in the same transaction. A decision on one booking of a group
 * time is carried out for all its bookings, so a group moves or is cancelled whole. All decisions or none:
 * a refusal lists every decision that cannot be carried out, and the caller's transaction undoes the rest.
 */
public final class HandleAbsenceService implements HandleAbsenceUseCase {

    private final AbsenceImpacts impacts;
    private final RescheduleBookingUseCase reschedule;
    private final CancelBookingUseCase cancel;
    private final ClientNotifications notifications;

    public HandleAbsenceService(
            AbsenceImpacts impacts,
            RescheduleBookingUseCase reschedule,
            CancelBookingUseCase cancel,
            ClientNotifications notifications) {
        this.impacts = impacts;
        this.reschedule = reschedule;
        this.cancel = cancel;
        this.notifications = notifications;
    }

    @Override
    public Outcome<List<Handled>> handle(Actor actor, HandleAbsenceCommand command) {
        CalendarEntryId id = command.absence();
        List<Decision> decisions = command.decisions();
        Optional<Absence> found = impacts.visible(actor, id);
        if (found.isEmpty()) {
            return Outcome.notFound("No absence " + id);
        }
        List<AffectedTime> affected = impacts.affected(found.get());
        List<Handled> handled = new ArrayList<>();
        List<Outcome.Conflict> conflicts = new ArrayList<>();
        Map<AffectedTime, Integer> decidedBy = new HashMap<>();
        Outcome<List<Handled>> firstRefusal = null;
        for (int i = 0; i < decisions.size(); i++) {
            Decision decision = decisions.get(i);
            Optional<AffectedTime> time = affected.stream()
                    .filter(each -> each.includes(decision.booking()))
                    .findFirst();
            Integer earlier = time.map(decidedBy::get).orElse(null);
            time.ifPresent(each -> decidedBy.putIfAbsent(each, decidedBy.size()));
            Outcome<List<Handled>> outcome = time.isEmpty()
                    ? Outcome.rejected(
                            RejectionReason.NOT_AFFECTED,
                            "bookingId",
                            "Booking " + decision.booking()
                                    + " is not one the absence falls on that still needs handling")
                    : earlier != null
                            ? Outcome.rejected(
                                    RejectionReason.NOT_AFFECTED,
                                    "bookingId",
                                    "Booking " + decision.booking() + " is of a group time decided already by an "
                                            + "earlier decision: a group time is decided as one")
                            : carryOut(actor, time.get(), decision);
            if (outcome instanceof Outcome.Accepted<List<Handled>> done) {
                handled.addAll(done.value());
            } else {
                firstRefusal = firstRefusal == null ? Outcome.refusal(outcome) : firstRefusal;
                conflicts.add(new Outcome.Conflict("decisions[" + i + "]", Outcome.why(outcome)));
            }
        }
        if (conflicts.isEmpty()) {
            return Outcome.accepted(handled);
        }
        return decisions.size() == 1
                ? firstRefusal
                : new Outcome.Rejected<>(
                        RejectionReason.PARTLY_UNAVAILABLE,
                        null,
                        conflicts.size() + " of " + decisions.size() + " decisions cannot be carried out, so none were",
                        conflicts);
    }

    /**
     * The decision for every booking of the time: the one it names first (its version checked), then the rest of a
     * group time's, each moved to the same professional and start or cancelled likewise.
     */
    private Outcome<List<Handled>> carryOut(Actor actor, AffectedTime time, Decision decision) {
        List<Booking> order = new ArrayList<>();
        time.bookings().stream()
                .filter(booking -> booking.id().equals(decision.booking()))
                .forEach(order::add);
        time.bookings().stream()
                .filter(booking -> !booking.id().equals(decision.booking()))
                .forEach(order::add);
        List<Handled> handled = new ArrayList<>();
        for (Booking booking : order) {
            Outcome<Handled> outcome = carryOut(
                    actor, booking, booking.id().equals(decision.booking()) ? decision.version() : null, decision);
            if (!(outcome instanceof Outcome.Accepted<Handled> done)) {
                return Outcome.refusal(outcome);
            }
            handled.add(done.value());
        }
        return Outcome.accepted(handled);
    }

    private Outcome<Handled> carryOut(Actor actor, Booking booking, Long version, Decision decision) {
        Outcome<List<Booking>> outcome = decision.action() == Action.CANCEL
                ? cancel.cancel(
                        actor,
                        new CancelBookingCommand(
                                booking.id(), version, ChangeReason.PROFESSIONAL_ABSENCE, ChangeScope.THIS))
                : reschedule.reschedule(
                        actor,
                        new RescheduleBookingCommand(
                                booking.id(),
                                version,
                                decision.start() == null
                                        ? booking.time().interval().start()
                                        : decision.start(),
                                decision.resource(),
                                ChangeReason.PROFESSIONAL_ABSENCE,
                                ChangeScope.THIS));
        if (!(outcome instanceof Outcome.Accepted<List<Booking>> accepted)) {
            return Outcome.refusal(outcome);
        }
        Booking now = accepted.value().get(0);
        notifications.notify(new ClientNotification(
                booking.organisation(),
                decision.action() == Action.CANCEL ? Change.CANCELLED : Change.REASSIGNED,
                ChangeReason.PROFESSIONAL_ABSENCE,
                booking,
                decision.action() == Action.CANCEL ? null : now,
                professional(actor, booking.time().resource()),
                professional(actor, now.time().resource()),
                impacts.now()));
        return Outcome.accepted(new Handled(decision, booking, now));
    }

    private String professional(Actor actor, ResourceId resource) {
        return impacts.catalogue()
                .resource(actor.organisation(), resource)
                .map(Resource::name)
                .orElse(null);
    }
}
