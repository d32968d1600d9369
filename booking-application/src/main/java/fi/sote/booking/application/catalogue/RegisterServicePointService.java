package fi.sote.booking.application.catalogue;

import fi.sote.booking.application.catalogue.port.in.RegisterServicePointUseCase;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.catalogue.ServicePoint;

public final class RegisterServicePointService implements RegisterServicePointUseCase {

    private final CatalogueRepository catalogue;

    public RegisterServicePointService(CatalogueRepository catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Outcome<ServicePoint> register(ServicePoint value) {
        if (!catalogue.add(value)) {
            return Outcome.duplicateCode("service point", value.code());
        }
        return Outcome.accepted(value);
    }
}
