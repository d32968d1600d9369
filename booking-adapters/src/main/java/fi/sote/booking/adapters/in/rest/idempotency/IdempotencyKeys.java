package fi.sote.booking.adapters.in.rest.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.sote.booking.adapters.in.rest.problem.IdempotencyKeyException;
import fi.sote.booking.adapters.security.Caller;
import fi.sote.booking.domain.shared.InvalidValueException;

/**
 * {@code Idempotency-Key} (IETF httpapi draft): the first successful reply to a key is stored in the
 * request's own transaction, per caller; the same key and body replay it, the same key with another
 * body is 422, and while the first request still runs it is 409. Refusals are not stored: nothing
 * was done, so a retry is judged afresh. Replies are kept for {@code booking.idempotency.retention}.
 * An HTTP concern, so it lives with the REST adapter and keeps its own table (migration V4).
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final Duration retention;

    IdempotencyKeys(
            DataSource dataSource,
            ObjectMapper json,
            @ConfigProperty(name = "booking.idempotency.retention", defaultValue = "P2D") Duration retention) {
        this.dataSource = dataSource;
        this.json = json;
        if (retention.compareTo(Duration.ofHours(24)) < 0) {
            throw new IllegalArgumentException("booking.idempotency.retention must be at least 24 hours");
        }
        this.retention = retention;
    }

    /**
     * Runs {@code work} once per key of the caller; call it inside the request's transaction.
     *
     * @param operation names the endpoint (method and path), so one key cannot replay another endpoint's reply
     */
    public Response once(Caller caller, String key, String operation, Object body, Supplier<Response> work) {
        if (key == null) {
            return work.get();
        }
        if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidValueException(HEADER, "must be 1-255 visible ASCII characters");
        }
        String organisation = caller.organisation().value();
        String subject = caller.subject();
        String fingerprint = fingerprint(operation, body);
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement lock =
                    connection.prepareStatement("select pg_try_advisory_xact_lock(hashtextextended(?, 0))")) {
                lock.setString(1, organisation + '\n' + subject + '\n' + key);
                try (ResultSet locked = lock.executeQuery()) {
                    locked.next();
                    if (!locked.getBoolean(1)) {
                        throw IdempotencyKeyException.inUse();
                    }
                }
            }
            try (PreparedStatement find = connection.prepareStatement("""
                    select request_hash, status, location, body from idempotent_request
                     where organisation_id = ? and subject = ? and idempotency_key = ? and created_at > now() - ?::interval""")) {
                find.setString(1, organisation);
                find.setString(2, subject);
                find.setString(3, key);
                find.setString(4, retention.toSeconds() + " seconds");
                try (ResultSet first = find.executeQuery()) {
                    if (first.next()) {
                        if (!first.getString("request_hash").equals(fingerprint)) {
                            throw IdempotencyKeyException.usedForAnotherRequest();
                        }
                        Response.ResponseBuilder replay = Response.status(first.getInt("status"))
                                .type(MediaType.APPLICATION_JSON)
                                .entity(first.getString("body"))
                                .header(REPLAYED, "true");
                        if (first.getString("location") != null) {
                            replay.location(URI.create(first.getString("location")));
                        }
                        return replay.build();
                    }
                }
            }
            Response response = work.get();
            if (response.getStatus() >= 200 && response.getStatus() < 300) {
                store(connection, organisation, subject, key, fingerprint, response);
            }
            return response;
        } catch (SQLException e) {
            throw new IllegalStateException("Idempotency record failed: " + e.getSQLState(), e);
        }
    }

    private void store(
            Connection connection,
            String organisation,
            String subject,
            String key,
            String fingerprint,
            Response response)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into idempotent_request (organisation_id, subject, idempotency_key, request_hash, status, location, body)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (organisation_id, subject, idempotency_key) do update
                   set request_hash = excluded.request_hash, status = excluded.status, location = excluded.location,
                       body = excluded.body, created_at = now()""")) {
            insert.setString(1, organisation);
            insert.setString(2, subject);
            insert.setString(3, key);
            insert.setString(4, fingerprint);
            insert.setInt(5, response.getStatus());
            Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
            insert.setString(6, location == null ? null : location.toString());
            insert.setString(7, write(response.getEntity()));
            insert.executeUpdate();
        }
        if (ThreadLocalRandom.current().nextInt(100) == 0) {
            // now and then, not on every request: replies past their retention go
            try (PreparedStatement purge = connection.prepareStatement(
                    "delete from idempotent_request where created_at < now() - ?::interval")) {
                purge.setString(1, retention.toSeconds() + " seconds");
                purge.executeUpdate();
            }
        }
    }

    private String fingerprint(String operation, Object body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(operation.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
            sha256.update(write(body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Not serialisable", e);
        }
    }
}
