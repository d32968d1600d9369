-- A channel of a product may open on a later day than the product: client self-service for a service from the day the
-- county turns it on. Kept as "CHANNEL:yyyy-mm-dd"; a channel not named is open at once.
alter table bookable_product add column channels_from text[] not null default '{}';
