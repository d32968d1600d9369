-- A booking that needs a professional and a room takes both: the professional as its resource, the room in room_id.
-- A room's own booking names the room in both, so that one constraint keeps every taking of a room apart, whichever
-- way it was booked; places of one group time share the room as they share the professional.
alter table booking add column room_id uuid references resource (id);

update booking b set room_id = b.resource_id
  from resource r
 where r.id = b.resource_id and r.kind = 'ROOM';

alter table booking add constraint booking_room_no_double_booking
    exclude using gist (room_id with =, occupied with &&, time_key with <>)
    where (room_id is not null and status not in ('CANCELLED', 'MOVED'));

-- The contact modes in which a product's time takes a room besides the professional.
alter table bookable_product add column room_needed_for text[] not null default '{}';
