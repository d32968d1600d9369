-- pgbench script of bench/booking.sh: the raw database rate of the booking table. One booking per
-- transaction, inserted straight into the table with its constraints and trigger, at a time of its
-- own (a sequence), for one of the demo professionals.
\set r random(0, 101)
insert into booking (id, organisation_id, resource_id, product_id, during, occupied, capacity, time_key,
                     contact_mode, client_reference, channel, booked_by, booked_at, status, version)
select gen_random_uuid(), 'pgbench', r.id, p.id, tstzrange(t, t + interval '1 hour'),
       tstzrange(t, t + interval '75 minutes'), 1, gen_random_uuid()::text, 'PHONE', 'pgbench-' || t,
       'PROFESSIONAL', 'pgbench', now(), 'BOOKED', 0
  from (select timestamptz '2040-01-01' + nextval('pgbench_booking_time') * interval '2 hours' as t) as x,
       (select id from resource order by id offset :r limit 1) as r,
       (select id from bookable_product order by id limit 1) as p;
