package fi.sote.booking.application.absence.port.in;

import java.time.Instant;
import java.util.List;

import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.InvalidValueException;

/**
 * A supervisor reorganises the bookings an absence falls on: each is reassigned to another
 * professional (or time) or cancelled, all decisions together or none, and every client is notified.
 */
public interface HandleAbsenceUseCase {

    enum Action {
        REASSIGN,
        CANCEL
    }

    /**
     * @param resource who takes the booking (REASSIGN; null: the same professional, at another start)
     * @param start the new start (REASSIGN; null: the same time)
     * @param version the booking's version as read (If-Match), or null
     */
    record Decision(BookingId booking, Action action, ResourceId resource, Instant start, Long version) {

        public Decision {
            if (booking == null) {
                throw new InvalidValueException("bookingId", "is required");
            }
            if (action == null) {
                throw new InvalidValueException("action", "is required: REASSIGN or CANCEL");
            }
            if (action == Action.REASSIGN && resource == null && start == null) {
                throw new InvalidValueException("resourceId", "is required to reassign (or a new start)");
            }
        }
    }

    /** What became of one booking: the booking now (the replacement, or the cancelled one). */
    record Handled(Decision decision, Booking before, Booking now) {}

    Outcome<List<Handled>> handle(Actor actor, HandleAbsenceCommand command);
}
