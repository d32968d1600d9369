package fi.sote.booking.domain.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import fi.sote.booking.domain.catalogue.BookableProduct;

/**
 * Which released slots are free: a slot is free when no busy time of its resource overlaps it
 * together with the product's buffers before and after.
 */
public final class FreeSlots {

    private FreeSlots() {}

    /** The contact modes a slot of the release and product can be had by: the product's, as far as the release allows. */
    public static Set<String> contactModes(Release release, BookableProduct product) {
        return product.contactModes().stream()
                .filter(release.terms()::allowsContactMode)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The channels a slot of the release and product is open to at {@code now}: those of the release through which
     * the product is booked then.
     */
    public static Set<Channel> channels(Release release, BookableProduct product, Instant now) {
        Set<Channel> open = product.channelsOpenAt(now);
        return release.terms().channels().stream().filter(open::contains).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The slots a release offers for a product on the dates from {@code from} to {@code to}, inclusive,
     * with the {@link #contactModes modes} and {@link #channels channels} worked out once by the caller.
     */
    public static List<Slot> offered(
            Release release,
            BookableProduct product,
            Set<String> modes,
            Set<Channel> channels,
            LocalDate from,
            LocalDate to) {
        List<Slot> slots = new ArrayList<>();
        for (LocalWindow window : release.windows(from, to)) {
            for (TimeInterval interval : SlotGrid.lay(
                    window, product.duration(), product.bufferBefore(), product.bufferAfter(), BookingTime.ZONE)) {
                slots.add(new Slot(
                        release.resource(),
                        product.id(),
                        interval,
                        modes,
                        channels,
                        release.terms().servicePoint(),
                        product.capacity(),
                        product.capacity()));
            }
        }
        return slots;
    }

    /**
     * Whether the slot is free of the busy times of its resource.
     *
     * @param busy the resource's busy time as {@link #union disjoint intervals in order}
     */
    public static boolean isFree(Slot slot, BookableProduct product, List<TimeInterval> busy) {
        TimeInterval needed = slot.interval().widen(product.bufferBefore(), product.bufferAfter());
        // the first busy interval that ends after the needed time starts is the only candidate to check first
        int index = Collections.binarySearch(
                busy, new TimeInterval(needed.start(), needed.start().plusNanos(1)));
        int from = Math.max(0, (index >= 0 ? index : -index - 1) - 1);
        for (int i = from; i < busy.size(); i++) {
            TimeInterval candidate = busy.get(i);
            if (!candidate.start().isBefore(needed.end())) {
                return true;
            }
            if (candidate.overlaps(needed)) {
                return false;
            }
        }
        return true;
    }

    /** The busy intervals merged into disjoint intervals in time order (touching ones are joined). */
    public static List<TimeInterval> union(List<TimeInterval> intervals) {
        List<TimeInterval> sorted = new ArrayList<>(intervals);
        Collections.sort(sorted);
        List<TimeInterval> merged = new ArrayList<>();
        for (TimeInterval interval : sorted) {
            TimeInterval last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !interval.start().isAfter(last.end())) {
                if (interval.end().isAfter(last.end())) {
                    merged.set(merged.size() - 1, new TimeInterval(last.start(), interval.end()));
                }
            } else {
                merged.add(interval);
            }
        }
        return merged;
    }
}
