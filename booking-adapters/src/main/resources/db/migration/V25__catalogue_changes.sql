-- A bookable product is changed over the version it was read at (its ETag) and retired rather than deleted, so the
-- bookings made of it keep it. Every change of the catalogue is kept: who, when, which fields.
alter table bookable_product add column version bigint not null default 0;
alter table bookable_product add column retired boolean not null default false;

create table catalogue_change (
    id              bigint      generated always as identity primary key,
    organisation_id text        not null,
    entity          text        not null,
    entity_id       uuid        not null,
    version         bigint      not null,
    kind            text        not null check (kind in ('CHANGED', 'RETIRED')),
    changed_by      text        not null,
    changed_at      timestamptz not null,
    fields          text[]      not null
);
create index catalogue_change_entity on catalogue_change (organisation_id, entity_id, id);
