-- Refunding one item of a multi-item order. ADD VALUE runs in a transaction since
-- PostgreSQL 12; the new value cannot be used until this migration has committed.

-- +goose Up
ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'partially_refunded' AFTER 'refunded';

-- +goose Down
-- PostgreSQL cannot drop an enum value. Orders using it are moved back to 'refunded'
-- so that the application's older enum mapping still reads them.
UPDATE orders SET status = 'refunded' WHERE status = 'partially_refunded';
