package fi.sote.booking.adapters.in.schedule;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import fi.sote.booking.application.audit.port.in.SealAuditLogUseCase;
import fi.sote.booking.application.audit.port.in.SealAuditLogUseCase.Sealing;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * Seals the pending access-log entries into their chains: when the service starts, every
 * {@code booking.audit.seal-every}, and before an auditor verifies or extracts. Each organisation's batch is sealed
 * in a transaction of its own, and its checkpoint kept outside the database once that has committed. With several
 * instances, each chain is extended by one at a time; another waits, then seals what is left.
 */
@ApplicationScoped
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class);

    private final SealAuditLogUseCase sealing;
    private final Duration every;
    private final Periodic background;
    private Periodic.Running periodic;

    AuditSealer(
            Periodic background,
            SealAuditLogUseCase sealing,
            @ConfigProperty(name = "booking.audit.seal-every", defaultValue = "PT1S") Duration every) {
        this.sealing = sealing;
        this.every = every;
        this.background = background;
    }

    void start(@Observes StartupEvent started) {
        // every second: the checkpoints say how far the chains have come
        periodic = background.start("audit-sealer", every, LOG, null, this::sealAll);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (periodic != null) {
            periodic.stop();
        }
    }

    /** Seals every organisation's pending entries; answers how many. */
    public int sealAll() {
        return sealing.withPending().stream().mapToInt(this::seal).sum();
    }

    /**
     * Seals the organisation's pending entries, batch by batch, after any other sealer at it; answers how many.
     * When it returns, every entry committed before the call is sealed.
     */
    public int seal(OrganisationId organisation) {
        int sealed = 0;
        while (true) {
            Optional<Sealing> batch = QuarkusTransaction.requiringNew().call(() -> sealing.seal(organisation));
            if (batch.isEmpty()) {
                return sealed;
            }
            sealing.keep(organisation, batch.get().reached());
            sealed += batch.get().entries();
        }
    }
}
