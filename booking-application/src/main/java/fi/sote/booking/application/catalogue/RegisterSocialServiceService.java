package fi.sote.booking.application.catalogue;

import java.util.Optional;

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
        SocialService service = socialServiceOf(SocialServiceId.random(), command);
        Optional<Outcome<SocialService>> amiss = references(serviceTasks, service, null);
        if (amiss.isPresent()) {
            return amiss.get();
        }
        if (!catalogue.add(service)) {
            return Outcome.duplicateCode("social service", service.code());
        }
        return Outcome.accepted(service);
    }

    /** The social service {@code command} describes, under {@code id}, as registered. */
    static SocialService socialServiceOf(SocialServiceId id, RegisterSocialServiceCommand command) {
        return new SocialService(
                id, command.organisation(), command.code(), command.thlCode(), command.serviceTask(), command.name());
    }

    /**
     * The refusal of a social service under a service task that is not there, or retired and not the task of
     * {@code previous} (the service changed, or null).
     */
    static Optional<Outcome<SocialService>> references(
            ServiceTaskRepository serviceTasks, SocialService service, SocialService previous) {
        return References.named(
                "serviceTaskId",
                "service task",
                service.serviceTask().value(),
                serviceTasks.findById(service.organisation(), service.serviceTask()),
                previous != null && previous.serviceTask().equals(service.serviceTask()));
    }
}
