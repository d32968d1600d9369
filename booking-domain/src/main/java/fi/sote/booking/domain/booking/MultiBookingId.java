package fi.sote.booking.domain.booking;

import java.util.UUID;

import fi.sote.booking.domain.shared.Invariants;

/** Identity of a multi-booking (moniajanvaraus): bookings of different products made together. */
public record MultiBookingId(UUID value) {

    public MultiBookingId {
        Invariants.required("id", value);
    }

    public static MultiBookingId random() {
        return new MultiBookingId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
