-- Clients known by their personal identity code (henkilötunnus). The code is not stored as such: the
-- reference that bookings carry is a keyed hash of it (HMAC-SHA-256), and the code itself is kept
-- encrypted (AES-256-GCM), both with keys derived from booking.client-identity.key, which is not in
-- the database. A dump of the database alone reveals neither.
create table client_identity (
    organisation_id text        not null,
    reference       text        not null,
    code_encrypted  bytea       not null,
    created_at      timestamptz not null default now(),
    primary key (organisation_id, reference)
);
