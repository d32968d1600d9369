package fi.sote.booking.application.catalogue;

import fi.sote.booking.application.catalogue.port.in.RegisterServicePointCommand;
import fi.sote.booking.application.catalogue.port.in.RegisterServicePointUseCase;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.catalogue.ServicePoint;
import fi.sote.booking.domain.catalogue.ServicePointId;

public final class RegisterServicePointService implements RegisterServicePointUseCase {

    private final CatalogueRepository catalogue;

    public RegisterServicePointService(CatalogueRepository catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Outcome<ServicePoint> register(RegisterServicePointCommand command) {
        ServicePoint point = new ServicePoint(
                ServicePointId.random(),
                command.organisation(),
                command.code(),
                command.name(),
                command.address(),
                command.openingHours());
        if (!catalogue.add(point)) {
            return Outcome.duplicateCode("service point", point.code());
        }
        return Outcome.accepted(point);
    }
}
