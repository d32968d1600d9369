package fi.sote.booking.application.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import fi.sote.booking.application.booking.BookingDrafts.Links;
import fi.sote.booking.application.booking.BookingDrafts.Making;
import fi.sote.booking.application.booking.port.in.Commit;
import fi.sote.booking.application.booking.port.in.RescheduleBookingCommand;
import fi.sote.booking.application.booking.port.in.RescheduleBookingUseCase;
import fi.sote.booking.application.booking.port.in.SlotRequest;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingEvent;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.booking.BookingStatus;
import fi.sote.booking.domain.booking.policy.ChannelPolicy;
import fi.sote.booking.domain.booking.policy.Verdict;
import fi.sote.booking.domain.calendar.BookingTime;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.RejectionReason;

/**
 * Moves bookings: each old one becomes moved and links to the new one that replaces it, in one transaction, so the
 * client never holds both or neither. Following occurrences of a series move by the same shift of local date and
 * time. The new booking is made through the channel the mover books through (a client in client self-service), under
 * the same rules as any new booking.
 */
public final class RescheduleBookingService implements RescheduleBookingUseCase {

    private final BookingChanges changes;
    private final BookingDrafts drafts;

    public RescheduleBookingService(BookingChanges changes, BookingDrafts drafts) {
        this.changes = changes;
        this.drafts = drafts;
    }

    @Override
    public Outcome<List<Booking>> reschedule(Actor actor, RescheduleBookingCommand command) {
        Outcome<Booking> found = changes.changeable(actor, command.booking(), command.expectedVersion());
        if (!(found instanceof Outcome.Accepted<Booking> accepted)) {
            return Outcome.refusal(found);
        }
        Booking booking = accepted.value();
        if (!booking.status().mayBecome(BookingStatus.MOVED)) {
            return Outcome.rejected(
                    RejectionReason.INVALID_TRANSITION,
                    null,
                    "A booking that is " + booking.status() + " cannot be moved");
        }
        Channel asked = changes.asClientOnly(actor, booking) ? Channel.CLIENT_SELF_SERVICE : null;
        if (ChannelPolicy.callerBooksThroughTheChannel(actor.roles(), asked) instanceof Verdict.Rejected rejected) {
            return Outcome.rejected(rejected);
        }
        Channel channel = ChannelPolicy.channelOf(actor.roles(), asked);
        Duration shift = Duration.between(local(booking.time().interval().start()), local(command.start()));
        List<Booking> replacements = new ArrayList<>();
        List<Outcome.Conflict> conflicts = new ArrayList<>();
        Outcome<List<Booking>> firstRefusal = null;
        int index = 0;
        for (Booking old : changes.affected(actor, booking, command.scope())) {
            Instant start = local(old.time().interval().start())
                    .plus(shift)
                    .atZone(BookingTime.ZONE)
                    .toInstant();
            Outcome<Booking> moved = move(actor, old, start, command, channel);
            if (moved instanceof Outcome.Accepted<Booking> done) {
                replacements.add(done.value());
            } else {
                if (firstRefusal == null) {
                    firstRefusal = Outcome.refusal(moved);
                }
                conflicts.add(BookingDrafts.conflict("occurrences", index, start, moved));
            }
            index++;
        }
        if (conflicts.isEmpty()) {
            return Outcome.accepted(replacements);
        }
        return index == 1
                ? firstRefusal
                : new Outcome.Rejected<>(
                        RejectionReason.PARTLY_UNAVAILABLE,
                        null,
                        conflicts.size() + " of " + index + " occurrences cannot be moved, so none were",
                        conflicts);
    }

    private Outcome<Booking> move(
            Actor actor, Booking old, Instant start, RescheduleBookingCommand command, Channel channel) {
        BookingId replacement = drafts.newId();
        // the old booking lets its time and its client go first, so the new one may overlap it
        Outcome<Booking> moved = changes.store(
                old.movedTo(replacement, command.reason(), actor.subject(), changes.now()), BookingEvent.Type.MOVED);
        if (!(moved instanceof Outcome.Accepted<Booking>)) {
            return moved;
        }
        Making making = new Making(
                replacement,
                BookingStatus.BOOKED,
                null,
                new Links(old.series(), old.multiBooking(), old.id()),
                BookingEvent.Type.BOOKED,
                // the reschedule's answer logs the bookings it shows
                null);
        return drafts.book(actor, replacing(old, start, command.resource(), channel), making, Commit.WITH_CALLER);
    }

    /** The request of a new booking of the same client in place of {@code old}. */
    private static SlotRequest replacing(Booking old, Instant start, ResourceId resource, Channel channel) {
        return new SlotRequest(
                resource == null ? old.time().resource() : resource,
                old.time().product(),
                start,
                old.time().contactMode(),
                channel,
                old.client(),
                old.clientLanguage(),
                old.referralNote(),
                channel == Channel.PROFESSIONAL && old.clientOverlapAllowed(),
                null,
                old.languageMismatchAllowed(),
                old.reachAt(),
                // the room it had, if free at the new time; else another at the place
                resource == null || resource.equals(old.time().resource()) ? roomOf(old) : null,
                true);
    }

    /** The room a booking takes besides its resource, or null. */
    private static ResourceId roomOf(Booking booking) {
        ResourceId room = booking.time().room();
        return room == null || room.equals(booking.time().resource()) ? null : room;
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, BookingTime.ZONE);
    }
}
