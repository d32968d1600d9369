package fi.sote.booking.domain.calendar;

import java.time.Instant;

import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.ResourceId;

/** Where a slot stands in the search order; a page continues after the key of the previous page's last slot. */
public record SlotKey(Instant start, ResourceId resource, BookableProductId product) implements Comparable<SlotKey> {

    @Override
    public int compareTo(SlotKey other) {
        int byStart = start.compareTo(other.start);
        if (byStart != 0) {
            return byStart;
        }
        int byResource = resource.value().compareTo(other.resource.value());
        return byResource != 0 ? byResource : product.value().compareTo(other.product.value());
    }
}
