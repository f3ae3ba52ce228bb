-- +goose NO TRANSACTION

-- The abandoned-checkout job scans pending orders by age. Pending orders are a tiny
-- fraction of the table, so a partial index stays small.

-- +goose Up
SET lock_timeout = '5s';

CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_pending_placed_at_idx
    ON orders (placed_at)
    WHERE status = 'pending';

-- +goose Down
DROP INDEX CONCURRENTLY IF EXISTS orders_pending_placed_at_idx;
