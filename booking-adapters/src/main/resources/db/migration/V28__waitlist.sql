-- The waitlist: a client waits for a time of a product, or of any product of a social service, on the days from
-- first_day to last_day (in Finland), and is
-- offered a freed time as a hold (offer_id, a PENDING booking) that lapses at offered_until. Times the client let go
-- are kept in passed ("resource@start") so that they are not offered to the same entry again.
create table waitlist_entry (
    id               uuid        primary key,
    organisation_id  text        not null,
    client_reference text        not null,
    product_id       uuid        references bookable_product (id),
    social_service_id uuid       references social_service (id),
    first_day        date        not null,
    last_day         date        not null,
    contact_mode     text,
    client_language  text,
    channel          text        not null,
    joined_by        text,
    joined_at        timestamptz not null,
    status           text        not null check (status in ('WAITING', 'OFFERED', 'BOOKED', 'WITHDRAWN', 'ENDED')),
    offer_id         uuid        references booking (id),
    offered_until    timestamptz,
    offers           integer     not null default 0,
    passed           text[]      not null default '{}',
    closed_at        timestamptz,
    version          bigint      not null default 0,
    check ((product_id is null) <> (social_service_id is null)),
    check (last_day >= first_day),
    check ((status = 'OFFERED') = (offered_until is not null))
);
-- one place in line per client and what they wait for (a product or a social service)
create unique index waitlist_one_open
    on waitlist_entry (organisation_id, client_reference, coalesce(product_id, social_service_id))
    where status in ('WAITING', 'OFFERED');
-- the line: the open entries of an organisation in the fair order
create index waitlist_line on waitlist_entry (organisation_id, joined_at, id) where status in ('WAITING', 'OFFERED');
create index waitlist_client on waitlist_entry (organisation_id, client_reference);
-- statistics count the entries by when they joined and when their wait was over
create index waitlist_joined on waitlist_entry (organisation_id, joined_at);
create index waitlist_closed on waitlist_entry (organisation_id, closed_at) where closed_at is not null;
