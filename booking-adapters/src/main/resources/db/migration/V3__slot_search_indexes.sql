-- Slot search reads released time by product: weekly templates span months, so their validity
-- barely narrows the search, while the products pick exactly the releases that can offer slots.
create index released_time_products on released_time using gin (product_ids);
