-- +goose NO TRANSACTION

-- Admin customer search by name.

-- +goose Up
SET lock_timeout = '5s';

CREATE INDEX CONCURRENTLY IF NOT EXISTS users_display_name_trgm_idx
    ON users USING gin (display_name gin_trgm_ops);

-- +goose Down
DROP INDEX CONCURRENTLY IF EXISTS users_display_name_trgm_idx;
