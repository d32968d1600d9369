package fi.sote.booking.application.catalogue.port.in;

import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.catalogue.BookableProduct;

/** An administrator adds a bookable product (varaustuote) to the organisation's catalogue. */
public interface RegisterBookableProductUseCase {

    Outcome<BookableProduct> register(RegisterBookableProductCommand command);
}
