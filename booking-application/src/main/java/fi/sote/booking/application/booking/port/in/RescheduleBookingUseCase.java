package fi.sote.booking.application.booking.port.in;

import java.util.List;

import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;

/**
 * Moves a booking to another time (siirto): a new booking replaces the old one, which stays as moved and links to
 * it. For a series, the following occurrences can move by the same local shift.
 */
public interface RescheduleBookingUseCase {

    /** @return the new bookings, the one replacing this booking first */
    Outcome<List<Booking>> reschedule(Actor actor, RescheduleBookingCommand command);
}
