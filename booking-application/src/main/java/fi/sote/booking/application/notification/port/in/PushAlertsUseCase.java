package fi.sote.booking.application.notification.port.in;

/**
 * Pushes each work-safety alert to the supervisor of the worker's team, and, when nobody has acknowledged (closed) it
 * in time, to the supervisor's second contact. An alert names the worker and when the visit was to end, never a
 * client.
 */
public interface PushAlertsUseCase {

    /** Pushes the raised alerts due to be pushed now; answers how many messages were sent. */
    int pushAlerts();
}
