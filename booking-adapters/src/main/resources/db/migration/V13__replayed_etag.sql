-- A replay repeats the first reply's version tag (ETag) too, so that a retried change can go on with If-Match.
alter table idempotent_request add column etag text;
