package fi.sote.booking.domain.booking;

import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.Invariants;

/**
 * Why a booking was cancelled or moved, or its attendance corrected: the organisation's code set, the same for every
 * channel.
 */
public enum ChangeReason {
    CLIENT_REQUEST,
    CLIENT_ILLNESS,
    PROFESSIONAL_ABSENCE,
    SERVICE_REORGANISED,
    NO_LONGER_NEEDED,
    BOOKED_IN_ERROR,
    /** How the time went (fulfilled or no-show) was recorded wrong, and is corrected. */
    RECORDED_IN_ERROR,
    /** A held time was let go before it was booked. */
    HOLD_RELEASED,
    /** A held time lapsed without being booked. */
    HOLD_EXPIRED,
    OTHER;

    /** Whether the reason is only for a hold (a time held but not booked), which the statistics leave out. */
    public boolean onlyForHolds() {
        return this == HOLD_RELEASED || this == HOLD_EXPIRED;
    }

    /** The reason a cancellation or a move gives, checked to be one of theirs (not a correction's). */
    public static ChangeReason ofCancelOrMove(ChangeReason reason) {
        Invariants.required("reason", reason);
        if (reason == RECORDED_IN_ERROR) {
            throw new InvalidValueException(
                    "reason", "RECORDED_IN_ERROR only corrects how a time went; name why the booking changes");
        }
        return reason;
    }
}
