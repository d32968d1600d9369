package fi.sote.booking.application.catalogue.port.in;

import java.util.Set;

import fi.sote.booking.domain.catalogue.ResourceKind;
import fi.sote.booking.domain.catalogue.ServicePointId;
import fi.sote.booking.domain.catalogue.SocialServiceId;
import fi.sote.booking.domain.shared.Invariants;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * Register a resource (resurssi): a professional or a room.
 *
 * @param subject the token subject a professional signs in with, or null
 * @param supervisorSubject the token subject of the team's supervisor, or null
 */
public record RegisterResourceCommand(
        OrganisationId organisation,
        ResourceKind kind,
        String name,
        String title,
        String subject,
        Set<SocialServiceId> socialServices,
        Set<String> languages,
        Set<ServicePointId> servicePoints,
        String team,
        String supervisorSubject) {

    public RegisterResourceCommand {
        Invariants.required("organisation", organisation);
        Invariants.required("kind", kind);
        name = Invariants.text("name", name, 200);
        socialServices = socialServices == null ? Set.of() : Set.copyOf(socialServices);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        servicePoints = servicePoints == null ? Set.of() : Set.copyOf(servicePoints);
    }
}
