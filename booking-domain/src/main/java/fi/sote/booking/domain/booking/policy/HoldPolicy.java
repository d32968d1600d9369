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

    /**
     * A client holds only a few times at once in self-service, so that nobody keeps times from others by holding
     * them; those who give or arrange the service hold as they need.
     *
     * @param held the client's holds that have not lapsed
     */
    public static Verdict clientHoldsAFewTimesAtOnce(long held, int mostAtOnce) {
        return held < mostAtOnce
                ? Verdict.ALLOWED
                : Verdict.rejected(
                        RejectionReason.TOO_MANY_HOLDS,
                        null,
                        "The client already holds " + held + " times; book or let one go first (at most " + mostAtOnce
                                + " at once)");
    }

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
