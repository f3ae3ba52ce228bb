-- +goose NO TRANSACTION

-- +goose Up
SET lock_timeout = '5s';

CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS books_slug_key ON books (slug);

-- +goose Down
DROP INDEX CONCURRENTLY IF EXISTS books_slug_key;
