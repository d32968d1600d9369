package fi.sote.booking.domain.calendar;

import java.util.Set;

import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.ServicePointId;
import fi.sote.booking.domain.shared.InvalidValueException;
import fi.sote.booking.domain.shared.Invariants;

/**
 * What released time is open for: which bookable products, through which channels, by which
 * contact modes (empty: every mode the product allows) and where (no service point: the
 * professional's own service points).
 */
public record ReleaseTerms(
        Set<BookableProductId> products, Set<Channel> channels, Set<String> contactModes, ServicePointId servicePoint) {

    public ReleaseTerms {
        products = Set.copyOf(Invariants.required("products", products));
        channels = Set.copyOf(Invariants.required("channels", channels));
        contactModes = contactModes == null ? Set.of() : Set.copyOf(contactModes);
        if (products.isEmpty()) {
            throw new InvalidValueException("products", "must name at least one bookable product");
        }
        if (channels.isEmpty()) {
            throw new InvalidValueException("channels", "must name at least one channel");
        }
    }

    public boolean allowsContactMode(String mode) {
        return contactModes.isEmpty() || contactModes.contains(mode);
    }
}
