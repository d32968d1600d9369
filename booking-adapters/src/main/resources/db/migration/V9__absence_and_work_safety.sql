-- Absences (poissaolo): an absence is a calendar entry of an absence type that blocks booking, so
-- neither slot search nor any channel books the worker while away. Unlike other blocking entries it
-- may overlap what is already in the calendar (the meetings and visits it makes someone reorganise);
-- two absences of one worker still never overlap.
alter table calendar_entry add column is_absence boolean not null default false;
alter table calendar_entry drop constraint calendar_entry_no_overlap;
alter table calendar_entry add constraint calendar_entry_no_overlap
    exclude using gist (resource_id with =, during with &&) where (blocks_booking and not is_absence);
alter table calendar_entry add constraint calendar_entry_absence_no_overlap
    exclude using gist (resource_id with =, during with &&) where (is_absence);

create table absence (
    entry_id        uuid        primary key references calendar_entry (id) on delete cascade,
    organisation_id text        not null,
    recorded_by     text        not null,
    recorded_at     timestamptz not null
);

-- Work safety: a worker checks in at a visit (a booking or an entry of their own calendar) and out
-- again. A visit still open at alert_due_at (its planned end plus the grace period) raises one alert:
-- the update that sets alert_raised_at only touches rows where it is null, so however many instances
-- evaluate at once, and whether or not one was running at the due minute, one alert is raised.
create table visit (
    id               uuid        primary key,
    organisation_id  text        not null,
    resource_id      uuid        not null references resource (id),
    booking_id       uuid        references booking (id),
    entry_id         uuid        references calendar_entry (id) on delete set null,
    checked_in_by    text        not null,
    checked_in_at    timestamptz not null,
    planned_end      timestamptz not null,
    alert_due_at     timestamptz not null,
    checked_out_at   timestamptz,
    alert_raised_at  timestamptz,
    alert_closed_at  timestamptz,
    alert_closed_by  text,
    check (alert_closed_at is null or alert_raised_at is not null)
);
-- one open visit per worker at a time
create unique index visit_one_open on visit (resource_id) where checked_out_at is null;
create index visit_alert_due on visit (alert_due_at) where checked_out_at is null and alert_raised_at is null;
create index visit_open_alerts on visit (organisation_id, alert_raised_at) where alert_raised_at is not null
    and alert_closed_at is null;

-- Statistics aggregate the bookings made in a period, so they read bookings by when they were made.
create index booking_made on booking (organisation_id, booked_at);
