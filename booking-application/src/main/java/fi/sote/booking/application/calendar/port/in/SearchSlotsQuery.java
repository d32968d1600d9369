package fi.sote.booking.application.calendar.port.in;

import java.util.List;

import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.calendar.Slot;
import fi.sote.booking.domain.calendar.SlotKey;
import fi.sote.booking.domain.catalogue.BookableProduct;

/**
 * Finds free times (vapaat ajat) across professionals: the one search that the counsellor's, the
 * client's and an integration's user interfaces use.
 */
public interface SearchSlotsQuery {

    /** A free slot with what a user interface shows of it. */
    record FoundSlot(Slot slot, BookableProduct product, String resourceName, String resourceTitle) {}

    /** One page of results in time order; {@code next} continues the search, null on the last page. */
    record SlotPage(List<FoundSlot> items, SlotKey next) {}

    Outcome<SlotPage> search(SlotSearch search);

    /** The earliest free slot of each professional matching the search, by time (what a counsellor needs on the phone). */
    Outcome<List<FoundSlot>> nextFreePerResource(SlotSearch search);
}
