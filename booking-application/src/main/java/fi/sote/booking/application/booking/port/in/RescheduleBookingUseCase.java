package fi.sote.booking.application.booking.port.in;

import java.time.Instant;
import java.util.List;

import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.booking.ChangeReason;
import fi.sote.booking.domain.catalogue.ResourceId;

/**
 * Moves a booking to another time (siirto): a new booking replaces the old one, which stays as
 * moved and links to it. For a series, the following occurrences can move by the same local shift.
 */
public interface RescheduleBookingUseCase {

    /**
     * @param resource the professional of the new time, or null for the same one
     * @return the new bookings, the one replacing this booking first
     */
    Outcome<List<Booking>> reschedule(Actor actor, BookingId id, Long expectedVersion, Instant start, ResourceId resource,
            ChangeReason reason, ChangeScope scope);
}
