package fi.sote.booking.domain.calendar;

/**
 * Through which channel a time is booked. Released time names the channels it is open to, and
 * every booking records the channel it came through (the statistics depend on it).
 */
public enum Channel {
    /** A professional books for their client, in their own or their team's calendar. */
    PROFESSIONAL,
    /** Client counselling (asiakasneuvonta) books a first contact time into a target service. */
    COUNSELLING,
    /** The client books, reschedules or cancels themselves (sähköinen ajanvaraus). */
    CLIENT_SELF_SERVICE,
    /** Another regional system books through the API. */
    INTEGRATION
}
