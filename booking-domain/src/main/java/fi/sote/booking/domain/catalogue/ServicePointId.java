package fi.sote.booking.domain.catalogue;

import java.util.UUID;

import fi.sote.booking.domain.shared.Invariants;

/** Identity of a service point (palvelupiste). */
public record ServicePointId(UUID value) {

    public ServicePointId {
        Invariants.required("id", value);
    }

    public static ServicePointId random() {
        return new ServicePointId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
