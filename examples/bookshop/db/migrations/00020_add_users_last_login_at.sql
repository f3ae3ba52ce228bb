-- +goose Up
SET lock_timeout = '5s';

ALTER TABLE users ADD COLUMN last_login_at timestamptz;

-- +goose Down
SET lock_timeout = '5s';
ALTER TABLE users DROP COLUMN last_login_at;
