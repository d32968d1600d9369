package fi.sote.booking.application.shared;

import java.util.Set;

import fi.sote.booking.domain.shared.Invariants;
import fi.sote.booking.domain.shared.OrganisationId;

/** Who asks a use case to act: their organisation, token subject and roles. */
public record Actor(OrganisationId organisation, String subject, Set<String> roles) {

    public Actor {
        Invariants.required("organisation", organisation);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
