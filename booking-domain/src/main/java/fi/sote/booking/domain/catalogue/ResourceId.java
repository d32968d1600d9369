package fi.sote.booking.domain.catalogue;

import java.util.UUID;

import fi.sote.booking.domain.shared.Invariants;

/** Identity of a resource (resurssi). */
public record ResourceId(UUID value) {

    public ResourceId {
        Invariants.required("id", value);
    }

    public static ResourceId random() {
        return new ResourceId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
