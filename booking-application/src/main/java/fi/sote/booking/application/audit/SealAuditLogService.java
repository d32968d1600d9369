package fi.sote.booking.application.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fi.sote.booking.application.audit.port.in.SealAuditLogUseCase;
import fi.sote.booking.application.audit.port.out.AuditCheckpoints;
import fi.sote.booking.application.audit.port.out.AuditLog;
import fi.sote.booking.domain.audit.AuditChain;
import fi.sote.booking.domain.audit.AuditCheckpoint;
import fi.sote.booking.domain.audit.SealedEntry;
import fi.sote.booking.domain.shared.OrganisationId;

public final class SealAuditLogService implements SealAuditLogUseCase {

    /** How many pending entries one sealing takes at most. */
    static final int BATCH = 1000;

    private final AuditLog log;
    private final AuditChain chain;
    private final AuditCheckpoints checkpoints;

    public SealAuditLogService(AuditLog log, AuditChain chain, AuditCheckpoints checkpoints) {
        this.log = log;
        this.chain = chain;
        this.checkpoints = checkpoints;
    }

    @Override
    public List<OrganisationId> withPending() {
        return log.withPending();
    }

    @Override
    public Optional<Sealing> seal(OrganisationId organisation) {
        log.takeChain(organisation);
        List<AuditLog.Pending> pending = log.pending(organisation, BATCH);
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        Optional<SealedEntry> last = log.last(organisation);
        long sequence = last.map(SealedEntry::sequence).orElse(0L);
        byte[] previous = last.map(SealedEntry::hash).orElse(AuditChain.GENESIS);
        List<SealedEntry> sealed = new ArrayList<>(pending.size());
        List<Long> ids = new ArrayList<>(pending.size());
        for (AuditLog.Pending entry : pending) {
            sequence++;
            previous = chain.link(previous, sequence, entry.entry());
            sealed.add(new SealedEntry(sequence, entry.entry(), previous));
            ids.add(entry.id());
        }
        log.seal(organisation, sealed, ids);
        return Optional.of(new Sealing(sealed.size(), new AuditCheckpoint(sequence, previous)));
    }

    @Override
    public void keep(OrganisationId organisation, AuditCheckpoint checkpoint) {
        checkpoints.keep(organisation, checkpoint);
    }
}
