-- Calendar feeds: a resource's busy times for calendar programs, at a secret address. Only the SHA-256 of the
-- address's token is kept, so neither a dump nor a reader of this table can subscribe; a revoked feed stays, for the
-- record of who made it, and answers no more.
create table calendar_feed (
    id              uuid        primary key,
    organisation_id text        not null,
    resource_id     uuid        not null references resource (id),
    label           text        not null,
    token_hash      bytea       not null unique check (length(token_hash) = 32),
    created_by      text        not null,
    created_at      timestamptz not null,
    revoked_at      timestamptz
);
create index calendar_feed_resource on calendar_feed (organisation_id, resource_id) where revoked_at is null;
