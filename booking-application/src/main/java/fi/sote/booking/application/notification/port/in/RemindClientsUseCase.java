package fi.sote.booking.application.notification.port.in;

/**
 * Reminds clients of their booked times, as long before as each product says: read again at send time, so never of a
 * time cancelled or moved (a moved time is reminded of at its new time), and not of a time booked after its reminder
 * would have fallen due.
 */
public interface RemindClientsUseCase {

    /** Sends the reminders due now; answers how many were sent. */
    int remindClients();
}
