-- Exclusion constraints over (resource, time range) need btree_gist (a trusted extension).
create extension if not exists btree_gist;

-- Service task (palvelutehtävä): the grouping of social services that statistics are reported by.
create table service_task (
    id              uuid        primary key,
    organisation_id text        not null,
    code            text        not null,
    name_fi         text        not null,
    name_sv         text,
    name_en         text,
    created_at      timestamptz not null,
    constraint service_task_code_unique unique (organisation_id, code)
);
