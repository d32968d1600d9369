package fi.sote.booking.application.catalogue;

import java.util.Set;
import java.util.stream.Collectors;

import fi.sote.booking.application.catalogue.port.in.RegisterBookableProductCommand;
import fi.sote.booking.application.catalogue.port.in.RegisterBookableProductUseCase;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.ContactMode;

public final class RegisterBookableProductService implements RegisterBookableProductUseCase {

    private final CatalogueRepository catalogue;

    public RegisterBookableProductService(CatalogueRepository catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Outcome<BookableProduct> register(RegisterBookableProductCommand command) {
        BookableProduct product = new BookableProduct(
                BookableProductId.random(),
                command.organisation(),
                command.code(),
                command.socialService(),
                command.name(),
                command.duration(),
                command.contactModes(),
                command.capacity(),
                command.channels(),
                command.selfService(),
                command.bufferBefore(),
                command.bufferAfter(),
                command.guidance(),
                command.reminderBefore(),
                command.textNamesService(),
                command.roomNeededFor());
        if (catalogue
                .socialService(product.organisation(), product.socialService())
                .isEmpty()) {
            return Outcome.unknown(
                    "socialServiceId", "social service", product.socialService().value());
        }
        Set<String> modes = catalogue.contactModes(product.organisation()).stream()
                .map(ContactMode::code)
                .collect(Collectors.toSet());
        for (String mode : product.contactModes()) {
            if (!modes.contains(mode)) {
                return Outcome.unknown("contactModes", "contact mode", mode);
            }
        }
        if (!catalogue.add(product)) {
            return Outcome.duplicateCode("bookable product", product.code());
        }
        return Outcome.accepted(product);
    }
}
