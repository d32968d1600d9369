package fi.sote.booking.application.audit.port.out;

import java.util.Optional;

import fi.sote.booking.domain.audit.AuditCheckpoint;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * Where each organisation's chain had reached, kept outside the database, where its owner cannot reach: entries cut
 * off the end of the log are found against it.
 */
public interface AuditCheckpoints {

    /** Keeps the checkpoint, unless a later one is kept already. */
    void keep(OrganisationId organisation, AuditCheckpoint checkpoint);

    /** The latest checkpoint kept of the organisation's chain. */
    Optional<AuditCheckpoint> latest(OrganisationId organisation);
}
