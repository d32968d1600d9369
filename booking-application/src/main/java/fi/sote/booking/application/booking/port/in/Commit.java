package fi.sote.booking.application.booking.port.in;

/** How a booking made on its own is committed: the inbound edge knows whether anything else shares its transaction. */
public enum Commit {
    /** In the caller's transaction, with whatever else it writes (a stored idempotent reply, say): all or nothing. */
    WITH_CALLER,
    /**
     * On its own and at once, outside any transaction: the booking with its event is one statement, which may share
     * one commit with the bookings made at the same moment (group commit, ADR 0005).
     */
    ALONE
}
