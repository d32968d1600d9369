package fi.sote.booking.application.booking;

import java.time.Duration;

import fi.sote.booking.application.booking.BookingRules.Links;
import fi.sote.booking.application.booking.port.in.BookSlotUseCase;
import fi.sote.booking.application.booking.port.in.SlotRequest;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingEvent;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.booking.BookingStatus;
import fi.sote.booking.domain.shared.RejectionReason;

public final class BookSlotService implements BookSlotUseCase {

    private final BookingRules rules;
    private final Duration holdFor;

    public BookSlotService(BookingRules rules, Duration holdFor) {
        this.rules = rules;
        this.holdFor = holdFor;
    }

    @Override
    public Outcome<Booking> hold(Actor actor, SlotRequest request) {
        return rules.book(actor, request, BookingId.random(), BookingStatus.PENDING, rules.now().plus(holdFor), Links.NONE,
                BookingEvent.Type.HELD);
    }

    @Override
    public Outcome<Booking> book(Actor actor, SlotRequest request) {
        return rules.book(actor, request, BookingId.random(), BookingStatus.BOOKED, null, Links.NONE, BookingEvent.Type.BOOKED);
    }

    @Override
    public Outcome<Booking> bookHeld(Actor actor, BookingId id, Long expectedVersion) {
        Outcome<Booking> found = rules.changeable(actor, id, expectedVersion);
        if (!(found instanceof Outcome.Accepted<Booking> accepted)) {
            return found;
        }
        Booking hold = accepted.value();
        if (hold.status() != BookingStatus.PENDING) {
            return Outcome.rejected(RejectionReason.INVALID_TRANSITION, null, "The booking is " + hold.status()
                    + ", not a held time");
        }
        if (!hold.isHeldAt(rules.now())) {
            return Outcome.rejected(RejectionReason.HOLD_EXPIRED, null, "The hold lapsed at " + hold.holdExpiresAt());
        }
        return rules.change(hold.becomes(BookingStatus.BOOKED, null, actor.subject(), rules.now()), BookingEvent.Type.BOOKED);
    }
}
