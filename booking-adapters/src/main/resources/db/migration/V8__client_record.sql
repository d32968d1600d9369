-- What the client-record system sends of a client: contact details, non-disclosure for personal
-- safety (turvakielto) and the guardians with custody. Keyed by the client's reference, never by a
-- personal identity code.
create table client_record (
    organisation_id text        not null,
    reference       text        not null,
    name            text,
    phone           text,
    street          text,
    postal_code     text,
    post_office     text,
    non_disclosure  boolean     not null default false,
    guardians       text[]      not null default '{}',
    updated_at      timestamptz not null default now(),
    primary key (organisation_id, reference),
    check ((street is null) = (postal_code is null) and (street is null) = (post_office is null))
);
-- who is whose guardian, for a guardian listing their children's bookings
create index client_record_guardians on client_record using gin (guardians);
