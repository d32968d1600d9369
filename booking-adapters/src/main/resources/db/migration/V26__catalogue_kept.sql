-- Every catalogue item is changed over the version it was read at (its ETag) and retired rather than deleted, as
-- bookable products are since V25, so that what was made with it keeps it. A contact mode and an entry type have no id
-- besides their code, so the record of a change names its item by its key in the API's path: an id or a code.
alter table service_task add column version bigint not null default 0;
alter table service_task add column retired boolean not null default false;
alter table social_service add column version bigint not null default 0;
alter table social_service add column retired boolean not null default false;
alter table service_point add column version bigint not null default 0;
alter table service_point add column retired boolean not null default false;
alter table resource add column version bigint not null default 0;
alter table resource add column retired boolean not null default false;
alter table contact_mode add column version bigint not null default 0;
alter table contact_mode add column retired boolean not null default false;
alter table calendar_entry_type add column version bigint not null default 0;
alter table calendar_entry_type add column retired boolean not null default false;

alter table catalogue_change rename column entity_id to entity_key;
alter table catalogue_change alter column entity_key type text using entity_key::text;
drop index catalogue_change_entity;
create index catalogue_change_entity on catalogue_change (organisation_id, entity, entity_key, id);
