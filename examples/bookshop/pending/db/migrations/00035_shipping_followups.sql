-- +goose NO TRANSACTION

-- Follow-ups from the shipping work: lookups for the customer-service screens, and the
-- end of the free-text address.

-- +goose Up
SET lock_timeout = '5s';

-- Customer service: all orders of a customer.
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_user_id_idx ON orders (user_id);

-- Refund screen: the payments of an order.
CREATE INDEX CONCURRENTLY IF NOT EXISTS payments_order_lookup_idx ON payments (order_id);

-- Every order uses shipping_address_id since release 2.31; nothing reads the old column.
ALTER TABLE orders DROP COLUMN shipping_address_text;

-- +goose Down
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN shipping_address_text text;
DROP INDEX CONCURRENTLY IF EXISTS payments_order_lookup_idx;
DROP INDEX CONCURRENTLY IF EXISTS orders_user_id_idx;
