package fi.sote.booking.application.booking.port.in;

import java.time.Instant;

import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.booking.ChangeReason;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.shared.Invariants;

/**
 * Move a booking to another time (siirto), with a reason.
 *
 * @param expectedVersion the version the caller read (If-Match), or null
 * @param resource the professional of the new time, or null for the same one
 * @param scope which bookings of a series; null for this one only
 */
public record RescheduleBookingCommand(
        BookingId booking,
        Long expectedVersion,
        Instant start,
        ResourceId resource,
        ChangeReason reason,
        ChangeScope scope) {

    public RescheduleBookingCommand {
        Invariants.required("id", booking);
        Invariants.wholeSecond("start", start);
        reason = ChangeReason.ofCancelOrMove(reason);
        scope = scope == null ? ChangeScope.THIS : scope;
    }
}
