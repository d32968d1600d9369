package fi.sote.booking.domain.booking;

/** Why a booking was cancelled or moved: the organisation's code set, the same for every channel. */
public enum ChangeReason {
    CLIENT_REQUEST,
    CLIENT_ILLNESS,
    PROFESSIONAL_ABSENCE,
    SERVICE_REORGANISED,
    NO_LONGER_NEEDED,
    BOOKED_IN_ERROR,
    /** A held time was let go before it was booked. */
    HOLD_RELEASED,
    /** A held time lapsed without being booked. */
    HOLD_EXPIRED,
    OTHER;

    /** Whether the reason is only for a hold (a time held but not booked), which the statistics leave out. */
    public boolean onlyForHolds() {
        return this == HOLD_RELEASED || this == HOLD_EXPIRED;
    }
}
