package fi.sote.booking.application.notification.port.in;

/**
 * Tells clients of their bookings: a confirmation when a time is booked, a notice when it is moved or cancelled, in
 * the client's language, through the channels their client record allows. Driven by the events, each at least once,
 * by any number of instances without two telling the same organisation's clients at once.
 */
public interface NotifyClientsUseCase {

    /** One round over every organisation's new events; answers how many messages were sent. */
    int notifyClients();
}
