package fi.sote.booking.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fi.sote.booking.application.audit.port.in.SealAuditLogUseCase;
import fi.sote.booking.application.audit.port.out.AuditCheckpoints;
import fi.sote.booking.application.fakes.InMemoryAuditLog;
import fi.sote.booking.application.fakes.InMemoryClientIdentities;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.domain.audit.AuditChain;
import fi.sote.booking.domain.audit.AuditCheckpoint;
import fi.sote.booking.domain.audit.SealedEntry;
import fi.sote.booking.domain.shared.OrganisationId;
import fi.sote.booking.domain.shared.Role;

/** Entries wait as pending until sealed into the keyed chain; verification reads the chain and the checkpoint. */
class SealAuditLogTests {

    private static final OrganisationId ORG = new OrganisationId("pohjois-karjala");
    private static final Actor WORKER = new Actor(ORG, "worker", Set.of(Role.PROFESSIONAL));
    private static final Actor AUDITOR = new Actor(ORG, "auditor", Set.of(Role.AUDITOR));

    /** Checkpoints kept in memory. */
    private static final class KeptCheckpoints implements AuditCheckpoints {
        final Map<OrganisationId, AuditCheckpoint> kept = new HashMap<>();

        @Override
        public void keep(OrganisationId organisation, AuditCheckpoint checkpoint) {
            kept.merge(organisation, checkpoint, (old, now) -> now.sequence() > old.sequence() ? now : old);
        }

        @Override
        public Optional<AuditCheckpoint> latest(OrganisationId organisation) {
            return Optional.ofNullable(kept.get(organisation));
        }
    }

    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final AuditChain chain = new AuditChain(new byte[32]);
    private final KeptCheckpoints checkpoints = new KeptCheckpoints();
    private final AuditTrail trail =
            new AuditTrail(log, Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC));
    private final SealAuditLogService sealer = new SealAuditLogService(log, chain, checkpoints);
    private final AuditService audit = new AuditService(log, trail, new InMemoryClientIdentities(), chain, checkpoints);

    @Test
    void pendingEntriesAreChainedInTheOrderAppendedAndTheCheckpointNamesTheLast() {
        read("client-1");
        read("client-2");
        assertThat(log.withPending()).containsExactly(ORG);

        SealAuditLogUseCase.Sealing sealing = sealer.seal(ORG).orElseThrow();
        AuditCheckpoint reached = sealing.reached();
        assertThat(sealing.entries()).isEqualTo(2);
        sealer.keep(ORG, reached);

        List<SealedEntry> sealed = sealed();
        assertThat(sealed).extracting(SealedEntry::sequence).containsExactly(1L, 2L);
        assertThat(sealed).extracting(entry -> entry.entry().client()).containsExactly("client-1", "client-2");
        assertThat(reached.sequence()).isEqualTo(2);
        assertThat(reached.hash()).isEqualTo(sealed.get(1).hash());
        assertThat(log.withPending()).isEmpty();
        assertThat(sealer.seal(ORG)).as("nothing more to seal").isEmpty();

        read("client-3");
        sealer.keep(ORG, sealer.seal(ORG).orElseThrow().reached());
        assertThat(sealed()).extracting(SealedEntry::sequence).containsExactly(1L, 2L, 3L);
        assertThat(audit.verify(AUDITOR).intact()).isTrue();
        assertThat(audit.verify(AUDITOR).entries()).isEqualTo(3);
    }

    @Test
    void verificationComparesTheChainWithTheCheckpointKeptOutsideTheDatabase() {
        read("client-1");
        sealer.keep(ORG, sealer.seal(ORG).orElseThrow().reached());
        checkpoints.keep(ORG, new AuditCheckpoint(2, new byte[32]));

        AuditChain.Verification verification = audit.verify(AUDITOR);

        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBrokenSequence()).isEqualTo(2);
    }

    private void read(String client) {
        trail.shown(WORKER, "getBooking", Map.of(client, List.of("booking:" + client)));
    }

    private List<SealedEntry> sealed() {
        List<SealedEntry> entries = new ArrayList<>();
        log.forEach(ORG, entries::add);
        return entries;
    }
}
