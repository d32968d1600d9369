package fi.sote.booking.domain.booking;

import java.time.Instant;

import fi.sote.booking.domain.shared.Invariants;

/** The last change of a booking's status: to what, why (for cancellations and moves), by whom and when. */
public record StatusChange(BookingStatus status, ChangeReason reason, String by, Instant at) {

    public StatusChange {
        Invariants.required("status", status);
        Invariants.required("at", at);
    }
}
