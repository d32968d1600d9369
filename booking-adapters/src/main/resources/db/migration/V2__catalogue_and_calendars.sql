-- Catalogue: social services, service points, resources, contact modes, bookable products and
-- calendar entry types; calendars: entries and released time. Every table carries the organisation.

create table social_service (
    id              uuid primary key,
    organisation_id text not null,
    code            text not null,
    thl_code        text,
    service_task_id uuid not null references service_task (id),
    name_fi         text not null,
    name_sv         text,
    name_en         text,
    constraint social_service_code_unique unique (organisation_id, code)
);

create table service_point (
    id              uuid primary key,
    organisation_id text not null,
    code            text not null,
    name_fi         text not null,
    name_sv         text,
    name_en         text,
    street          text not null,
    postal_code     text not null,
    post_office     text not null,
    opening_hours   jsonb not null default '[]',
    constraint service_point_code_unique unique (organisation_id, code)
);
create index service_point_area on service_point (organisation_id, postal_code);

create table resource (
    id                 uuid primary key,
    organisation_id    text not null,
    kind               text not null check (kind in ('PROFESSIONAL', 'ROOM')),
    name               text not null,
    title              text,
    subject            text,
    team               text,
    supervisor_subject text,
    social_service_ids uuid[] not null default '{}',
    languages          text[] not null default '{}',
    service_point_ids  uuid[] not null default '{}'
);
create index resource_organisation on resource (organisation_id, name);
create unique index resource_subject_unique on resource (organisation_id, subject) where subject is not null;

create table contact_mode (
    organisation_id text    not null,
    code            text    not null,
    thl_code        text,
    name_fi         text    not null,
    name_sv         text,
    name_en         text,
    remote          boolean not null,
    primary key (organisation_id, code)
);

create table calendar_entry_type (
    organisation_id text    not null,
    code            text    not null,
    category        text    not null check (category in ('CLIENT_WORK', 'OTHER_WORK', 'ABSENCE')),
    blocks_booking  boolean not null,
    name_fi         text    not null,
    name_sv         text,
    name_en         text,
    label_fi        text    not null,
    label_sv        text,
    label_en        text,
    primary key (organisation_id, code)
);

create table bookable_product (
    id                      uuid primary key,
    organisation_id         text    not null,
    code                    text    not null,
    social_service_id       uuid    not null references social_service (id),
    name_fi                 text    not null,
    name_sv                 text,
    name_en                 text,
    duration_minutes        integer not null check (duration_minutes between 5 and 480),
    contact_modes           text[]  not null,
    capacity                integer not null check (capacity >= 1),
    channels                text[]  not null,
    min_notice_minutes      integer not null,
    horizon_minutes         integer not null,
    change_deadline_minutes integer not null,
    buffer_before_minutes   integer not null default 0,
    buffer_after_minutes    integer not null default 0,
    guidance_fi             text    not null,
    guidance_sv             text,
    guidance_en             text,
    constraint bookable_product_code_unique unique (organisation_id, code)
);

-- Entries whose type blocks booking never overlap in one calendar, whatever the concurrency.
create table calendar_entry (
    id               uuid primary key,
    organisation_id  text        not null,
    resource_id      uuid        not null references resource (id),
    entry_type       text        not null,
    blocks_booking   boolean     not null,
    during           tstzrange   not null check (not isempty(during)),
    client_reference text,
    version          bigint      not null default 0,
    created_at       timestamptz not null default now(),
    constraint calendar_entry_no_overlap exclude using gist (resource_id with =, during with &&) where (blocks_booking)
);
create index calendar_entry_resource_time on calendar_entry using gist (resource_id, during);

-- Released time, once (during) or weekly (weekdays, local times, validity). Expanded into slots on the fly.
create table released_time (
    id               uuid primary key,
    organisation_id  text      not null,
    resource_id      uuid      not null references resource (id),
    kind             text      not null check (kind in ('ONE_OFF', 'WEEKLY')),
    during           tstzrange,
    weekdays         integer[],
    start_time       time,
    end_time         time,
    skipped_dates    date[]    not null default '{}',
    include_holidays boolean   not null default false,
    -- the local dates the release may offer slots on, for one-off releases too
    validity         daterange not null,
    product_ids      uuid[]    not null,
    channels         text[]    not null,
    contact_modes    text[]    not null default '{}',
    service_point_id uuid references service_point (id),
    created_at       timestamptz not null default now(),
    check ((kind = 'ONE_OFF' and during is not null)
        or (kind = 'WEEKLY' and weekdays is not null and start_time < end_time))
);
create index released_time_resource on released_time (resource_id);
create index released_time_search on released_time using gist (organisation_id, validity);
