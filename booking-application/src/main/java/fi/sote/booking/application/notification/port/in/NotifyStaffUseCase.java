package fi.sote.booking.application.notification.port.in;

/**
 * Tells professionals of the clients' times that come to them: a first contact booked for them from client
 * counselling, and a time taken over from an absent colleague. Driven by the events, like the client messages.
 */
public interface NotifyStaffUseCase {

    /** One round over every organisation's new events; answers how many messages were sent. */
    int notifyStaff();
}
