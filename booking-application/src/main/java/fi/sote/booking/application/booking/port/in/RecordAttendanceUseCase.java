package fi.sote.booking.application.booking.port.in;

import java.util.Set;

import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.booking.BookingStatus;

/** Records how a booked time went: checked in, arrived (started), fulfilled or no-show. */
public interface RecordAttendanceUseCase {

    Set<BookingStatus> STATUSES = Set.of(BookingStatus.CHECKED_IN, BookingStatus.ARRIVED, BookingStatus.FULFILLED,
            BookingStatus.NO_SHOW);

    Outcome<Booking> record(Actor actor, BookingId id, Long expectedVersion, BookingStatus status);
}
