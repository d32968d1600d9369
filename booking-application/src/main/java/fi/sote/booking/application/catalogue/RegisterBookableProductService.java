package fi.sote.booking.application.catalogue;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
        Optional<Outcome<BookableProduct>> unknown = unknownReference(catalogue, product, null);
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
                command.roomNeededFor(),
                0,
                false,
                command.channelsFrom());
    }

    /**
     * The refusal of a product whose social service or one of whose contact modes is not in the catalogue, or is
     * retired and was not named by {@code previous} (the product changed, or null) already.
     */
    static <T> Optional<Outcome<T>> unknownReference(
            CatalogueRepository catalogue, BookableProduct product, BookableProduct previous) {
        Optional<Outcome<T>> amiss = References.named(
                "socialServiceId",
                "social service",
                product.socialService().value(),
                catalogue.socialService(product.organisation(), product.socialService()),
                previous != null && previous.socialService().equals(product.socialService()));
        if (amiss.isPresent()) {
            return amiss;
        }
        Map<String, ContactMode> modes = catalogue.contactModes(product.organisation()).stream()
                .collect(Collectors.toMap(ContactMode::code, Function.identity()));
        for (String mode : product.contactModes()) {
            amiss = References.named(
                    "contactModes",
                    "contact mode",
                    mode,
                    Optional.ofNullable(modes.get(mode)),
                    previous != null && previous.contactModes().contains(mode));
            if (amiss.isPresent()) {
                return amiss;
            }
        }
        return Optional.empty();
    }
}
