-- Messages to clients: an e-mail address and the channels the client record allows (null: every channel with
-- contact details, none under turvakielto).
alter table client_record add column email text;
alter table client_record add column message_channels text[];

-- Where each reader of the events has got to in each organisation's feed, and who holds that reading for now: one
-- instance at a time reads on, and another takes over once the lease has passed.
create table event_reader (
    reader          text        not null,
    organisation_id text        not null,
    xid             xid8        not null,
    event_id        bigint      not null,
    leased_until    timestamptz,
    primary key (reader, organisation_id)
);
-- The client messages begin with what happens from now on: for the organisations there are, after their last event.
-- (An organisation that comes later is read from its first event.)
insert into event_reader (reader, organisation_id, xid, event_id)
select distinct on (organisation_id) 'client-messages', organisation_id, xid, id
  from outbox_event
 order by organisation_id, xid desc, id desc;

-- The messages the in-process sender kept instead of sending (the local mode, where no channel is configured): what
-- a newcomer signed in as a demo persona reads at GET /api/v1/me/messages. Nothing is kept here when a channel is
-- configured.
create table client_message (
    id              bigint      generated always as identity primary key,
    organisation_id text        not null,
    recipient       text        not null,
    channel         text        not null,
    address         text        not null,
    kind            text        not null,
    booking_id      uuid        not null,
    language        text,
    subject         text        not null,
    body            text        not null,
    sent_at         timestamptz not null
);
create index client_message_recipient on client_message (organisation_id, recipient, id);
