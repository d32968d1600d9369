package fi.sote.booking.application.booking.port.in;

import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.booking.ChangeReason;
import fi.sote.booking.domain.shared.Invariants;

/**
 * Cancel a booking (or let a hold go) with a reason.
 *
 * @param expectedVersion the version the caller read (If-Match), or null
 * @param scope which bookings of a series; null for this one only
 */
public record CancelBookingCommand(BookingId booking, Long expectedVersion, ChangeReason reason, ChangeScope scope) {

    public CancelBookingCommand {
        Invariants.required("id", booking);
        reason = ChangeReason.ofCancelOrMove(reason);
        scope = scope == null ? ChangeScope.THIS : scope;
    }
}
