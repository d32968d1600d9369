package fi.sote.booking.domain.booking;

import java.time.Duration;

import fi.sote.booking.domain.calendar.TimeInterval;
import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.ServicePointId;
import fi.sote.booking.domain.shared.Invariants;

/**
 * The time a booking takes: the resource, the product and its time (aikaväli), the time it keeps
 * the resource from other bookings (the product's buffers included), how many clients it takes
 * (1 for an individual time) and how client and professional meet.
 *
 * @param servicePoint where, or null when the time names no service point (a phone call, a home visit)
 */
public record BookedTime(
        ResourceId resource,
        BookableProductId product,
        TimeInterval interval,
        TimeInterval occupied,
        int capacity,
        String contactMode,
        ServicePointId servicePoint) {

    public BookedTime {
        Invariants.required("resource", resource);
        Invariants.required("product", product);
        Invariants.required("start", interval);
        Invariants.required("occupied", occupied);
        Invariants.between("capacity", capacity, 1, 500);
        contactMode = Invariants.code("contactMode", contactMode);
    }

    /** The time of {@code product} at {@code interval}, with its buffers and capacity. */
    public static BookedTime of(
            BookableProduct product,
            ResourceId resource,
            TimeInterval interval,
            String contactMode,
            ServicePointId servicePoint) {
        return new BookedTime(
                resource,
                product.id(),
                interval,
                interval.widen(product.bufferBefore(), product.bufferAfter()),
                product.capacity(),
                contactMode,
                servicePoint);
    }

    public boolean isGroup() {
        return capacity > 1;
    }

    /** The same time moved to another interval of the same length and buffers. */
    public BookedTime movedTo(TimeInterval to) {
        var before = Duration.between(occupied.start(), interval.start());
        var after = Duration.between(interval.end(), occupied.end());
        return new BookedTime(resource, product, to, to.widen(before, after), capacity, contactMode, servicePoint);
    }
}
