package fi.sote.booking.domain.waitlist;

/** Where a client's wait stands. */
public enum WaitlistStatus {
    /** Waiting for a matching time to free. */
    WAITING,
    /** A matching time is held for the client until the offer lapses. */
    OFFERED,
    /** The client took an offered time: the wait is over. */
    BOOKED,
    /** The client, or staff for them, stopped waiting. */
    WITHDRAWN,
    /** The window waited in has passed without a time taken. */
    ENDED;

    /** Whether the entry still waits, or holds an offer: it has a place in line. */
    public boolean open() {
        return this == WAITING || this == OFFERED;
    }
}
