package fi.sote.booking.application.booking;

import java.util.ArrayList;
import java.util.List;

import fi.sote.booking.application.booking.port.in.CancelBookingUseCase;
import fi.sote.booking.application.booking.port.in.ChangeScope;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingEvent;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.booking.BookingStatus;
import fi.sote.booking.domain.booking.ChangeReason;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.RejectionReason;

public final class CancelBookingService implements CancelBookingUseCase {

    private final BookingRules rules;

    public CancelBookingService(BookingRules rules) {
        this.rules = rules;
    }

    @Override
    public Outcome<List<Booking>> cancel(Actor actor, BookingId id, Long expectedVersion, ChangeReason reason,
            ChangeScope scope) {
        if (reason == null) {
            throw new InvalidValueException("reason", "is required");
        }
        Outcome<Booking> found = rules.changeable(actor, id, expectedVersion);
        if (!(found instanceof Outcome.Accepted<Booking> accepted)) {
            return Outcome.refusal(found);
        }
        Booking booking = accepted.value();
        if (!booking.status().mayBecome(BookingStatus.CANCELLED)) {
            return Outcome.rejected(RejectionReason.INVALID_TRANSITION, null,
                    "A booking that is " + booking.status() + " cannot be cancelled");
        }
        List<Booking> cancelled = new ArrayList<>();
        for (Booking each : Series.affected(rules, actor, booking, scope)) {
            if (each.id().equals(booking.id()) || each.status().mayBecome(BookingStatus.CANCELLED)) {
                Outcome<Booking> changed = rules.change(each.becomes(BookingStatus.CANCELLED, reason, actor.subject(),
                        rules.now()), BookingEvent.Type.CANCELLED);
                if (!(changed instanceof Outcome.Accepted<Booking> done)) {
                    return Outcome.refusal(changed);
                }
                cancelled.add(done.value());
            }
        }
        return Outcome.accepted(cancelled);
    }
}
