-- The change feed: an organisation's events, for integrations that poll. Each event carries the id of the transaction
-- that wrote it; the feed is read in (transaction, id) order and only below the oldest transaction still running, so
-- an event that commits late is never passed over by a reader who has gone further: every transaction that could
-- still write below that point has finished. Events written before this column existed share the migration's
-- transaction and so keep their id order.
alter table outbox_event add column xid xid8 not null default pg_current_xact_id();

-- a client's notification names the client: it goes to the client's own channels, never to the feed
create index outbox_event_feed on outbox_event (organisation_id, xid, id) where event_type <> 'client.notification';
