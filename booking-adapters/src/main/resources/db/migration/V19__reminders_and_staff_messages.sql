-- A product's reminder (how long before the time the client is reminded; null: none) and whether a text message may
-- name it (by default it does not: the name of a service can tell a reader of the phone of the client's situation).
alter table bookable_product add column reminder_before_minutes integer
    check (reminder_before_minutes between 15 and 20160);
alter table bookable_product add column text_names_service boolean not null default false;

-- How the service reaches its staff: a first contact booked for them, a client taken over from an absent colleague,
-- a work-safety alert of their team, and whom to alert next when a supervisor does not acknowledge one in time.
create table staff_contact (
    organisation_id text        not null,
    subject         text        not null,
    email           text,
    phone           text,
    language        text        not null check (language in ('fi', 'sv', 'en')),
    second_contact  text,
    updated_at      timestamptz not null,
    primary key (organisation_id, subject)
);

-- A message that is due at a time rather than on an event (a booking's reminder, a work-safety alert and its
-- escalation), taken by one instance for a lease while it sends, and marked sent: sent once, whichever instance gets
-- there first, and tried again by another when the one that took it dies or cannot send.
create table due_message (
    kind         text        not null,
    about        uuid        not null,
    taken_until  timestamptz,
    sent_at      timestamptz,
    primary key (kind, about)
);

-- The staff messages begin with what happens from now on, like the client messages did.
insert into event_reader (reader, organisation_id, xid, event_id)
select distinct on (organisation_id) 'staff-messages', organisation_id, xid, id
  from outbox_event
 order by organisation_id, xid desc, id desc;

-- The in-process sender keeps staff messages too; a work-safety alert concerns no booking.
alter table client_message rename to kept_message;
alter index client_message_recipient rename to kept_message_recipient;
alter table kept_message alter column booking_id drop not null;
