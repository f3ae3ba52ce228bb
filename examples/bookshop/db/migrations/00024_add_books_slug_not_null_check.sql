-- Step 1 of making books.slug NOT NULL without scanning books under an ACCESS EXCLUSIVE
-- lock: add the check as NOT VALID (no scan, brief lock). 00025 validates it.

-- +goose Up
SET lock_timeout = '5s';

ALTER TABLE books
    ADD CONSTRAINT books_slug_not_null CHECK (slug IS NOT NULL) NOT VALID;

-- +goose Down
SET lock_timeout = '5s';
ALTER TABLE books DROP CONSTRAINT IF EXISTS books_slug_not_null;
