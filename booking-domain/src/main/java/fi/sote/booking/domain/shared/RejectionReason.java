package fi.sote.booking.domain.shared;

/**
 * Why the domain said no to a request. Each reason has a stable code that leaves the service in
 * the problem+json {@code code} member and the problem {@code type} URI, so clients can rely on it.
 */
public enum RejectionReason {

    /** A catalogue code (service task, social service, ...) is already used in the organisation. */
    DUPLICATE_CODE("duplicate-code", "The code is already in use"),

    /** The request names something (a product, a social service, an entry type, ...) the organisation does not have. */
    UNKNOWN_REFERENCE("unknown-reference", "The request refers to something that does not exist"),

    /** A blocking calendar entry would lie over booked time, and the caller has not confirmed it. */
    ENTRY_OVER_BOOKINGS("entry-over-bookings", "The entry would block time that clients have booked"),

    /** A blocking calendar entry would overlap another blocking entry of the same resource. */
    OVERLAPPING_ENTRY("overlapping-entry", "The time overlaps another entry of the calendar"),

    /** Released time too short for a product it is released for: no slot of it, with its buffers, fits in it. */
    RELEASE_HOLDS_NO_SLOT("release-holds-no-slot", "The released time is too short for the product"),

    /** The caller may not keep this resource's calendar (not their own, not their team's). */
    NOT_YOUR_CALENDAR("not-your-calendar", "The calendar is not the caller's to keep"),

    /** Another booking or hold already takes the resource's time. */
    SLOT_TAKEN("slot-taken", "The time is already booked"),

    /** A group time already holds as many clients as its capacity. */
    GROUP_FULL("group-full", "The group time has no places left"),

    /** The client has another booking at an overlapping time (a professional may override it explicitly). */
    CLIENT_ALREADY_BOOKED("client-already-booked", "The client has another booking at an overlapping time"),

    /** The bookable product is retired: it is no longer booked, nor changed. */
    PRODUCT_RETIRED("product-retired", "The bookable product is retired"),

    /** The catalogue item (a social service, a resource, an entry type, ...) is retired: nothing new is made with it. */
    RETIRED("retired", "It is retired"),

    /** The client already waits for the product. */
    ALREADY_WAITING("already-waiting", "The client is already on the waitlist for this"),

    /** The catalogue item cannot be retired while items in use, or bookings to come, depend on it. */
    IN_USE("in-use", "It is still in use"),

    /** The room the booking names, or every room at its place, is taken at the time. */
    ROOM_UNAVAILABLE("room-unavailable", "No room is free for the time"),

    /** The professional does not speak the language stated for the client, and the booker did not override it. */
    LANGUAGE_MISMATCH("language-mismatch", "The professional does not speak the client's language"),

    /** The time is not released for the product through the channel, or is blocked in the calendar. */
    SLOT_NOT_OFFERED("slot-not-offered", "The time is not open for booking through this channel"),

    /** The caller may not book through the channel, or for this client. */
    CHANNEL_NOT_ALLOWED("channel-not-allowed", "Not a channel or client the caller may book for"),

    /** A client books themselves only within the product's minimum notice and horizon. */
    OUTSIDE_BOOKING_WINDOW("outside-booking-window", "The time is too soon or too far ahead to book in self-service"),

    /** A client cancels or reschedules themselves only until the product's deadline. */
    CHANGE_DEADLINE_PASSED("change-deadline-passed", "It is too late to change the booking in self-service"),

    /** A client checks in themselves only around the booked time. */
    OUTSIDE_CHECK_IN_WINDOW("outside-check-in-window", "It is too early or too late to check in"),

    /** Attendance is recorded only from the booked time (check-in and arrival a while before its start). */
    ATTENDANCE_TOO_EARLY("attendance-too-early", "It is too early to record how the time went"),

    /** A change that corrects what was recorded before names its reason. */
    REASON_REQUIRED("reason-required", "A correction needs a reason"),

    /** The booking's status cannot change to the one asked for. */
    INVALID_TRANSITION("invalid-transition", "The booking cannot change to that status"),

    /** A client holds as many times in self-service as they may at once. */
    TOO_MANY_HOLDS("too-many-holds", "The client already holds as many times as they may"),

    /** The held time lapsed before it was booked. */
    HOLD_EXPIRED("hold-expired", "The held time has lapsed"),

    /** The version the caller read (If-Match) is no longer the current one. */
    STALE_VERSION("stale-version", "It has changed since it was read"),

    /** The booking is not one the absence falls on that still needs handling. */
    NOT_AFFECTED("not-affected", "The booking is not affected by the absence"),

    /** The worker is already checked in at a visit they have not checked out of. */
    ALREADY_CHECKED_IN("already-checked-in", "The worker is already checked in at another visit"),

    /** The visit has been checked out of, or its alert closed, already. */
    ALREADY_CLOSED("already-closed", "Already checked out or closed"),

    /** A request repeats an Idempotency-Key whose first request has not finished. */
    IDEMPOTENCY_KEY_IN_USE("idempotency-key-in-use", "A request with this Idempotency-Key is still being processed"),

    /** A request repeats an Idempotency-Key that was first used for a different request. */
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "The Idempotency-Key was used for a different request"),

    /** Some occurrences of a series, or some bookings of a multi-booking, cannot be booked; none were. */
    PARTLY_UNAVAILABLE("partly-unavailable", "Some of the times cannot be booked, so none were");

    private final String code;
    private final String title;

    RejectionReason(String code, String title) {
        this.code = code;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }
}
