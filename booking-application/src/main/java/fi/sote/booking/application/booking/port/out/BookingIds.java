package fi.sote.booking.application.booking.port.out;

import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.booking.BookingReference;

/** Gives each new booking its id, whose short reference no other booking of the service has had. */
public interface BookingIds {

    BookingId next();

    /** Random ids: for the in-process fakes, where references need only be unlikely to meet. */
    BookingIds RANDOM = BookingReference::anyId;
}
