package fi.sote.booking.domain.catalogue;

import java.util.UUID;

import fi.sote.booking.domain.shared.Invariants;

/** Identity of a social service (sosiaalipalvelu). */
public record SocialServiceId(UUID value) {

    public SocialServiceId {
        Invariants.required("id", value);
    }

    public static SocialServiceId random() {
        return new SocialServiceId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
