-- audit_log.id is a serial (integer) from the first month. With the gift card and shipment
-- events it passed 1.6 billion last week; it runs out at 2,147,483,647.

-- +goose Up
SET lock_timeout = '5s';

ALTER SEQUENCE audit_log_id_seq AS bigint;
ALTER TABLE audit_log ALTER COLUMN id TYPE bigint;

-- +goose Down
SET lock_timeout = '5s';
ALTER TABLE audit_log ALTER COLUMN id TYPE integer;
ALTER SEQUENCE audit_log_id_seq AS integer;
