package fi.sote.booking.application.audit.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import fi.sote.booking.domain.audit.AuditEntry;
import fi.sote.booking.domain.audit.SealedEntry;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * The access and disclosure logs: append-only, one hash chain per organisation. Entries are written
 * in the transaction of the processing they record, so a read that commits is always logged.
 */
public interface AuditLog {

    /** Appends the entries to their organisation's chain, in order. */
    void append(List<AuditEntry> entries);

    /** The client's entries from {@code from} (inclusive) to {@code to} (exclusive), in order. */
    List<SealedEntry> ofClient(OrganisationId organisation, String client, Instant from, Instant to);

    /** Every entry of the organisation in sequence order, handed over one by one (read page by page). */
    void forEach(OrganisationId organisation, Consumer<SealedEntry> action);

    /** The last sequence number and hash the chain's head recorded; empty for an organisation with no entries. */
    Optional<Head> head(OrganisationId organisation);

    record Head(long sequence, byte[] hash) {}
}
