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
 * @param room the room the time takes, or null: besides a professional, a room at the service point when the product
 *     needs one; for a room's own booking, the room itself. The database keeps a room's time from being taken twice
 *     either way.
 */
public record BookedTime(
        ResourceId resource,
        BookableProductId product,
        TimeInterval interval,
        TimeInterval occupied,
        int capacity,
        String contactMode,
        ServicePointId servicePoint,
        ResourceId room) {

    public BookedTime {
        Invariants.required("resource", resource);
        Invariants.required("product", product);
        Invariants.required("start", interval);
        Invariants.required("occupied", occupied);
        Invariants.between("capacity", capacity, 1, 500);
        contactMode = Invariants.code("contactMode", contactMode);
    }

    /** A time that takes no room. */
    public BookedTime(
            ResourceId resource,
            BookableProductId product,
            TimeInterval interval,
            TimeInterval occupied,
            int capacity,
            String contactMode,
            ServicePointId servicePoint) {
        this(resource, product, interval, occupied, capacity, contactMode, servicePoint, null);
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
        return new BookedTime(
                resource, product, to, to.widen(before, after), capacity, contactMode, servicePoint, room);
    }

    /** The same time taking {@code takes}, at the room's service point when the time names none. */
    public BookedTime inRoom(ResourceId takes, ServicePointId roomsPoint) {
        return new BookedTime(
                resource,
                product,
                interval,
                occupied,
                capacity,
                contactMode,
                servicePoint == null ? roomsPoint : servicePoint,
                takes);
    }
}
