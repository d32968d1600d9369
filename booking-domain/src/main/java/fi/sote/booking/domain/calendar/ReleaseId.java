package fi.sote.booking.domain.calendar;

import java.util.UUID;

import fi.sote.booking.domain.shared.Invariants;

/** Identity of a released time. */
public record ReleaseId(UUID value) {

    public ReleaseId {
        Invariants.required("id", value);
    }

    public static ReleaseId random() {
        return new ReleaseId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
