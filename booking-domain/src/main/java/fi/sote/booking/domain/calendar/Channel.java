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
    INTEGRATION;

    /**
     * The channels a caller with these roles books through: a client in client self-service, a
     * counsellor in counselling, a professional or supervisor as a professional, an integration as an
     * integration. Administrators and auditors book nothing.
     */
    public static java.util.Set<Channel> bookedThroughBy(java.util.Set<String> roles) {
        java.util.Set<Channel> channels = java.util.EnumSet.noneOf(Channel.class);
        if (roles.contains("professional") || roles.contains("supervisor")) {
            channels.add(PROFESSIONAL);
        }
        if (roles.contains("counsellor")) {
            channels.add(COUNSELLING);
        }
        if (roles.contains("client")) {
            channels.add(CLIENT_SELF_SERVICE);
        }
        if (roles.contains("integration")) {
            channels.add(INTEGRATION);
        }
        return channels;
    }
}
