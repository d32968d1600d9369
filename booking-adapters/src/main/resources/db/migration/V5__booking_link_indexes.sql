-- The reschedule links of a booking are foreign keys to the booking table: without these indexes
-- every delete of a booking would scan the whole table for rows linking to it.
create index booking_replaces on booking (replaces) where replaces is not null;
create index booking_replaced_by on booking (replaced_by) where replaced_by is not null;
