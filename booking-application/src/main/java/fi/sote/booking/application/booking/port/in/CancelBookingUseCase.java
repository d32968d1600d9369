package fi.sote.booking.application.booking.port.in;

import java.util.List;

import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;

/** Cancels a booking (or lets a hold go), with a reason and who cancelled; for a series, optionally the following ones too. */
public interface CancelBookingUseCase {

    /** @return the cancelled bookings, this one first */
    Outcome<List<Booking>> cancel(Actor actor, CancelBookingCommand command);
}
