package fi.sote.booking.application.booking;

import java.time.Duration;

import fi.sote.booking.application.booking.BookingDrafts.Links;
import fi.sote.booking.application.booking.BookingDrafts.Making;
import fi.sote.booking.application.booking.port.in.BookSlotCommand;
import fi.sote.booking.application.booking.port.in.BookSlotUseCase;
import fi.sote.booking.application.booking.port.in.ConfirmHoldCommand;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingEvent;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.booking.BookingStatus;
import fi.sote.booking.domain.booking.policy.HoldPolicy;
import fi.sote.booking.domain.booking.policy.Verdict;

public final class BookSlotService implements BookSlotUseCase {

    private final BookingDrafts drafts;
    private final BookingChanges changes;
    private final Duration holdFor;

    public BookSlotService(BookingDrafts drafts, BookingChanges changes, Duration holdFor) {
        this.drafts = drafts;
        this.changes = changes;
        this.holdFor = holdFor;
    }

    @Override
    public Outcome<Booking> hold(Actor actor, BookSlotCommand command) {
        Making held = new Making(
                BookingId.random(),
                BookingStatus.PENDING,
                drafts.now().plus(holdFor),
                Links.NONE,
                BookingEvent.Type.HELD);
        return drafts.book(actor, command.slot(), held, command.commit());
    }

    @Override
    public Outcome<Booking> book(Actor actor, BookSlotCommand command) {
        return drafts.book(actor, command.slot(), Making.booked(Links.NONE), command.commit());
    }

    @Override
    public Outcome<Booking> confirm(Actor actor, ConfirmHoldCommand command) {
        Outcome<Booking> found = changes.changeable(actor, command.hold(), command.expectedVersion());
        if (!(found instanceof Outcome.Accepted<Booking> accepted)) {
            return found;
        }
        Booking hold = accepted.value();
        if (HoldPolicy.heldTimeIsStillHeld(hold, changes.now()) instanceof Verdict.Rejected rejected) {
            return Outcome.rejected(rejected);
        }
        return changes.store(
                hold.becomes(BookingStatus.BOOKED, null, actor.subject(), changes.now()), BookingEvent.Type.BOOKED);
    }
}
