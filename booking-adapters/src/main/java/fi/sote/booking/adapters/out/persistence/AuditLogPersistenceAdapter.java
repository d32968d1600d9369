package fi.sote.booking.adapters.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import fi.sote.booking.application.audit.port.out.AuditLog;
import fi.sote.booking.domain.audit.AuditEntry;
import fi.sote.booking.domain.audit.SealedEntry;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * The access and disclosure logs in PostgreSQL (migration V7). Appending moves the organisation's
 * chain head and inserts the entry in one statement: the head row's lock orders the entries of an
 * organisation, and its hash is computed by the database from the previous one, with the same
 * SHA-256 over the same bytes as {@link fi.sote.booking.domain.audit.AuditChain} verifies.
 */
@ApplicationScoped
class AuditLogPersistenceAdapter implements AuditLog {

    private static final int PAGE = 1000;
    private static final String COLUMNS = """
            sequence, kind, at, subject, role, unit, client_reference, operation, records, purpose, recipient, hash""";

    private final Sql sql;

    AuditLogPersistenceAdapter(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void append(List<AuditEntry> entries) {
        for (AuditEntry entry : entries) {
            byte[] canonical = entry.canonicalBytes();
            sql.update("""
                    with head as (
                        insert into audit_chain_head as h (organisation_id, sequence, hash)
                        values (?, 1, sha256(decode(repeat('00', 32), 'hex') || ?))
                        on conflict (organisation_id) do update set sequence = h.sequence + 1, hash = sha256(h.hash || ?)
                        returning sequence, hash)
                    insert into audit_log (organisation_id, sequence, kind, at, subject, role, unit, client_reference,
                                           operation, records, purpose, recipient, hash)
                    select ?, head.sequence, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, head.hash from head""", s -> {
                s.set(1, entry.organisation().value());
                s.set(2, canonical);
                s.set(3, canonical);
                s.set(4, entry.organisation().value());
                s.set(5, entry.kind().name());
                s.set(6, ReleaseRows.utc(entry.at()));
                s.set(7, entry.subject());
                s.set(8, entry.role());
                s.set(9, entry.unit());
                s.set(10, entry.client());
                s.set(11, entry.operation());
                s.texts(12, entry.records());
                s.set(13, entry.purpose());
                s.set(14, entry.recipient());
            });
        }
    }

    @Override
    public List<SealedEntry> ofClient(OrganisationId organisation, String client, Instant from, Instant to) {
        return sql.list(
                "select " + COLUMNS + " from audit_log"
                        + " where organisation_id = ? and client_reference = ? and at >= ? and at < ? order by sequence",
                s -> {
                    s.set(1, organisation.value());
                    s.set(2, client);
                    s.set(3, ReleaseRows.utc(from));
                    s.set(4, ReleaseRows.utc(to));
                },
                row -> sealed(organisation, row));
    }

    @Override
    public void forEach(OrganisationId organisation, Consumer<SealedEntry> action) {
        long after = 0;
        while (true) {
            long from = after;
            List<SealedEntry> page = sql.list(
                    "select " + COLUMNS + " from audit_log"
                            + " where organisation_id = ? and sequence > ? order by sequence limit ?",
                    s -> {
                        s.set(1, organisation.value());
                        s.set(2, from);
                        s.set(3, PAGE);
                    },
                    row -> sealed(organisation, row));
            page.forEach(action);
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).sequence();
        }
    }

    @Override
    public Optional<Head> head(OrganisationId organisation) {
        return sql.one(
                "select sequence, hash from audit_chain_head where organisation_id = ?",
                s -> s.set(1, organisation.value()),
                row -> new Head(row.getLong("sequence"), row.getBytes("hash")));
    }

    private static SealedEntry sealed(OrganisationId organisation, ResultSet row) throws SQLException {
        AuditEntry entry = new AuditEntry(
                AuditEntry.Kind.valueOf(row.getString("kind")),
                organisation,
                row.getObject("at", OffsetDateTime.class).toInstant(),
                row.getString("subject"),
                row.getString("role"),
                row.getString("unit"),
                row.getString("client_reference"),
                row.getString("operation"),
                Sql.texts(row, "records"),
                row.getString("purpose"),
                row.getString("recipient"));
        return new SealedEntry(row.getLong("sequence"), entry, row.getBytes("hash"));
    }
}
