-- Publication to the national appointment register: per booking, the version last published and the id and version
-- of its document there (for the next update's If-Match), and the version the register refused for good, with why.
create table appointment_publication (
    organisation_id text        not null,
    booking_id      uuid        not null,
    version         bigint,
    remote_id       text,
    remote_version  text,
    published_at    timestamptz,
    refused_version bigint,
    refused_error   text,
    refused_at      timestamptz,
    primary key (organisation_id, booking_id)
);

-- The documents the in-process default kept instead of publishing (where no register is configured).
create table appointment_kept (
    id              bigint      generated always as identity primary key,
    organisation_id text        not null,
    booking_id      uuid        not null,
    document        text        not null,
    kept_at         timestamptz not null
);
create index appointment_kept_booking on appointment_kept (organisation_id, booking_id, id);
