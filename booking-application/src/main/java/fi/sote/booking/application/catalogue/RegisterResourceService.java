package fi.sote.booking.application.catalogue;

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
        Resource resource = new Resource(
                ResourceId.random(),
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
        for (SocialServiceId socialService : resource.socialServices()) {
            if (catalogue.socialService(resource.organisation(), socialService).isEmpty()) {
                return Outcome.unknown("socialServiceIds", "social service", socialService.value());
            }
        }
        for (ServicePointId servicePoint : resource.servicePoints()) {
            if (catalogue.servicePoint(resource.organisation(), servicePoint).isEmpty()) {
                return Outcome.unknown("servicePointIds", "service point", servicePoint.value());
            }
        }
        if (!catalogue.add(resource)) {
            return Outcome.rejected(
                    RejectionReason.DUPLICATE_CODE,
                    "subject",
                    "Another resource of the organisation already has the subject " + resource.subject());
        }
        return Outcome.accepted(resource);
    }
}
