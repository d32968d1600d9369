-- Every booking made now queues its access entry, so the queue takes as many rows as the bookings: the sealer finds
-- an organisation's entries in the order of the primary key (the organisations are few), and the second index,
-- written and vacuumed for every entry, goes.
drop index audit_pending_organisation;
-- Nothing looks events up by booking: the outbox is read in the order of its primary key. The index of a random
-- UUID per event, written by every booking, goes too.
drop index outbox_event_aggregate;
