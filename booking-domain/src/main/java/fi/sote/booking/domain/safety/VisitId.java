package fi.sote.booking.domain.safety;

import java.util.UUID;

import fi.sote.booking.domain.shared.Invariants;

/** Identity of a visit a worker checked in at (and of the alert it may raise). */
public record VisitId(UUID value) {

    public VisitId {
        Invariants.required("id", value);
    }

    public static VisitId random() {
        return new VisitId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
