package fi.sote.booking.application.booking.port.in;

import fi.sote.booking.domain.booking.BookingId;
import fi.sote.booking.domain.shared.Invariants;

/**
 * Book a time the caller holds.
 *
 * @param expectedVersion the version the caller read (If-Match), or null
 */
public record ConfirmHoldCommand(BookingId hold, Long expectedVersion) {

    public ConfirmHoldCommand {
        Invariants.required("id", hold);
    }
}
