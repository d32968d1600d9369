package fi.sote.booking.domain.booking;

import java.util.UUID;

import fi.sote.booking.domain.shared.Invariants;

/** Identity of a booking (ajanvaraus). */
public record BookingId(UUID value) {

    public BookingId {
        Invariants.required("id", value);
    }

    public static BookingId random() {
        return new BookingId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
