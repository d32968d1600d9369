-- The role the service connects as (deploy/compose.yaml): it owns nothing, so it cannot change the access log or
-- its chain's head; the migrations, run as the schema's owner, grant it the rights it needs. A demo password:
-- choose your own.
create role booking_service login password 'demo-only-service-password' nosuperuser nocreatedb nocreaterole;
