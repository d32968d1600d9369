package fi.sote.booking.application.catalogue.port.in;

import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.BookableProductId;

/**
 * Keeps a bookable product: changes it, or retires it. Each change is recorded with who made it, when and which
 * fields changed. Bookings already made keep what they were made with: their time, place and product.
 */
public interface MaintainBookableProductUseCase {

    /** The product as changed; unchanged (and its version kept) when nothing differs. */
    Outcome<BookableProduct> change(Actor actor, ChangeBookableProductCommand command);

    /**
     * The product retired: no longer offered by slot search nor booked (a booking of it may still be moved), and
     * listed only when asked for.
     *
     * @param expectedVersion the version the caller read (If-Match), or null
     */
    Outcome<BookableProduct> retire(Actor actor, BookableProductId product, Long expectedVersion);
}
