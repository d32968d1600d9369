package fi.sote.booking.adapters.config;

import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import fi.sote.booking.application.calendar.port.in.SearchSlotsQuery;
import fi.sote.booking.application.calendar.port.in.SlotSearch;
import fi.sote.booking.application.shared.Outcome;

/**
 * Lets only a few slot searches run at once, first come first served. A search is CPU work (the
 * walk, and the busy-time query in PostgreSQL on the same cores): with every worker thread
 * searching at once the cores are shared among all of them and an unlucky search waits behind
 * the lot, while a fair queue of a few keeps the cores as busy and makes latency even (measured in
 * the README: p99 from 50-61 ms to 31-36 ms). Bookings and other work are not held back by it.
 */
final class BoundedSlotSearch implements SearchSlotsQuery {

    private final SearchSlotsQuery search;
    private final Semaphore running;

    BoundedSlotSearch(SearchSlotsQuery search, int concurrency) {
        this.search = search;
        this.running = new Semaphore(concurrency, true);
    }

    @Override
    public Outcome<SlotPage> search(SlotSearch slotSearch) {
        return bounded(() -> search.search(slotSearch));
    }

    @Override
    public Outcome<List<FoundSlot>> nextFreePerResource(SlotSearch slotSearch) {
        return bounded(() -> search.nextFreePerResource(slotSearch));
    }

    private <T> T bounded(Supplier<T> work) {
        running.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            running.release();
        }
    }
}
