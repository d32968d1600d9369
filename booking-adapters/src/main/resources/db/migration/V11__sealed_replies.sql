-- The first reply to an idempotency key can show a client's personal identity code and referral note, so it is
-- kept sealed (AES-256-GCM under the client-identity key, which is never in the database) instead of readable.
-- Replies stored readable before this version are deleted: a retry of such a request within the retention is
-- judged afresh, as if its key were new.
delete from idempotent_request;
alter table idempotent_request drop column body;
alter table idempotent_request add column body_sealed bytea not null;
comment on column idempotent_request.body_sealed is
    'the first reply''s JSON body, sealed with the client-identity key; its context is organisation, subject and key';
comment on column idempotent_request.request_hash is
    'keyed hash (HMAC-SHA-256 under the client-identity key) of the operation and the request body';
