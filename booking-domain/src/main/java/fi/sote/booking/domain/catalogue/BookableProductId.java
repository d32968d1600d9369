package fi.sote.booking.domain.catalogue;

import java.util.UUID;

import fi.sote.booking.domain.shared.Invariants;

/** Identity of a bookable product (varaustuote). */
public record BookableProductId(UUID value) {

    public BookableProductId {
        Invariants.required("id", value);
    }

    public static BookableProductId random() {
        return new BookableProductId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
