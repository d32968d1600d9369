package fi.sote.booking.domain.statistics;

/** What booking counts can be grouped by. */
public enum Dimension {
    /** The channel the booking was made through (professional, counselling, client self-service, integration). */
    CHANNEL,
    /** STAFF (every channel but client self-service) or CLIENT: who made the booking, as the seeds' indicators count. */
    MADE_BY,
    /** Service task (palvelutehtävä) of the booked product's social service, by code. */
    SERVICE_TASK,
    /** Social service (sosiaalipalvelu) of the booked product, by code. */
    SOCIAL_SERVICE,
    /** Contact mode (asiointitapa), by code. */
    CONTACT_MODE,
    /** Whether the contact mode is remote: true or false. */
    REMOTE,
    /** The booking's status. */
    STATUS,
    /** Service point (palvelupiste), by code; none for a time at no service point. */
    SERVICE_POINT
}
