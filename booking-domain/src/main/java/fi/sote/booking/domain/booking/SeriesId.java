package fi.sote.booking.domain.booking;

import java.util.UUID;

import fi.sote.booking.domain.shared.Invariants;

/** Identity of a series booking (sarja-ajanvaraus): the occurrences made together. */
public record SeriesId(UUID value) {

    public SeriesId {
        Invariants.required("id", value);
    }

    public static SeriesId random() {
        return new SeriesId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
