package fi.sote.booking.domain.catalogue;

import java.util.UUID;

import fi.sote.booking.domain.shared.Invariants;

/** Identity of a {@link ServiceTask}. */
public record ServiceTaskId(UUID value) {

    public ServiceTaskId {
        Invariants.required("id", value);
    }

    public static ServiceTaskId random() {
        return new ServiceTaskId(UUID.randomUUID());
    }
}
