package fi.sote.booking.application.catalogue;

import fi.sote.booking.application.catalogue.port.in.RegisterBookableProductUseCase;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.catalogue.BookableProduct;

public final class RegisterBookableProductService implements RegisterBookableProductUseCase {

    private final CatalogueRepository catalogue;

    public RegisterBookableProductService(CatalogueRepository catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Outcome<BookableProduct> register(BookableProduct value) {
        if (catalogue.socialService(value.organisation(), value.socialService()).isEmpty()) {
            return Outcome.unknown("socialServiceId", "social service", value.socialService().value());
        }
        java.util.Set<String> modes = catalogue.contactModes(value.organisation()).stream()
                .map(fi.sote.booking.domain.catalogue.ContactMode::code).collect(java.util.stream.Collectors.toSet());
        for (String mode : value.contactModes()) {
            if (!modes.contains(mode)) {
                return Outcome.unknown("contactModes", "contact mode", mode);
            }
        }
        if (!catalogue.add(value)) {
            return Outcome.duplicateCode("bookable product", value.code());
        }
        return Outcome.accepted(value);
    }
}
