package fi.sote.booking.application.fakes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import fi.sote.booking.application.audit.port.out.AuditLog;
import fi.sote.booking.domain.audit.AuditEntry;
import fi.sote.booking.domain.audit.SealedEntry;
import fi.sote.booking.domain.shared.OrganisationId;

/** A fake of the access and disclosure logs: a queue of pending entries and the sealed chains, in memory. */
public final class InMemoryAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new ArrayList<>();
    private final List<Pending> pending = new ArrayList<>();
    private final List<SealedEntry> sealed = new ArrayList<>();
    private long nextId = 1;

    /** Every entry appended, sealed or not, in order. */
    public List<AuditEntry> entries() {
        return List.copyOf(entries);
    }

    @Override
    public void append(List<AuditEntry> appended) {
        entries.addAll(appended);
        appended.forEach(entry -> pending.add(new Pending(nextId++, entry)));
    }

    @Override
    public List<OrganisationId> withPending() {
        return pending.stream()
                .map(entry -> entry.entry().organisation())
                .distinct()
                .toList();
    }

    @Override
    public void takeChain(OrganisationId organisation) {
        // one sealer at a time in memory
    }

    @Override
    public List<Pending> pending(OrganisationId organisation, int limit) {
        return pending.stream()
                .filter(entry -> entry.entry().organisation().equals(organisation))
                .limit(limit)
                .toList();
    }

    @Override
    public Optional<SealedEntry> last(OrganisationId organisation) {
        List<SealedEntry> chain = chain(organisation);
        return chain.isEmpty() ? Optional.empty() : Optional.of(chain.get(chain.size() - 1));
    }

    @Override
    public void seal(OrganisationId organisation, List<SealedEntry> entries, List<Long> pendingIds) {
        sealed.addAll(entries);
        pending.removeIf(entry -> pendingIds.contains(entry.id()));
    }

    @Override
    public List<SealedEntry> ofClient(OrganisationId organisation, String client, Instant from, Instant to) {
        return chain(organisation).stream()
                .filter(entry -> entry.entry().client().equals(client))
                .filter(entry ->
                        !entry.entry().at().isBefore(from) && entry.entry().at().isBefore(to))
                .toList();
    }

    @Override
    public void forEach(OrganisationId organisation, Consumer<SealedEntry> action) {
        chain(organisation).forEach(action);
    }

    @Override
    public Optional<Head> head(OrganisationId organisation) {
        return last(organisation).map(entry -> new Head(entry.sequence(), entry.hash()));
    }

    private List<SealedEntry> chain(OrganisationId organisation) {
        return sealed.stream()
                .filter(entry -> entry.entry().organisation().equals(organisation))
                .toList();
    }
}
