-- The numbers behind bookings' short references: an instance takes a block of 1024 at a time (BookingIds), and each
-- new booking's id starts with its number, permuted under the service's key. A sequence is not rolled back, so no
-- number is given twice.
create sequence booking_reference_block;
