package fi.sote.booking.application.publication.port.in;

/**
 * Publishes the organisations' bookings to the national appointment register as they change: each change at least
 * once and in order, retried until the register takes it.
 */
public interface PublishBookingsUseCase {

    /** One round over every organisation's new booking events; answers how many documents were published. */
    int publish();
}
