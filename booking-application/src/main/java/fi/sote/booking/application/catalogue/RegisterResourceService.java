package fi.sote.booking.application.catalogue;

import fi.sote.booking.application.catalogue.port.in.RegisterResourceUseCase;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.catalogue.Resource;

public final class RegisterResourceService implements RegisterResourceUseCase {

    private final CatalogueRepository catalogue;

    public RegisterResourceService(CatalogueRepository catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Outcome<Resource> register(Resource value) {
        for (var socialService : value.socialServices()) {
            if (catalogue.socialService(value.organisation(), socialService).isEmpty()) {
                return Outcome.unknown("socialServiceIds", "social service", socialService.value());
            }
        }
        for (var servicePoint : value.servicePoints()) {
            if (catalogue.servicePoint(value.organisation(), servicePoint).isEmpty()) {
                return Outcome.unknown("servicePointIds", "service point", servicePoint.value());
            }
        }
        catalogue.add(value);
        return Outcome.accepted(value);
    }
}
