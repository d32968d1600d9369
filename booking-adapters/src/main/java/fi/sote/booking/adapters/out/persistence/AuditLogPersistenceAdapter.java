package fi.sote.booking.adapters.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import fi.sote.booking.application.audit.port.out.AuditLog;
import fi.sote.booking.domain.audit.AuditEntry;
import fi.sote.booking.domain.audit.SealedEntry;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * The access and disclosure logs in PostgreSQL (migration V12). Appending inserts into the queue of pending entries,
 * in the caller's transaction, and takes no lock; sealing moves them into the log with their sequence numbers and
 * keyed hashes, taking them off the queue in the same statement, and moves the head, under a transaction advisory lock per
 * organisation so that one sealer at a time extends a chain, across instances (the next waits for it, then finds what
 * is left).
 */
@ApplicationScoped
class AuditLogPersistenceAdapter implements AuditLog {

    private static final int PAGE = 1000;
    private static final String ENTRY_COLUMNS =
            "kind, at, subject, role, unit, client_reference, operation, records, purpose, recipient";
    private static final String COLUMNS = "sequence, " + ENTRY_COLUMNS + ", hash";
    private static final int COLUMN_COUNT = 11;

    private final Sql sql;

    AuditLogPersistenceAdapter(Sql sql) {
        this.sql = sql;
    }

    /** Every entry in one statement. */
    @Override
    public void append(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        String row = "(" + String.join(", ", Collections.nCopies(COLUMN_COUNT, "?")) + ")";
        sql.update(
                "insert into audit_pending (organisation_id, " + ENTRY_COLUMNS + ") values "
                        + String.join(", ", Collections.nCopies(entries.size(), row)),
                s -> {
                    int at = 0;
                    for (AuditEntry entry : entries) {
                        s.set(++at, entry.organisation().value());
                        s.set(++at, entry.kind().name());
                        s.set(++at, ReleaseRows.utc(entry.at()));
                        s.set(++at, entry.subject());
                        s.set(++at, entry.role());
                        s.set(++at, entry.unit());
                        s.set(++at, entry.client());
                        s.set(++at, entry.operation());
                        s.texts(++at, entry.records());
                        s.set(++at, entry.purpose());
                        s.set(++at, entry.recipient());
                    }
                });
    }

    @Override
    public List<OrganisationId> withPending() {
        return sql.list(
                "select distinct organisation_id from audit_pending",
                s -> {},
                row -> new OrganisationId(row.getString("organisation_id")));
    }

    @Override
    public void takeChain(OrganisationId organisation) {
        sql.one(
                "select pg_advisory_xact_lock(hashtextextended(?, 0))",
                s -> s.set(1, "audit chain\n" + organisation.value()),
                row -> true);
    }

    @Override
    public List<Pending> pending(OrganisationId organisation, int limit) {
        return sql.list(
                "select id, " + ENTRY_COLUMNS + " from audit_pending where organisation_id = ? order by id limit ?",
                s -> {
                    s.set(1, organisation.value());
                    s.set(2, limit);
                },
                row -> new Pending(row.getLong("id"), entry(organisation, row)));
    }

    @Override
    public Optional<SealedEntry> last(OrganisationId organisation) {
        return sql.one(
                "select " + COLUMNS + " from audit_log where organisation_id = ? order by sequence desc limit 1",
                s -> s.set(1, organisation.value()),
                row -> sealed(organisation, row));
    }

    @Override
    public void seal(OrganisationId organisation, List<SealedEntry> sealed, List<Long> pendingIds) {
        List<String> ids = pendingIds.stream().map(String::valueOf).toList();
        // taken off the queue and into the log in one statement, one pass over the entries
        sql.update("""
                with sealed (id, sequence, hash) as (select * from unnest(?::bigint[], ?::bigint[], ?::text[])),
                     taken as (delete from audit_pending p using sealed s where p.id = s.id returning p.*)
                insert into audit_log (organisation_id, sequence, %s, hash)
                select t.organisation_id, s.sequence, %s, decode(s.hash, 'hex')
                  from sealed s join taken t on t.id = s.id
                 order by s.sequence""".formatted(ENTRY_COLUMNS, prefixed("t.", ENTRY_COLUMNS)), s -> {
            s.texts(1, ids);
            s.texts(
                    2,
                    sealed.stream()
                            .map(entry -> String.valueOf(entry.sequence()))
                            .toList());
            s.texts(
                    3,
                    sealed.stream()
                            .map(entry -> HexFormat.of().formatHex(entry.hash()))
                            .toList());
        });
        sql.one("select audit_advance_head(?)", s -> s.set(1, organisation.value()), row -> true);
    }

    private static String prefixed(String prefix, String columns) {
        return prefix + String.join(", " + prefix, columns.split(", "));
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
        return new SealedEntry(row.getLong("sequence"), entry(organisation, row), row.getBytes("hash"));
    }

    private static AuditEntry entry(OrganisationId organisation, ResultSet row) throws SQLException {
        return new AuditEntry(
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
    }
}
