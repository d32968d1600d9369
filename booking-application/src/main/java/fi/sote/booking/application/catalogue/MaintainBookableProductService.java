package fi.sote.booking.application.catalogue;

import java.time.Clock;
import java.util.Optional;

import fi.sote.booking.application.catalogue.port.in.ChangeBookableProductCommand;
import fi.sote.booking.application.catalogue.port.in.MaintainBookableProductUseCase;
import fi.sote.booking.application.catalogue.port.out.CatalogueRepository;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.CatalogueChange;
import fi.sote.booking.domain.shared.RejectionReason;

/**
 * Changes and retires bookable products. The store replaces a product only over the version it was read at, so of two
 * changes made from one reading, the second is refused as stale; each change is stored with its record.
 */
public final class MaintainBookableProductService implements MaintainBookableProductUseCase {

    private final CatalogueRepository catalogue;
    private final Upkeep<BookableProduct> products;

    public MaintainBookableProductService(CatalogueRepository catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.products = new Upkeep<>(
                CatalogueChange.BOOKABLE_PRODUCTS,
                "product",
                RejectionReason.PRODUCT_RETIRED,
                (organisation, key) -> catalogue.stored(BookableProduct.class, organisation, key),
                catalogue::replace,
                clock);
    }

    @Override
    public Outcome<BookableProduct> change(Actor actor, ChangeBookableProductCommand command) {
        return products.change(
                actor,
                key(command.product()),
                command.expectedVersion(),
                current -> RegisterBookableProductService.productOf(current.id(), command.to()),
                (next, previous) -> RegisterBookableProductService.unknownReference(catalogue, next, previous));
    }

    @Override
    public Outcome<BookableProduct> retire(Actor actor, BookableProductId product, Long expectedVersion) {
        return products.retire(actor, key(product), expectedVersion, current -> Optional.empty());
    }

    private static String key(BookableProductId product) {
        return product.value().toString();
    }
}
