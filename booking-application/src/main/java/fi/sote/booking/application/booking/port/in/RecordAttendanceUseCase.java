package fi.sote.booking.application.booking.port.in;

import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;

/** Records how a booked time went: checked in, arrived (started), fulfilled or no-show. */
public interface RecordAttendanceUseCase {

    Outcome<Booking> record(Actor actor, RecordAttendanceCommand command);
}
