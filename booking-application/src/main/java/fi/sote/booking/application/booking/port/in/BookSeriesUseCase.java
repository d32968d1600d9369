package fi.sote.booking.application.booking.port.in;

import java.util.List;

import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;

/**
 * Books a series (sarja-ajanvaraus): the same product repeatedly, all occurrences or none. A rejection lists every
 * occurrence that cannot be booked.
 */
public interface BookSeriesUseCase {

    Outcome<List<Booking>> bookSeries(Actor actor, BookSeriesCommand command);
}
