package fi.sote.booking.application.audit.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import fi.sote.booking.domain.audit.AuditEntry;
import fi.sote.booking.domain.audit.SealedEntry;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * The access and disclosure logs: append-only, one keyed hash chain per organisation. Entries are appended in the
 * transaction of the processing they record, so a read that commits is always logged; appending takes no lock. They
 * wait as pending until the sealer chains them, in the order it finds them.
 */
public interface AuditLog {

    /** Appends the entries as pending, in order. */
    void append(List<AuditEntry> entries);

    /** A pending entry: its place in the queue and the entry. */
    record Pending(long id, AuditEntry entry) {}

    /** The organisations with pending entries. */
    List<OrganisationId> withPending();

    /**
     * Takes the organisation's chain for the rest of the transaction, so that one sealer at a time extends it; waits
     * while another sealer holds it (a sealing takes a moment).
     */
    void takeChain(OrganisationId organisation);

    /** The oldest pending entries of the organisation, at most {@code limit}, in the order they were appended. */
    List<Pending> pending(OrganisationId organisation, int limit);

    /** The last entry of the organisation's chain as stored, or empty when it has none. */
    Optional<SealedEntry> last(OrganisationId organisation);

    /** Adds the sealed entries to the chain, takes the pending ones they were from off the queue, and moves the head. */
    void seal(OrganisationId organisation, List<SealedEntry> sealed, List<Long> pendingIds);

    /** The client's sealed entries from {@code from} (inclusive) to {@code to} (exclusive), in order. */
    List<SealedEntry> ofClient(OrganisationId organisation, String client, Instant from, Instant to);

    /** Every sealed entry of the organisation in sequence order, handed over one by one (read page by page). */
    void forEach(OrganisationId organisation, Consumer<SealedEntry> action);

    /** The last sequence number and hash the chain's head recorded; empty for an organisation with no entries. */
    Optional<Head> head(OrganisationId organisation);

    record Head(long sequence, byte[] hash) {}
}
