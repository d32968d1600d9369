-- Indexes that let the booking path read only what it needs, whatever the planner's statistics say
-- (a fresh database under load has none until autovacuum's first analyze).
--
-- The index of V9 for statistics, (organisation_id, booked_at), also served an equality on the
-- organisation alone. Without statistics the planner took it for a client's other bookings at a
-- time, and every booking read all bookings of the organisation: about 9,000 index entries per new
-- booking after a minute of the booking benchmark, a third of the rate it had. Leading with the
-- time, it serves only what it is for, the bookings made in a period (the organisation checked in
-- the index), and a client's bookings are read through booking_client.
drop index booking_made;
create index booking_made on booking (booked_at, organisation_id);

-- A booking reads the releases of one resource around one date. The planner preferred the
-- organisation-wide index (organisation_id, validity), reading every release of the organisation
-- valid at the date (87 of 204 in the benchmark's catalogue) to keep two; one index over the
-- resource and the validity answers exactly.
drop index released_time_resource;
create index released_time_resource on released_time using gist (resource_id, validity);
