-- A client who signs in strongly identified (a personal identity code in a claim of the token) is linked to the
-- bookings made under the code and under the client-record references the client-record system links to the code:
-- the record keeps the code's pseudonym (the keyed hash bookings carry as hetu:...), never the code.
alter table client_record add column identity_reference text;
create index client_record_identity on client_record (organisation_id, identity_reference)
    where identity_reference is not null;
