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

/** A fake of the access and disclosure logs that keeps the entries appended, unsealed. */
public final class InMemoryAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new ArrayList<>();

    public List<AuditEntry> entries() {
        return List.copyOf(entries);
    }

    @Override
    public void append(List<AuditEntry> appended) {
        entries.addAll(appended);
    }

    @Override
    public List<SealedEntry> ofClient(OrganisationId organisation, String client, Instant from, Instant to) {
        throw new UnsupportedOperationException("entries are not sealed in memory");
    }

    @Override
    public void forEach(OrganisationId organisation, Consumer<SealedEntry> action) {
        throw new UnsupportedOperationException("entries are not sealed in memory");
    }

    @Override
    public Optional<Head> head(OrganisationId organisation) {
        return Optional.empty();
    }
}
