package fi.sote.booking.application.waitlist.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fi.sote.booking.application.waitlist.port.in.WaitlistUseCase.Filter;
import fi.sote.booking.domain.shared.OrganisationId;
import fi.sote.booking.domain.waitlist.WaitlistEntry;
import fi.sote.booking.domain.waitlist.WaitlistEntryId;

/** Keeps the waitlist, each change of an entry with its outbox event. */
public interface WaitlistRepository {

    /** The event of a time offered to a waiting client; the client is told of it through their channels. */
    String OFFERED = "waitlist.offered";

    /**
     * @return false when the client already waits for the product or social service (one open entry per client and
     *     what they wait for)
     */
    boolean add(WaitlistEntry entry);

    Optional<WaitlistEntry> entry(OrganisationId organisation, WaitlistEntryId id);

    /**
     * Replaces the entry as read ({@code previous}: its version) by {@code next}, with an outbox event of type
     * {@code event} if not null; the version goes up by one.
     *
     * @return false when the entry changed since it was read
     */
    boolean replace(WaitlistEntry previous, WaitlistEntry next, String event);

    /** The organisation's entries that match the filter, in the fair order; of these clients only, unless null. */
    List<WaitlistEntry> list(OrganisationId organisation, Filter filter, Collection<String> clients);

    /**
     * The place in its line (1 first) of every entry still open that waits for one of these products or social
     * services ({@link WaitlistEntry#awaited}).
     */
    Map<WaitlistEntryId, Integer> places(OrganisationId organisation, Collection<UUID> awaited);

    /** The organisations with anyone waiting or offered a time. */
    List<OrganisationId> organisationsWaiting();
}
