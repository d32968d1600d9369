package fi.sote.booking.application.booking;

import java.time.Duration;
import java.time.Instant;

import fi.sote.booking.application.booking.BookingDrafts.Links;
import fi.sote.booking.application.booking.BookingDrafts.Making;
import fi.sote.booking.application.booking.port.in.BookSlotCommand;
import fi.sote.booking.application.booking.port.in.BookSlotUseCase;
import fi.sote.booking.application.booking.port.in.ConfirmHoldCommand;
import fi.sote.booking.application.booking.port.in.SlotRequest;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingEvent;
import fi.sote.booking.domain.booking.BookingStatus;
import fi.sote.booking.domain.booking.policy.ChannelPolicy;
import fi.sote.booking.domain.booking.policy.HoldPolicy;
import fi.sote.booking.domain.booking.policy.Verdict;
import fi.sote.booking.domain.calendar.Channel;

public final class BookSlotService implements BookSlotUseCase {

    private final BookingDrafts drafts;
    private final BookingChanges changes;
    private final Duration holdFor;
    private final int holdsPerClient;

    /** @param holdsPerClient how many times a client may hold at once in self-service */
    public BookSlotService(BookingDrafts drafts, BookingChanges changes, Duration holdFor, int holdsPerClient) {
        this.drafts = drafts;
        this.changes = changes;
        this.holdFor = holdFor;
        this.holdsPerClient = holdsPerClient;
    }

    @Override
    public Outcome<Booking> hold(Actor actor, BookSlotCommand command) {
        SlotRequest slot = command.slot();
        if (ChannelPolicy.channelOf(actor.roles(), slot.channel()) == Channel.CLIENT_SELF_SERVICE
                && ChannelPolicy.callerBooksThroughTheChannel(actor.roles(), slot.channel())
                        .isAllowed()) {
            String client = slot.client() != null ? slot.client() : actor.self();
            if (HoldPolicy.clientHoldsAFewTimesAtOnce(changes.heldBy(actor, client), holdsPerClient)
                    instanceof Verdict.Rejected rejected) {
                return Outcome.rejected(rejected);
            }
        }
        Making held = new Making(
                drafts.newId(),
                BookingStatus.PENDING,
                drafts.now().plus(holdFor),
                Links.NONE,
                BookingEvent.Type.HELD,
                "holdSlot");
        return drafts.book(actor, command.slot(), held, command.commit());
    }

    @Override
    public Outcome<Booking> offer(Actor actor, BookSlotCommand command, Instant until) {
        Making offered = new Making(
                drafts.newId(), BookingStatus.PENDING, until, Links.NONE, BookingEvent.Type.HELD, "offerWaitlistTime");
        return drafts.book(actor, command.slot(), offered, command.commit());
    }

    @Override
    public Outcome<Booking> book(Actor actor, BookSlotCommand command) {
        return drafts.book(actor, command.slot(), Making.booked(Links.NONE, "bookSlot"), command.commit());
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
        if (ChannelPolicy.clientConfirmsOnlyWhatClientsBook(
                        changes.product(actor, hold), changes.asClientOnly(actor, hold))
                instanceof Verdict.Rejected rejected) {
            return Outcome.rejected(rejected);
        }
        return changes.store(
                hold.becomes(BookingStatus.BOOKED, null, actor.subject(), changes.now()), BookingEvent.Type.BOOKED);
    }
}
