-- Bookings (ajanvaraus), with the rules that must hold under any concurrency and across service
-- instances kept by the database itself; the outbox of booking events; idempotent request replies.

create table booking (
    id                     uuid        primary key,
    organisation_id        text        not null,
    resource_id            uuid        not null references resource (id),
    product_id             uuid        not null references bookable_product (id),
    during                 tstzrange   not null check (not isempty(during)),
    -- the time kept from other bookings: the booked time with the product's buffers
    occupied               tstzrange   not null check (occupied @> during),
    capacity               integer     not null check (capacity between 1 and 500),
    -- the bookings of one group time share its key; an individual booking's key is its own id
    time_key               text        not null,
    contact_mode           text        not null,
    service_point_id       uuid        references service_point (id),
    client_reference       text        not null,
    client_language        text,
    channel                text        not null
        check (channel in ('PROFESSIONAL', 'COUNSELLING', 'CLIENT_SELF_SERVICE', 'INTEGRATION')),
    booked_by              text        not null,
    booked_at              timestamptz not null,
    status                 text        not null
        check (status in ('WAITLIST', 'PROPOSED', 'PENDING', 'BOOKED', 'CANCELLED', 'MOVED', 'CHECKED_IN',
                          'ARRIVED', 'FULFILLED', 'NO_SHOW')),
    hold_expires_at        timestamptz,
    referral_note          text,
    client_overlap_allowed boolean     not null default false,
    series_id              uuid,
    multi_booking_id       uuid,
    replaces               uuid        references booking (id) deferrable initially deferred,
    replaced_by            uuid        references booking (id) deferrable initially deferred,
    change_status          text,
    change_reason          text,
    changed_by             text,
    changed_at             timestamptz,
    version                bigint      not null,
    check ((status = 'PENDING') = (hold_expires_at is not null)),
    -- A resource's time is taken once: by one individual booking or hold, or by the places of one
    -- group time. Holds count until they lapse; every booking transaction first lets lapsed holds
    -- of the time it wants go, so no background job is needed for this to be right.
    constraint booking_no_double_booking
        exclude using gist (resource_id with =, occupied with &&, time_key with <>)
        where (status not in ('CANCELLED', 'MOVED')),
    -- A client is not booked twice at overlapping times, unless a professional allowed it.
    constraint booking_client_no_overlap
        exclude using gist (organisation_id with =, client_reference with =, during with &&)
        where (status not in ('CANCELLED', 'MOVED') and not client_overlap_allowed)
);
create index booking_client on booking (organisation_id, client_reference, lower(during));
create index booking_series on booking (series_id) where series_id is not null;
create index booking_lapsing_holds on booking (hold_expires_at) where status = 'PENDING';

-- The places taken of each group time, counted by a trigger on every change of a booking, so a
-- group is never overbooked whoever writes the bookings: the check fails the transaction that
-- would take one place too many. The row lock orders concurrent bookings of one group.
create table group_time (
    resource_id uuid    not null,
    time_key    text    not null,
    capacity    integer not null,
    taken       integer not null,
    primary key (resource_id, time_key),
    constraint group_time_capacity check (taken between 0 and capacity)
);

create function booking_group_places() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and old.capacity > 1 and old.status not in ('CANCELLED', 'MOVED') then
        update group_time set taken = taken - 1 where resource_id = old.resource_id and time_key = old.time_key;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.capacity > 1 and new.status not in ('CANCELLED', 'MOVED') then
        insert into group_time (resource_id, time_key, capacity, taken)
        values (new.resource_id, new.time_key, new.capacity, 1)
        on conflict (resource_id, time_key) do update set taken = group_time.taken + 1;
    end if;
    return null;
end
$$;

create trigger booking_group_places after insert or update of status or delete on booking
    for each row execute function booking_group_places();

-- Domain events, written in the transaction of the change they announce; a publisher reads them in
-- id order and marks them published.
create table outbox_event (
    id             bigint      generated always as identity primary key,
    organisation_id text       not null,
    aggregate_type text        not null,
    aggregate_id   uuid        not null,
    event_type     text        not null,
    payload        jsonb       not null,
    occurred_at    timestamptz not null,
    published_at   timestamptz
);
create index outbox_event_unpublished on outbox_event (id) where published_at is null;
create index outbox_event_aggregate on outbox_event (aggregate_id);

-- The first successful reply to a request with an Idempotency-Key, per caller, stored in the
-- transaction of the request itself, so a retry after a crash either finds the reply or finds
-- nothing done.
create table idempotent_request (
    organisation_id text        not null,
    subject         text        not null,
    idempotency_key text        not null,
    request_hash    text        not null,
    status          integer     not null,
    location        text,
    body            text        not null,
    created_at      timestamptz not null default now(),
    primary key (organisation_id, subject, idempotency_key)
);
create index idempotent_request_age on idempotent_request (created_at);
