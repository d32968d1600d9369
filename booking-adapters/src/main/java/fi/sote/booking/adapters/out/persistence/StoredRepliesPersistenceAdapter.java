package fi.sote.booking.adapters.out.persistence;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;

import fi.sote.booking.application.idempotency.port.in.RunOncePerKeyUseCase.Reply;
import fi.sote.booking.application.idempotency.port.out.StoredReplies;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * First replies to idempotency keys in PostgreSQL (migration V4). SQL, because the database decides: a transaction
 * advisory lock keeps two requests with one key apart across instances, and the upsert keeps one reply per key.
 */
@ApplicationScoped
class StoredRepliesPersistenceAdapter implements StoredReplies {

    private final Sql sql;

    StoredRepliesPersistenceAdapter(Sql sql) {
        this.sql = sql;
    }

    @Override
    public boolean claim(OrganisationId organisation, String subject, String key) {
        return sql.one(
                        "select pg_try_advisory_xact_lock(hashtextextended(?, 0)) as claimed",
                        s -> s.set(1, organisation.value() + '\n' + subject + '\n' + key),
                        row -> row.getBoolean("claimed"))
                .orElse(false);
    }

    @Override
    public Optional<StoredReply> find(OrganisationId organisation, String subject, String key, Duration retention) {
        return sql.one(
                """
                select request_hash, status, location, body from idempotent_request
                 where organisation_id = ? and subject = ? and idempotency_key = ?
                   and created_at > now() - ?::interval""",
                s -> {
                    s.set(1, organisation.value());
                    s.set(2, subject);
                    s.set(3, key);
                    s.set(4, retention.toSeconds() + " seconds");
                },
                row -> new StoredReply(
                        row.getString("request_hash"),
                        new Reply(row.getInt("status"), row.getString("location"), row.getString("body"))));
    }

    @Override
    public void store(OrganisationId organisation, String subject, String key, StoredReply reply, Duration retention) {
        sql.update("""
                insert into idempotent_request (organisation_id, subject, idempotency_key, request_hash, status, location, body)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (organisation_id, subject, idempotency_key) do update
                   set request_hash = excluded.request_hash, status = excluded.status, location = excluded.location,
                       body = excluded.body, created_at = now()""", s -> {
            s.set(1, organisation.value());
            s.set(2, subject);
            s.set(3, key);
            s.set(4, reply.fingerprint());
            s.set(5, reply.reply().status());
            s.set(6, reply.reply().location());
            s.set(7, reply.reply().body());
        });
        if (ThreadLocalRandom.current().nextInt(100) == 0) {
            // now and then, not on every request: replies past their retention go
            sql.update(
                    "delete from idempotent_request where created_at < now() - ?::interval",
                    s -> s.set(1, retention.toSeconds() + " seconds"));
        }
    }
}
