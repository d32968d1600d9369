package fi.sote.booking.domain.calendar;

import java.time.Instant;
import java.util.List;

import fi.sote.booking.domain.catalogue.BookableProduct;
import fi.sote.booking.domain.catalogue.BookableProductId;

/**
 * When a resource cannot take a booking: its blocking calendar entries and individual bookings (with
 * their buffers) as disjoint intervals in time order, and its group times with the places taken.
 */
public record BusyTime(List<TimeInterval> intervals, List<GroupPlaces> groups) {

    public static final BusyTime NONE = new BusyTime(List.of(), List.of());

    /** A group time of a product starting at {@code start}, keeping {@code occupied}, with {@code taken} places booked. */
    public record GroupPlaces(BookableProductId product, Instant start, TimeInterval occupied, int taken) {}

    public BusyTime {
        intervals = List.copyOf(intervals);
        groups = List.copyOf(groups);
    }

    /**
     * How many more clients the slot takes: its capacity less the places taken of its own group
     * time, or 0 when anything else keeps the resource busy at the time.
     */
    public int remaining(Slot slot, BookableProduct product) {
        if (!FreeSlots.isFree(slot, product, intervals)) {
            return 0;
        }
        TimeInterval needed = slot.interval().widen(product.bufferBefore(), product.bufferAfter());
        int remaining = slot.capacity();
        for (GroupPlaces group : groups) {
            if (group.product().equals(slot.product())
                    && group.start().equals(slot.interval().start())) {
                remaining = slot.capacity() - group.taken();
            } else if (group.occupied().overlaps(needed)) {
                return 0;
            }
        }
        return Math.max(0, remaining);
    }
}
