package fi.sote.booking.application.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import fi.sote.booking.application.booking.BookingRules.Links;
import fi.sote.booking.application.booking.port.in.ChangeScope;
import fi.sote.booking.application.booking.port.in.RescheduleBookingUseCase;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingEvent;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.booking.BookingStatus;
import fi.sote.booking.domain.booking.ChangeReason;
import fi.sote.booking.domain.calendar.BookingTime;
import fi.sote.booking.domain.calendar.Channel;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.RejectionReason;

/**
 * Moves bookings: each old one becomes moved and links to the new one that replaces it, in one
 * transaction, so the client never holds both or neither. Following occurrences of a series move
 * by the same shift of local date and time.
 */
public final class RescheduleBookingService implements RescheduleBookingUseCase {

    private final BookingRules rules;

    public RescheduleBookingService(BookingRules rules) {
        this.rules = rules;
    }

    @Override
    public Outcome<List<Booking>> reschedule(Actor actor, BookingId id, Long expectedVersion, Instant start,
            ResourceId resource, ChangeReason reason, ChangeScope scope) {
        if (start == null) {
            throw new InvalidValueException("start", "is required");
        }
        if (reason == null) {
            throw new InvalidValueException("reason", "is required");
        }
        Outcome<Booking> found = rules.changeable(actor, id, expectedVersion);
        if (!(found instanceof Outcome.Accepted<Booking> accepted)) {
            return Outcome.refusal(found);
        }
        Booking booking = accepted.value();
        if (!booking.status().mayBecome(BookingStatus.MOVED)) {
            return Outcome.rejected(RejectionReason.INVALID_TRANSITION, null,
                    "A booking that is " + booking.status() + " cannot be moved");
        }
        Outcome<Channel> channel = BookingRules.channel(actor, rules.isClientOnly(actor, booking)
                ? Channel.CLIENT_SELF_SERVICE : null);
        if (!(channel instanceof Outcome.Accepted<Channel> through)) {
            return Outcome.refusal(channel);
        }
        Duration shift = Duration.between(local(booking.time().interval().start()), local(start));
        List<Booking> replacements = new ArrayList<>();
        List<Outcome.Conflict> conflicts = new ArrayList<>();
        Outcome<List<Booking>> firstRefusal = null;
        int index = 0;
        for (Booking old : Series.affected(rules, actor, booking, scope)) {
            Instant newStart = local(old.time().interval().start()).plus(shift).atZone(BookingTime.ZONE).toInstant();
            Outcome<Booking> moved = move(actor, old, newStart, resource, reason, through.value());
            if (moved instanceof Outcome.Accepted<Booking> done) {
                replacements.add(done.value());
            } else {
                if (firstRefusal == null) {
                    firstRefusal = Outcome.refusal(moved);
                }
                conflicts.add(BookingRules.conflict("occurrences", index, newStart, moved));
            }
            index++;
        }
        if (conflicts.isEmpty()) {
            return Outcome.accepted(replacements);
        }
        return index == 1 ? firstRefusal : new Outcome.Rejected<>(RejectionReason.PARTLY_UNAVAILABLE, null,
                conflicts.size() + " of " + index + " occurrences cannot be moved, so none were", conflicts);
    }

    private Outcome<Booking> move(Actor actor, Booking old, Instant start, ResourceId resource, ChangeReason reason,
            Channel channel) {
        BookingId replacementId = BookingId.random();
        // the old booking lets its time and its client go first, so the new one may overlap it
        Outcome<Booking> moved = rules.change(old.movedTo(replacementId, reason, actor.subject(), rules.now()),
                BookingEvent.Type.MOVED);
        if (!(moved instanceof Outcome.Accepted<Booking>)) {
            return moved;
        }
        return rules.book(actor, rules.replacing(old, start, resource, channel), replacementId, BookingStatus.BOOKED, null,
                new Links(old.series(), old.multiBooking(), old.id()), BookingEvent.Type.BOOKED);
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, BookingTime.ZONE);
    }
}
