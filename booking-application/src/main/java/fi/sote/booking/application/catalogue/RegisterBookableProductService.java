package fi.sote.booking.application.catalogue;

import java.util.Optional;
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
        BookableProduct product = productOf(BookableProductId.random(), command);
        Optional<Outcome<BookableProduct>> unknown = unknownReference(catalogue, product);
        if (unknown.isPresent()) {
            return unknown.get();
        }
        if (!catalogue.add(product)) {
            return Outcome.duplicateCode("bookable product", product.code());
        }
        return Outcome.accepted(product);
    }

    /** The product {@code command} describes, under {@code id}, as registered. */
    static BookableProduct productOf(BookableProductId id, RegisterBookableProductCommand command) {
        return new BookableProduct(
                id,
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
    }

    /** The refusal of a product whose social service or one of whose contact modes is not in the catalogue. */
    static <T> Optional<Outcome<T>> unknownReference(CatalogueRepository catalogue, BookableProduct product) {
        if (catalogue
                .socialService(product.organisation(), product.socialService())
                .isEmpty()) {
            return Optional.of(Outcome.unknown(
                    "socialServiceId", "social service", product.socialService().value()));
        }
        Set<String> modes = catalogue.contactModes(product.organisation()).stream()
                .map(ContactMode::code)
                .collect(Collectors.toSet());
        for (String mode : product.contactModes()) {
            if (!modes.contains(mode)) {
                return Optional.of(Outcome.unknown("contactModes", "contact mode", mode));
            }
        }
        return Optional.empty();
    }
}
