package fi.sote.booking.application.catalogue;

import fi.sote.booking.application.catalogue.port.in.RegisterContactModeCommand;
import fi.sote.booking.application.catalogue.port.in.RegisterContactModeUseCase;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.catalogue.ContactMode;

public final class RegisterContactModeService implements RegisterContactModeUseCase {

    private final CatalogueRepository catalogue;

    public RegisterContactModeService(CatalogueRepository catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Outcome<ContactMode> register(RegisterContactModeCommand command) {
        ContactMode mode = new ContactMode(
                command.organisation(), command.code(), command.thlCode(), command.name(), command.remote());
        if (!catalogue.add(mode)) {
            return Outcome.duplicateCode("contact mode", mode.code());
        }
        return Outcome.accepted(mode);
    }
}
