package fi.sote.booking.application.absence.port.out;

import java.time.Instant;

import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.ChangeReason;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * Tells clients what changed in their bookings. The in-process adapter stores each notification as an
 * event in the outbox, in the transaction of the change, for the organisation's notification service
 * (SMS, e-mail) to send: nothing is announced that did not happen, and nothing that happened goes
 * unannounced.
 */
public interface ClientNotifications {

    /** What changed for the client: their booking moved to another professional (or time), or was cancelled. */
    enum Change {
        REASSIGNED,
        CANCELLED
    }

    /**
     * @param before the booking as it was
     * @param after the booking that replaces it, or null when it was cancelled
     * @param professionalBefore the name of the professional it was with; {@code professionalAfter} who it is with now
     */
    record ClientNotification(
            OrganisationId organisation,
            Change change,
            ChangeReason reason,
            Booking before,
            Booking after,
            String professionalBefore,
            String professionalAfter,
            Instant at) {}

    void notify(ClientNotification notification);
}
