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
        ServicePoint point = servicePointOf(ServicePointId.random(), command);
        if (!catalogue.add(point)) {
            return Outcome.duplicateCode("service point", point.code());
        }
        return Outcome.accepted(point);
    }

    /** The service point {@code command} describes, under {@code id}, as registered. */
    static ServicePoint servicePointOf(ServicePointId id, RegisterServicePointCommand command) {
        return new ServicePoint(
                id, command.organisation(), command.code(), command.name(), command.address(), command.openingHours());
    }
}
