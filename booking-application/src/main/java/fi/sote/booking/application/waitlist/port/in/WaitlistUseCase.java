package fi.sote.booking.application.waitlist.port.in;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.application.shared.Outcome;
import fi.sote.booking.domain.booking.Booking;
import fi.sote.booking.domain.waitlist.WaitlistEntry;
import fi.sote.booking.domain.waitlist.WaitlistEntryId;
import fi.sote.booking.domain.waitlist.WaitlistStatus;

/**
 * The waitlist: a client (or a counsellor for them) waits for a time of a product, and is offered one when a
 * matching time frees, in the fair order {@link WaitlistEntry#FAIRNESS} states.
 */
public interface WaitlistUseCase {

    /**
     * An entry as its reader sees it.
     *
     * @param place its place in the product's line (1 is offered first), or null once the wait is over
     * @param offer the hold offered to the client while the entry is OFFERED, else null
     */
    record Waiting(WaitlistEntry entry, Integer place, Booking offer) {}

    /**
     * Which entries to list.
     *
     * @param awaited only the entries waiting for this product or social service (its id), or null for all
     * @param statuses only these; empty for those still waiting or offered
     */
    record Filter(UUID awaited, Set<WaitlistStatus> statuses, int limit) {

        public static final int MOST = 500;

        public Filter {
            statuses = statuses == null || statuses.isEmpty()
                    ? Set.of(WaitlistStatus.WAITING, WaitlistStatus.OFFERED)
                    : Set.copyOf(statuses);
        }
    }

    Outcome<Waiting> join(Actor actor, JoinWaitlistCommand command);

    /** A client's own entries (and their children's), or for staff every client's, in the fair order. */
    Outcome<List<Waiting>> list(Actor actor, Filter filter);

    Outcome<Waiting> entry(Actor actor, WaitlistEntryId id);

    /** Stops waiting; an offer held meanwhile is let go. */
    Outcome<Waiting> withdraw(Actor actor, WaitlistEntryId id, Long expectedVersion);
}
