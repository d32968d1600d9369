-- Webhooks: the organisation's subscriptions, and one delivery per outbox event and subscription that wants it.
-- The relay fans each event out once (outbox_event.published_at), then sends the deliveries that are due, holding
-- each for a lease while it does, so that any number of instances share the work and one that dies is replaced.
create table webhook_subscription (
    id                  uuid        primary key,
    organisation_id     text        not null,
    url                 text        not null,
    event_types         text[]      not null,
    -- the signing secrets, encrypted under the service's key: the current one and, for a day after a rotation,
    -- the one before it
    secret              bytea       not null,
    previous_secret     bytea,
    previous_until      timestamptz,
    created_by          text        not null,
    created_at          timestamptz not null,
    disabled_at         timestamptz,
    disabled_reason     text
);
create index webhook_subscription_organisation on webhook_subscription (organisation_id);

create table webhook_delivery (
    subscription_id uuid        not null references webhook_subscription (id) on delete cascade,
    event_id        bigint      not null references outbox_event (id),
    aggregate_id    uuid        not null,
    attempts        integer     not null default 0,
    next_at         timestamptz not null,
    leased_until    timestamptz,
    last_status     integer,
    last_error      text,
    delivered_at    timestamptz,
    dead_at         timestamptz,
    primary key (subscription_id, event_id)
);
-- what is still to be sent: by when it is due, and by booking (or visit) so that each goes after those before it
create index webhook_delivery_waiting on webhook_delivery (next_at, event_id) where delivered_at is null and dead_at is null;
create index webhook_delivery_aggregate on webhook_delivery (subscription_id, aggregate_id, event_id)
    where delivered_at is null and dead_at is null;
create index webhook_delivery_dead on webhook_delivery (subscription_id, event_id) where dead_at is not null;
