-- +goose Up
CREATE TYPE order_status AS ENUM (
    'pending',
    'paid',
    'shipped',
    'delivered',
    'cancelled',
    'refunded'
);

-- +goose Down
DROP TYPE order_status;
