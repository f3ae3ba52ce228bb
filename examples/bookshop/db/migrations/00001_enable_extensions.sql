-- Extensions the app relies on from day one.
-- pgcrypto: gen_random_uuid() on the PostgreSQL 12 instances we started on, and crypt() for
-- legacy password hashes imported from the old shop.
-- pg_trgm: fuzzy search on titles and author names.

-- +goose Up
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- +goose Down
DROP EXTENSION IF EXISTS pg_trgm;
DROP EXTENSION IF EXISTS pgcrypto;
