package fi.sote.booking.application.audit;

import java.time.Instant;
import java.util.List;

import fi.sote.booking.application.audit.port.in.AuditQuery;
import fi.sote.booking.application.audit.port.out.AuditCheckpoints;
import fi.sote.booking.application.audit.port.out.AuditLog;
import fi.sote.booking.application.client.port.out.ClientIdentities;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.domain.audit.AuditChain;
import fi.sote.booking.domain.audit.SealedEntry;
import fi.sote.booking.domain.client.ClientReference;
import fi.sote.booking.domain.client.PersonalIdentityCode;
import fi.sote.booking.domain.shared.InvalidValueException;

public final class AuditService implements AuditQuery {

    private final AuditLog log;
    private final AuditTrail trail;
    private final ClientIdentities clients;
    private final AuditChain chain;
    private final AuditCheckpoints checkpoints;

    public AuditService(
            AuditLog log, AuditTrail trail, ClientIdentities clients, AuditChain chain, AuditCheckpoints checkpoints) {
        this.log = log;
        this.trail = trail;
        this.clients = clients;
        this.chain = chain;
        this.checkpoints = checkpoints;
    }

    @Override
    public AuditChain.Verification verify(Actor auditor) {
        AuditChain.Verifier verifier =
                chain.verifier(checkpoints.latest(auditor.organisation()).orElse(null));
        log.forEach(auditor.organisation(), verifier::accept);
        return log.head(auditor.organisation())
                .map(head -> verifier.result(head.sequence(), head.hash()))
                .orElseGet(() -> verifier.result(null, null));
    }

    @Override
    public List<SealedEntry> extract(
            Actor auditor, String client, PersonalIdentityCode code, Instant from, Instant to, String recipient) {
        client = ClientReference.optional("clientReference", client);
        if ((client == null) == (code == null)) {
            throw new InvalidValueException(
                    "clientReference", "give either clientReference or clientPersonalIdentityCode");
        }
        if (!from.isBefore(to)) {
            throw new InvalidValueException("to", "must be after from");
        }
        // a code never booked has no reference, and so no entries; nothing is stored for asking
        String reference = client != null
                ? client
                : clients.knownReference(auditor.organisation(), code).orElse(null);
        if (reference == null) {
            return List.of();
        }
        List<SealedEntry> entries = log.ofClient(auditor.organisation(), reference, from, to);
        trail.shown(
                auditor,
                "clientLogExtract",
                reference,
                entries.stream().map(entry -> "audit-log:" + entry.sequence()).toList(),
                recipient);
        return entries;
    }
}
