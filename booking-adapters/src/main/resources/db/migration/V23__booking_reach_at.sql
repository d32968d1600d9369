-- How to reach the client for a booking's contact, as staff recorded it: encrypted like a personal identity code
-- (the service's client-identity key, the organisation and booking as associated data), never readable here.
alter table booking add column reach_at_sealed bytea;
