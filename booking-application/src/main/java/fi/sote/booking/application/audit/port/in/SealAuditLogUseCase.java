package fi.sote.booking.application.audit.port.in;

import java.util.List;
import java.util.Optional;

import fi.sote.booking.domain.audit.AuditCheckpoint;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * Chains the pending log entries into their organisation's keyed chain, then keeps where the chain reached outside
 * the database. Run {@link #seal} in a transaction of its own and hand what it answers to {@link #keep} once that has
 * committed, so that no checkpoint names an entry that was never stored.
 */
public interface SealAuditLogUseCase {

    /** The organisations with entries to seal. */
    List<OrganisationId> withPending();

    /** How many entries one sealing chained, and where the chain reached. */
    record Sealing(int entries, AuditCheckpoint reached) {}

    /**
     * Seals the organisation's pending entries (at most a batch), after any other sealer at it now.
     *
     * @return empty when nothing was left to seal
     */
    Optional<Sealing> seal(OrganisationId organisation);

    /** Keeps the checkpoint outside the database; call it after the sealing committed. */
    void keep(OrganisationId organisation, AuditCheckpoint checkpoint);
}
