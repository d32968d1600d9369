package fi.sote.booking.application.catalogue;

import fi.sote.booking.application.catalogue.port.in.RegisterSocialServiceCommand;
import fi.sote.booking.application.catalogue.port.in.RegisterSocialServiceUseCase;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.catalogue.port.out.ServiceTaskRepository;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.catalogue.SocialService;
import fi.sote.booking.domain.catalogue.SocialServiceId;

public final class RegisterSocialServiceService implements RegisterSocialServiceUseCase {

    private final ServiceTaskRepository serviceTasks;
    private final CatalogueRepository catalogue;

    public RegisterSocialServiceService(ServiceTaskRepository serviceTasks, CatalogueRepository catalogue) {
        this.serviceTasks = serviceTasks;
        this.catalogue = catalogue;
    }

    @Override
    public Outcome<SocialService> register(RegisterSocialServiceCommand command) {
        SocialService service = new SocialService(
                SocialServiceId.random(),
                command.organisation(),
                command.code(),
                command.thlCode(),
                command.serviceTask(),
                command.name());
        if (serviceTasks.findById(service.organisation(), service.serviceTask()).isEmpty()) {
            return Outcome.unknown(
                    "serviceTaskId", "service task", service.serviceTask().value());
        }
        if (!catalogue.add(service)) {
            return Outcome.duplicateCode("social service", service.code());
        }
        return Outcome.accepted(service);
    }
}
