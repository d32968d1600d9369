package fi.sote.booking.application.catalogue;

import java.util.Optional;

import fi.sote.booking.application.catalogue.port.in.RegisterResourceCommand;
import fi.sote.booking.application.catalogue.port.in.RegisterResourceUseCase;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.catalogue.Resource;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.ServicePointId;
import fi.sote.booking.domain.catalogue.SocialServiceId;
import fi.sote.booking.domain.shared.RejectionReason;

public final class RegisterResourceService implements RegisterResourceUseCase {

    private final CatalogueRepository catalogue;

    public RegisterResourceService(CatalogueRepository catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Outcome<Resource> register(RegisterResourceCommand command) {
        Resource resource = resourceOf(ResourceId.random(), command);
        Optional<Outcome<Resource>> amiss = references(catalogue, resource, null);
        if (amiss.isPresent()) {
            return amiss.get();
        }
        if (!catalogue.add(resource)) {
            return Outcome.rejected(
                    RejectionReason.DUPLICATE_CODE,
                    "subject",
                    "Another resource of the organisation already has the subject " + resource.subject());
        }
        return Outcome.accepted(resource);
    }

    /** The resource {@code command} describes, under {@code id}, as registered. */
    static Resource resourceOf(ResourceId id, RegisterResourceCommand command) {
        return new Resource(
                id,
                command.organisation(),
                command.kind(),
                command.name(),
                command.title(),
                command.subject(),
                command.socialServices(),
                command.languages(),
                command.servicePoints(),
                command.team(),
                command.supervisorSubject());
    }

    /**
     * The refusal of a resource working in a social service or at a service point that the catalogue does not have,
     * or that is retired and which {@code previous} (the resource changed, or null) was not in already.
     */
    static Optional<Outcome<Resource>> references(CatalogueRepository catalogue, Resource resource, Resource previous) {
        for (SocialServiceId service : resource.socialServices()) {
            Optional<Outcome<Resource>> amiss = References.named(
                    "socialServiceIds",
                    "social service",
                    service.value(),
                    catalogue.socialService(resource.organisation(), service),
                    previous != null && previous.socialServices().contains(service));
            if (amiss.isPresent()) {
                return amiss;
            }
        }
        for (ServicePointId point : resource.servicePoints()) {
            Optional<Outcome<Resource>> amiss = References.named(
                    "servicePointIds",
                    "service point",
                    point.value(),
                    catalogue.servicePoint(resource.organisation(), point),
                    previous != null && previous.servicePoints().contains(point));
            if (amiss.isPresent()) {
                return amiss;
            }
        }
        return Optional.empty();
    }
}
