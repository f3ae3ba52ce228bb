-- From here on every migration sets lock_timeout: the incident of 14 March (a migration
-- queued behind a long report query and took checkout down for 6 minutes) must not repeat.

-- +goose Up
SET lock_timeout = '5s';

-- A constant default does not rewrite the table (PostgreSQL 11+).
ALTER TABLE reviews ADD COLUMN helpful_count integer NOT NULL DEFAULT 0;

-- +goose Down
SET lock_timeout = '5s';
ALTER TABLE reviews DROP COLUMN helpful_count;
