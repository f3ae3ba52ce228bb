-- Orders point at a saved address instead of free text. No foreign key yet: checkout v2
-- still inserts the order before it saves a new address (SHOP-412). The constraint comes
-- once that is fixed.

-- +goose Up
SET lock_timeout = '5s';

ALTER TABLE orders ADD COLUMN shipping_address_id bigint;

-- +goose Down
SET lock_timeout = '5s';
ALTER TABLE orders DROP COLUMN shipping_address_id;
