package fi.sote.booking.adapters.out.persistence;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.sote.booking.adapters.security.ClientIdentityKey;
import fi.sote.booking.application.event.port.in.KeepWebhooksUseCase.DeadLetter;
import fi.sote.booking.application.event.port.in.RelayEventsUseCase.Lag;
import fi.sote.booking.application.event.port.out.WebhookDeliveries;
import fi.sote.booking.application.event.port.out.WebhookSubscriptions;
import fi.sote.booking.domain.event.WebhookSubscription;
import fi.sote.booking.domain.event.WebhookSubscriptionId;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * Webhook subscriptions and deliveries (migration V16). Fanning out and taking deliveries are one statement each,
 * with {@code for update skip locked}, so that instances running them at once each take different rows; a delivery
 * taken is held by its lease ({@code leased_until}), not by a lock, so no transaction stays open while it is sent.
 * Secrets are encrypted under the service's key, bound to their subscription.
 */
@ApplicationScoped
class WebhookPersistenceAdapter implements WebhookSubscriptions, WebhookDeliveries {

    private static final String SUBSCRIPTION_COLUMNS =
            "id, organisation_id, url, event_types, created_by, created_at, disabled_at, disabled_reason";

    /**
     * Each event goes to the subscriptions that were there when it happened; a client's notification never leaves
     * through a webhook (it names the client). Nothing is fanned out while the service has no subscription at all, so
     * the booking path's events then cost no second write.
     */
    private static final String FAN_OUT = """
            with taken as (
                select id, organisation_id, event_type, aggregate_id, occurred_at from outbox_event
                 where published_at is null
                   and exists (select 1 from webhook_subscription where disabled_at is null)
                 order by id limit ? for update skip locked),
            fanned as (
                insert into webhook_delivery (subscription_id, event_id, aggregate_id, next_at)
                select s.id, t.id, t.aggregate_id, now()
                  from taken t
                  join webhook_subscription s on s.organisation_id = t.organisation_id and s.disabled_at is null
                       and (cardinality(s.event_types) = 0 or t.event_type = any(s.event_types))
                       and t.occurred_at >= s.created_at
                 where t.event_type <> 'client.notification'
                on conflict do nothing)
            update outbox_event o set published_at = now() from taken t where o.id = t.id""";

    private static final String CLAIM = """
            with claimed as (
                update webhook_delivery d set attempts = d.attempts + 1, leased_until = now() + ?::interval
                 where (d.subscription_id, d.event_id) in (
                     select c.subscription_id, c.event_id from webhook_delivery c
                       join webhook_subscription s on s.id = c.subscription_id and s.disabled_at is null
                      where c.delivered_at is null and c.dead_at is null and c.next_at <= now()
                        and (c.leased_until is null or c.leased_until < now())
                        and not exists (
                            select 1 from webhook_delivery e
                             where e.subscription_id = c.subscription_id and e.aggregate_id = c.aggregate_id
                               and e.event_id < c.event_id and e.delivered_at is null and e.dead_at is null)
                      order by c.event_id limit ? for update of c skip locked)
                returning d.subscription_id, d.event_id, d.attempts)
            select c.subscription_id, s.url, c.event_id, o.event_type, o.aggregate_type, o.aggregate_id,
                   o.occurred_at, c.attempts
              from claimed c join webhook_subscription s on s.id = c.subscription_id
              join outbox_event o on o.id = c.event_id
             order by c.event_id""";

    private final Sql sql;
    private final ClientIdentityKey key;

    WebhookPersistenceAdapter(Sql sql, ClientIdentityKey key) {
        this.sql = sql;
        this.key = key;
    }

    @Override
    public void add(WebhookSubscription subscription, String secret) {
        sql.update(
                "insert into webhook_subscription (id, organisation_id, url, event_types, created_by, created_at, secret)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                s -> {
                    s.set(1, subscription.id().value());
                    s.set(2, subscription.organisation().value());
                    s.set(3, subscription.url().toString());
                    s.texts(4, subscription.eventTypes());
                    s.set(5, subscription.createdBy());
                    s.set(6, ReleaseRows.utc(subscription.createdAt()));
                    s.set(7, seal(subscription.id(), secret));
                });
    }

    @Override
    public List<WebhookSubscription> of(OrganisationId organisation) {
        return sql.list(
                "select " + SUBSCRIPTION_COLUMNS + " from webhook_subscription where organisation_id = ?"
                        + " order by created_at, id",
                s -> s.set(1, organisation.value()),
                WebhookPersistenceAdapter::subscription);
    }

    @Override
    public Optional<WebhookSubscription> subscription(OrganisationId organisation, WebhookSubscriptionId id) {
        return sql.one(
                "select " + SUBSCRIPTION_COLUMNS + " from webhook_subscription where organisation_id = ? and id = ?",
                s -> {
                    s.set(1, organisation.value());
                    s.set(2, id.value());
                },
                WebhookPersistenceAdapter::subscription);
    }

    @Override
    public void remove(OrganisationId organisation, WebhookSubscriptionId id) {
        sql.update("delete from webhook_subscription where organisation_id = ? and id = ?", s -> {
            s.set(1, organisation.value());
            s.set(2, id.value());
        });
    }

    @Override
    public List<String> secrets(WebhookSubscriptionId id, Instant now) {
        return sql.one(
                        "select secret, case when previous_until > ? then previous_secret end as previous"
                                + " from webhook_subscription where id = ?",
                        s -> {
                            s.set(1, ReleaseRows.utc(now));
                            s.set(2, id.value());
                        },
                        row -> {
                            List<String> secrets = new ArrayList<>(2);
                            secrets.add(key.decrypt(row.getBytes("secret"), context(id)));
                            byte[] previous = row.getBytes("previous");
                            if (previous != null) {
                                secrets.add(key.decrypt(previous, context(id)));
                            }
                            return List.copyOf(secrets);
                        })
                .orElse(List.of());
    }

    @Override
    public void rotate(WebhookSubscriptionId id, String secret, Instant oldUntil) {
        sql.update(
                "update webhook_subscription set previous_secret = secret, previous_until = ?, secret = ? where id = ?",
                s -> {
                    s.set(1, ReleaseRows.utc(oldUntil));
                    s.set(2, seal(id, secret));
                    s.set(3, id.value());
                });
    }

    @Override
    public void disable(WebhookSubscriptionId id, Instant at, String reason) {
        sql.update(
                "update webhook_subscription set disabled_at = ?, disabled_reason = ? where id = ? and disabled_at is null",
                s -> {
                    s.set(1, ReleaseRows.utc(at));
                    s.set(2, reason);
                    s.set(3, id.value());
                });
    }

    @Override
    public void enable(WebhookSubscriptionId id) {
        sql.update(
                "update webhook_subscription set disabled_at = null, disabled_reason = null where id = ?",
                s -> s.set(1, id.value()));
    }

    @Override
    public int fanOut(int limit) {
        return sql.update(FAN_OUT, s -> s.set(1, limit));
    }

    @Override
    public List<Due> claim(int limit, Duration lease) {
        return sql.list(
                CLAIM,
                s -> {
                    s.set(1, lease.toMillis() + " milliseconds");
                    s.set(2, limit);
                },
                row -> new Due(
                        new WebhookSubscriptionId(row.getObject("subscription_id", UUID.class)),
                        URI.create(row.getString("url")),
                        row.getLong("event_id"),
                        row.getString("event_type"),
                        row.getString("aggregate_type"),
                        row.getObject("aggregate_id", UUID.class),
                        row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        row.getInt("attempts")));
    }

    @Override
    public void delivered(Due due, int status) {
        settle(
                due,
                "delivered_at = now(), last_status = ?, last_error = null, leased_until = null",
                s -> s.set(1, status));
    }

    @Override
    public void failed(Due due, Integer status, String error, Instant next) {
        settle(due, "next_at = ?, last_status = ?, last_error = ?, leased_until = null", s -> {
            s.set(1, ReleaseRows.utc(next));
            s.set(2, status);
            s.set(3, error);
        });
    }

    @Override
    public void dead(Due due, Integer status, String error, Instant at) {
        settle(due, "dead_at = ?, last_status = ?, last_error = ?, leased_until = null", s -> {
            s.set(1, ReleaseRows.utc(at));
            s.set(2, status);
            s.set(3, error);
        });
    }

    /** Records the outcome of a send; the key's two parameters follow the assignment's. */
    private void settle(Due due, String assignment, Sql.Binder values) {
        int parameters = (int) assignment.chars().filter(c -> c == '?').count();
        sql.update("update webhook_delivery set " + assignment + " where subscription_id = ? and event_id = ?", s -> {
            values.bind(s);
            s.set(parameters + 1, due.subscription().value());
            s.set(parameters + 2, due.eventId());
        });
    }

    @Override
    public List<DeadLetter> dead(OrganisationId organisation, WebhookSubscriptionId subscription) {
        return sql.list(
                """
                select d.event_id, o.event_type, o.aggregate_type, o.aggregate_id, o.occurred_at, d.attempts,
                       d.last_status, d.last_error, d.dead_at
                  from webhook_delivery d join outbox_event o on o.id = d.event_id
                  join webhook_subscription s on s.id = d.subscription_id
                 where s.organisation_id = ? and d.subscription_id = ? and d.dead_at is not null
                 order by d.event_id""",
                s -> {
                    s.set(1, organisation.value());
                    s.set(2, subscription.value());
                },
                row -> new DeadLetter(
                        row.getLong("event_id"),
                        row.getString("event_type"),
                        row.getString("aggregate_type"),
                        row.getObject("aggregate_id", UUID.class),
                        row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        row.getInt("attempts"),
                        (Integer) row.getObject("last_status"),
                        row.getString("last_error"),
                        row.getObject("dead_at", OffsetDateTime.class).toInstant()));
    }

    @Override
    public int revive(WebhookSubscriptionId subscription, Instant at) {
        return sql.update(
                "update webhook_delivery set dead_at = null, attempts = 0, next_at = ?, leased_until = null"
                        + " where subscription_id = ? and dead_at is not null",
                s -> {
                    s.set(1, ReleaseRows.utc(at));
                    s.set(2, subscription.value());
                });
    }

    /** The oldest event not yet sent is the first not fanned out, or the first delivery waiting, by id. */
    @Override
    public Lag lag() {
        return sql.one(
                        """
                        select case when exists (select 1 from webhook_subscription where disabled_at is null)
                                    then coalesce(extract(epoch from now() - least(
                                        (select occurred_at from outbox_event where published_at is null
                                          order by id limit 1),
                                        (select o.occurred_at from webhook_delivery d
                                           join outbox_event o on o.id = d.event_id
                                          where d.delivered_at is null and d.dead_at is null
                                          order by d.event_id limit 1))), 0)
                                    else 0 end as oldest,
                               (select count(*) from webhook_delivery where delivered_at is null and dead_at is null)
                                   as waiting,
                               (select count(*) from webhook_delivery where dead_at is not null) as dead""",
                        s -> {},
                        row -> new Lag(
                                Duration.ofMillis(Math.round(row.getDouble("oldest") * 1000)),
                                row.getLong("waiting"),
                                row.getLong("dead")))
                .orElseThrow();
    }

    private byte[] seal(WebhookSubscriptionId id, String secret) {
        return key.encrypt(secret, context(id));
    }

    private static String context(WebhookSubscriptionId id) {
        return "webhook-secret\n" + id.value();
    }

    private static WebhookSubscription subscription(ResultSet row) throws SQLException {
        OffsetDateTime disabled = row.getObject("disabled_at", OffsetDateTime.class);
        return new WebhookSubscription(
                new WebhookSubscriptionId(row.getObject("id", UUID.class)),
                new OrganisationId(row.getString("organisation_id")),
                URI.create(row.getString("url")),
                Set.copyOf(Sql.texts(row, "event_types")),
                row.getString("created_by"),
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                disabled == null ? null : disabled.toInstant(),
                row.getString("disabled_reason"));
    }
}
