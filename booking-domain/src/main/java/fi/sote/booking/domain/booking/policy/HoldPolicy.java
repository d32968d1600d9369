package fi.sote.booking.domain.booking.policy;

import java.time.Instant;

import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingStatus;
import fi.sote.booking.domain.shared.RejectionReason;

/**
 * A held time (Ehdotettu) keeps others out until its hold lapses, and is booked only while it is held. A lapsed hold
 * frees its time by itself, without a job: {@link Booking#takesTimeAt} leaves it out, and so do the database's
 * reads of what takes time (the persistence adapter's {@code TAKES_TIME}), which let it go before a new booking of
 * its time is judged.
 */
public final class HoldPolicy {

    private HoldPolicy() {}

    public static Verdict heldTimeIsStillHeld(Booking hold, Instant now) {
        if (hold.status() != BookingStatus.PENDING) {
            return Verdict.rejected(
                    RejectionReason.INVALID_TRANSITION, null, "The booking is " + hold.status() + ", not a held time");
        }
        return hold.isHeldAt(now)
                ? Verdict.ALLOWED
                : Verdict.rejected(RejectionReason.HOLD_EXPIRED, null, "The hold lapsed at " + hold.holdExpiresAt());
    }
}
