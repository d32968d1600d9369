package fi.sote.booking.application.catalogue;

import java.time.Clock;
import java.util.List;
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

    /** The entity's name in the change records: as the API's path names it. */
    public static final String ENTITY = "bookable-products";

    private final CatalogueRepository catalogue;
    private final Clock clock;

    public MaintainBookableProductService(CatalogueRepository catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    public Outcome<BookableProduct> change(Actor actor, ChangeBookableProductCommand command) {
        if (!command.to().organisation().equals(actor.organisation())) {
            throw new IllegalArgumentException("A product is changed in the caller's organisation only");
        }
        Optional<BookableProduct> found = catalogue.storedProduct(actor.organisation(), command.product());
        Optional<Outcome<BookableProduct>> refusal = refusal(found, command.product(), command.expectedVersion());
        if (refusal.isPresent()) {
            return refusal.get();
        }
        BookableProduct current = found.orElseThrow();
        BookableProduct wanted = RegisterBookableProductService.productOf(current.id(), command.to());
        BookableProduct.Change change = current.changedTo(wanted);
        if (change.fields().isEmpty()) {
            return Outcome.accepted(current);
        }
        Optional<Outcome<BookableProduct>> unknown =
                RegisterBookableProductService.unknownReference(catalogue, change.product());
        if (unknown.isPresent()) {
            return unknown.get();
        }
        return stored(actor, current, change.product(), CatalogueChange.Kind.CHANGED, change.fields());
    }

    @Override
    public Outcome<BookableProduct> retire(Actor actor, BookableProductId product, Long expectedVersion) {
        Optional<BookableProduct> found = catalogue.storedProduct(actor.organisation(), product);
        if (found.filter(BookableProduct::retired).isPresent() && expectedVersion == null) {
            return Outcome.accepted(found.get());
        }
        Optional<Outcome<BookableProduct>> refusal = refusal(found, product, expectedVersion);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        BookableProduct current = found.orElseThrow();
        return stored(actor, current, current.retire(), CatalogueChange.Kind.RETIRED, List.of());
    }

    /** Why the product cannot be changed: not found, retired, or changed since the caller read it. */
    private static Optional<Outcome<BookableProduct>> refusal(
            Optional<BookableProduct> found, BookableProductId id, Long expectedVersion) {
        if (found.isEmpty()) {
            return Optional.of(Outcome.notFound("No bookable product " + id.value()));
        }
        if (found.get().retired()) {
            return Optional.of(Outcome.rejected(
                    RejectionReason.PRODUCT_RETIRED,
                    null,
                    "The product " + found.get().code() + " is retired"));
        }
        if (expectedVersion != null && expectedVersion != found.get().version()) {
            return Optional.of(stale());
        }
        return Optional.empty();
    }

    private Outcome<BookableProduct> stored(
            Actor actor,
            BookableProduct current,
            BookableProduct next,
            CatalogueChange.Kind kind,
            List<String> fields) {
        CatalogueChange record = new CatalogueChange(
                ENTITY, current.id().value(), next.version(), kind, actor.subject(), clock.instant(), fields);
        return catalogue.replace(current, next, record) ? Outcome.accepted(next) : stale();
    }

    private static Outcome<BookableProduct> stale() {
        return Outcome.rejected(
                RejectionReason.STALE_VERSION, null, "The product has changed since it was read; read it again");
    }
}
