package fi.sote.booking.application.booking;

import java.util.ArrayList;
import java.util.List;

import fi.sote.booking.application.booking.port.in.CancelBookingCommand;
import fi.sote.booking.application.booking.port.in.CancelBookingUseCase;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingEvent;
import fi.sote.booking.domain.booking.BookingStatus;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.RejectionReason;

public final class CancelBookingService implements CancelBookingUseCase {

    private final BookingChanges changes;

    public CancelBookingService(BookingChanges changes) {
        this.changes = changes;
    }

    @Override
    public Outcome<List<Booking>> cancel(Actor actor, CancelBookingCommand command) {
        Outcome<Booking> found = changes.changeable(actor, command.booking(), command.expectedVersion());
        if (!(found instanceof Outcome.Accepted<Booking> accepted)) {
            return Outcome.refusal(found);
        }
        Booking booking = accepted.value();
        if (!booking.status().mayBecome(BookingStatus.CANCELLED)) {
            return Outcome.rejected(
                    RejectionReason.INVALID_TRANSITION,
                    null,
                    "A booking that is " + booking.status() + " cannot be cancelled");
        }
        if (command.reason().onlyForHolds() && booking.status() != BookingStatus.PENDING) {
            // else a real booking would drop out of the statistics, which leave let-go holds out
            throw new InvalidValueException(
                    "reason", command.reason() + " is only for letting a hold go; this booking is " + booking.status());
        }
        List<Booking> cancelled = new ArrayList<>();
        for (Booking each : changes.affected(actor, booking, command.scope())) {
            if (each.id().equals(booking.id()) || each.status().mayBecome(BookingStatus.CANCELLED)) {
                Outcome<Booking> changed = changes.store(
                        each.becomes(BookingStatus.CANCELLED, command.reason(), actor.subject(), changes.now()),
                        BookingEvent.Type.CANCELLED);
                if (!(changed instanceof Outcome.Accepted<Booking> done)) {
                    return Outcome.refusal(changed);
                }
                cancelled.add(done.value());
            }
        }
        return Outcome.accepted(cancelled);
    }
}
