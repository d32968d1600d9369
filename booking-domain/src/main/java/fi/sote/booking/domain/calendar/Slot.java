package fi.sote.booking.domain.calendar;

import java.util.Comparator;
import java.util.Set;

import fi.sote.booking.domain.catalogue.BookableProductId;
import fi.sote.booking.domain.catalogue.ResourceId;
import fi.sote.booking.domain.catalogue.ServicePointId;

/**
 * A bookable time: one product in one resource's released time. FHIR: Slot.
 *
 * @param servicePoint where the time is given, or null when the release names none
 * @param remaining how many more clients the time takes (capacity minus bookings)
 */
public record Slot(
        ResourceId resource,
        BookableProductId product,
        TimeInterval interval,
        Set<String> contactModes,
        Set<Channel> channels,
        ServicePointId servicePoint,
        int capacity,
        int remaining) {

    /** By time, then resource, then product: the order of search results and of the paging cursor. */
    public static final Comparator<Slot> ORDER = Comparator.comparing(
                    (Slot slot) -> slot.interval().start())
            .thenComparing(slot -> slot.resource().value())
            .thenComparing(slot -> slot.product().value());

    public SlotKey key() {
        return new SlotKey(interval.start(), resource, product);
    }

    /** The same time offered in {@code modes} only. */
    public Slot offeredIn(Set<String> modes) {
        return new Slot(resource, product, interval, modes, channels, servicePoint, capacity, remaining);
    }
}
