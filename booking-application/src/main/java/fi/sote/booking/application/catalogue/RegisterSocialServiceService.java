package fi.sote.booking.application.catalogue;

import fi.sote.booking.application.catalogue.port.in.RegisterSocialServiceUseCase;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.catalogue.port.out.ServiceTaskRepository;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.catalogue.SocialService;

public final class RegisterSocialServiceService implements RegisterSocialServiceUseCase {

    private final ServiceTaskRepository serviceTasks;
    private final CatalogueRepository catalogue;

    public RegisterSocialServiceService(ServiceTaskRepository serviceTasks, CatalogueRepository catalogue) {
        this.serviceTasks = serviceTasks;
        this.catalogue = catalogue;
    }

    @Override
    public Outcome<SocialService> register(SocialService value) {
        if (serviceTasks.findById(value.organisation(), value.serviceTask()).isEmpty()) {
            return Outcome.unknown("serviceTaskId", "service task", value.serviceTask().value());
        }
        if (!catalogue.add(value)) {
            return Outcome.duplicateCode("social service", value.code());
        }
        return Outcome.accepted(value);
    }
}
