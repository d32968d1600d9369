package fi.sote.booking.application.booking.port.in;

import java.util.List;

import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;

/**
 * Books several times of different products or resources together (moniajanvaraus), all or none. A rejection lists
 * every time that cannot be booked.
 */
public interface BookTogetherUseCase {

    Outcome<List<Booking>> bookTogether(Actor actor, BookTogetherCommand command);
}
