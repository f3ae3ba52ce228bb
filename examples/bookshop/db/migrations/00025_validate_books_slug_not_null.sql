-- Step 2: VALIDATE scans the table under SHARE UPDATE EXCLUSIVE (reads and writes go on).
-- With a validated CHECK (slug IS NOT NULL) in place, SET NOT NULL skips its own scan
-- (PostgreSQL 12+), and the check is then redundant.

-- +goose Up
SET lock_timeout = '5s';

ALTER TABLE books VALIDATE CONSTRAINT books_slug_not_null;
ALTER TABLE books ALTER COLUMN slug SET NOT NULL;
ALTER TABLE books DROP CONSTRAINT books_slug_not_null;

-- +goose Down
SET lock_timeout = '5s';
ALTER TABLE books ALTER COLUMN slug DROP NOT NULL;
ALTER TABLE books
    ADD CONSTRAINT books_slug_not_null CHECK (slug IS NOT NULL) NOT VALID;
