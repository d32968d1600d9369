package fi.sote.booking.application.notification.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.safety.VisitId;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * The messages that fall due at a time rather than on an event: a booking's reminder, a work-safety alert and its
 * escalation. Each is sent once, whichever instance gets there first: an instance takes it for a lease while it sends,
 * and marks it sent; one that dies or cannot send leaves it to be taken again.
 */
public interface DueMessages {

    /** A booking whose reminder has fallen due, at the version it had when found. */
    record DueReminder(OrganisationId organisation, BookingId booking, long version) {}

    /**
     * Of the bookings in every organisation, at most {@code limit} that are booked, start after {@code now}, whose
     * product's reminder fell due by {@code now}, that were booked before it fell due, and that have not been reminded.
     */
    List<DueReminder> reminders(Instant now, int limit);

    /** Who a work-safety alert goes to: the team's supervisor first, then their second contact. */
    enum AlertStage {
        WORK_SAFETY_ALERT,
        WORK_SAFETY_ESCALATION
    }

    /** An open alert to be pushed at a stage. */
    record DueAlert(OrganisationId organisation, VisitId visit, AlertStage stage) {}

    /**
     * Of the open work-safety alerts in every organisation, at most {@code limit}: those not yet pushed to the
     * supervisor, and those pushed to the supervisor at least {@code escalateAfter} before {@code now} and not yet
     * escalated.
     */
    List<DueAlert> alerts(Instant now, Duration escalateAfter, int limit);

    /** Takes the message for {@code lease}; false when it was sent already or another instance holds it. */
    boolean take(String kind, UUID about, Duration lease);

    /** Marks the message sent (or settled without sending): it is not taken again. */
    void sent(String kind, UUID about);

    /** Lets go of the message, to be taken again. */
    void release(String kind, UUID about);
}
