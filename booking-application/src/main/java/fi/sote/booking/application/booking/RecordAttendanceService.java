package fi.sote.booking.application.booking;

import fi.sote.booking.application.booking.port.in.RecordAttendanceUseCase;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingEvent;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.booking.BookingStatus;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.RejectionReason;

/** Check-in may come from the client themselves; the rest is recorded by those who give the service. */
public final class RecordAttendanceService implements RecordAttendanceUseCase {

    private final BookingRules rules;

    public RecordAttendanceService(BookingRules rules) {
        this.rules = rules;
    }

    @Override
    public Outcome<Booking> record(Actor actor, BookingId id, Long expectedVersion, BookingStatus status) {
        if (status == null || !STATUSES.contains(status)) {
            throw new InvalidValueException("status", "must be CHECKED_IN, ARRIVED, FULFILLED or NO_SHOW");
        }
        Outcome<Booking> found = rules.visible(actor, id);
        if (!(found instanceof Outcome.Accepted<Booking> accepted)) {
            return found;
        }
        Booking booking = accepted.value();
        if (expectedVersion != null && expectedVersion != booking.version()) {
            return BookingRules.stale();
        }
        if (rules.isClientOnly(actor, booking) && status != BookingStatus.CHECKED_IN) {
            return Outcome.rejected(RejectionReason.CHANNEL_NOT_ALLOWED, "status", "A client only checks in");
        }
        if (!booking.status().mayBecome(status)) {
            return Outcome.rejected(RejectionReason.INVALID_TRANSITION, "status",
                    "A booking that is " + booking.status() + " cannot become " + status);
        }
        return rules.change(booking.becomes(status, null, actor.subject(), rules.now()), BookingEvent.Type.STATUS_CHANGED);
    }
}
