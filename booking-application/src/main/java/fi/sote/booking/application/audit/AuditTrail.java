package fi.sote.booking.application.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

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

    /**
     * Records which clients a read showed the actor: of the items, those the actor is shown the client
     * of, grouped by client, one entry per client with the ids of their records.
     */
    public <T> void shown(
            Actor actor,
            String operation,
            List<T> items,
            Predicate<T> identified,
            Function<T, String> client,
            Function<T, String> record) {
        Map<String, List<String>> recordsByClient = new LinkedHashMap<>();
        items.stream()
                .filter(identified)
                .forEach(item -> recordsByClient
                        .computeIfAbsent(client.apply(item), ignored -> new ArrayList<>())
                        .add(record.apply(item)));
        shown(actor, operation, recordsByClient);
    }

    /** Records that the actor was shown the clients' data in these records (client reference to record ids). */
    public void shown(Actor actor, String operation, Map<String, List<String>> recordsByClient) {
        List<AuditEntry> entries = new ArrayList<>();
        recordsByClient.forEach((client, records) -> entries.addAll(entries(actor, operation, client, records)));
        if (!entries.isEmpty()) {
            log.append(entries);
        }
    }

    /**
     * The entries of the actor being shown the client's data in these records, for the caller to write where it
     * writes the records themselves (a booking made writes them in its own statement): the access, and for an
     * integration the disclosure to the application its token was issued to.
     */
    public List<AuditEntry> entries(Actor actor, String operation, String client, List<String> records) {
        // what an integration reads leaves the service: to the application its token was issued to
        String recipient =
                !actor.isIntegration() ? null : actor.application() == null ? actor.subject() : actor.application();
        return entries(actor, operation, client, records, recipient);
    }

    /** Records that the actor processed the client's data in these records, and handed it to the recipient if any. */
    public void shown(Actor actor, String operation, String client, List<String> records, String recipient) {
        log.append(entries(actor, operation, client, records, recipient));
    }

    private List<AuditEntry> entries(
            Actor actor, String operation, String client, List<String> records, String recipient) {
        AuditEntry access = new AuditEntry(
                AuditEntry.Kind.ACCESS,
                actor.organisation(),
                clock.instant(),
                actor.subject(),
                actor.roleNames(),
                actor.unit(),
                client,
                operation,
                records,
                actor.basis(),
                null);
        return recipient == null ? List.of(access) : List.of(access, access.disclosedTo(recipient));
    }
}
