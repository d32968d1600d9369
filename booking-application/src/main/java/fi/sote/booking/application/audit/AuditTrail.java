package fi.sote.booking.application.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fi.sote.booking.application.audit.port.out.AuditLog;
import fi.sote.booking.application.shared.Actor;
import fi.sote.booking.domain.audit.AuditEntry;

/**
 * Writes what a read showed of clients into the access log, one entry per client per operation, and
 * when the reader is an integration also into the disclosure log, naming it as the recipient.
 */
public final class AuditTrail {

    private final AuditLog log;
    private final Clock clock;

    public AuditTrail(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** Records that the actor was shown the clients' data in these records (client reference to record ids). */
    public void shown(Actor actor, String operation, Map<String, List<String>> recordsByClient) {
        if (recordsByClient.isEmpty()) {
            return;
        }
        var at = clock.instant();
        List<AuditEntry> entries = new ArrayList<>();
        recordsByClient.forEach((client, records) -> {
            AuditEntry access = new AuditEntry(AuditEntry.Kind.ACCESS, actor.organisation(), at, actor.subject(),
                    actor.roleNames(), actor.unit(), client, operation, records, actor.basis(), null);
            entries.add(access);
            if (actor.isIntegration()) {
                entries.add(access.disclosedTo(actor.application() == null ? actor.subject() : actor.application()));
            }
        });
        log.append(entries);
    }

    /** A collector of client references to record ids, in the order first shown. */
    public static Map<String, List<String>> byClient() {
        return new LinkedHashMap<>();
    }

    /** Adds one record of a client to a collection made by {@link #byClient()}. */
    public static void add(Map<String, List<String>> byClient, String client, String record) {
        byClient.computeIfAbsent(client, ignored -> new ArrayList<>()).add(record);
    }
}
