package fi.sote.booking.application.catalogue;

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
    public Outcome<ContactMode> register(ContactMode value) {
        if (!catalogue.add(value)) {
            return Outcome.duplicateCode("contact mode", value.code());
        }
        return Outcome.accepted(value);
    }
}
