package fi.sote.booking.application.catalogue.port.in;

import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.shared.Invariants;

/**
 * Change a bookable product as a whole: to what {@code to} would register, its code kept.
 *
 * @param expectedVersion the version the caller read (If-Match), or null to change whatever is there
 */
public record ChangeBookableProductCommand(
        BookableProductId product, Long expectedVersion, RegisterBookableProductCommand to) {

    public ChangeBookableProductCommand {
        Invariants.required("id", product);
        Invariants.required("body", to);
    }
}
