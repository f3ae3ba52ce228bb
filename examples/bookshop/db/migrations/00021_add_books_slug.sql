-- Human-readable book URLs (/books/the-hobbit-42). Filled by 00022, enforced by 00023-00025.

-- +goose Up
SET lock_timeout = '5s';

ALTER TABLE books ADD COLUMN slug text;

-- +goose Down
SET lock_timeout = '5s';
ALTER TABLE books DROP COLUMN slug;
