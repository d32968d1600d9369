package fi.sote.booking.adapters.out.persistence;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import fi.sote.booking.adapters.security.ClientIdentityKey;
import fi.sote.booking.application.idempotency.port.in.RunOncePerKeyUseCase.Reply;
import fi.sote.booking.application.idempotency.port.out.StoredReplies;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * First replies to idempotency keys in PostgreSQL (migrations V4, V11). SQL, because the database decides: a
 * transaction advisory lock keeps two requests with one key apart across instances, and the upsert keeps one reply per
 * key. A reply can show a client's identity code or referral note, so its body is sealed with the client-identity key
 * (which is never in the database), bound to its organisation, subject and key.
 */
@ApplicationScoped
class StoredRepliesPersistenceAdapter implements StoredReplies {

    private final Sql sql;
    private final ClientIdentityKey seal;

    StoredRepliesPersistenceAdapter(Sql sql, ClientIdentityKey seal) {
        this.sql = sql;
        this.seal = seal;
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
                select request_hash, status, location, etag, body_sealed from idempotent_request
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
                        new Reply(
                                row.getInt("status"),
                                row.getString("location"),
                                row.getString("etag"),
                                seal.decrypt(row.getBytes("body_sealed"), context(organisation, subject, key)))));
    }

    @Override
    public void store(OrganisationId organisation, String subject, String key, StoredReply reply, Duration retention) {
        sql.update("""
                insert into idempotent_request
                       (organisation_id, subject, idempotency_key, request_hash, status, location, etag, body_sealed)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (organisation_id, subject, idempotency_key) do update
                   set request_hash = excluded.request_hash, status = excluded.status, location = excluded.location,
                       etag = excluded.etag, body_sealed = excluded.body_sealed, created_at = now()""", s -> {
            s.set(1, organisation.value());
            s.set(2, subject);
            s.set(3, key);
            s.set(4, reply.fingerprint());
            s.set(5, reply.reply().status());
            s.set(6, reply.reply().location());
            s.set(7, reply.reply().etag());
            s.set(8, seal.encrypt(reply.reply().body(), context(organisation, subject, key)));
        });
    }

    @Override
    public int forgetOlderThan(Duration retention) {
        return sql.update(
                "delete from idempotent_request where created_at < now() - ?::interval",
                s -> s.set(1, retention.toSeconds() + " seconds"));
    }

    /** What a sealed body is bound to: moved to another key's row, it no longer opens. */
    private static String context(OrganisationId organisation, String subject, String key) {
        return "idempotent reply\n" + organisation.value() + '\n' + subject + '\n' + key;
    }
}
