-- Saved addresses, the first step to replacing orders.shipping_address_text.

-- +goose Up
CREATE TABLE addresses (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    full_name   text NOT NULL,
    line1       varchar(100) NOT NULL,
    line2       varchar(100),
    city        text NOT NULL,
    postal_code text NOT NULL,
    country     text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    is_default  boolean NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX addresses_user_id_idx ON addresses (user_id);

-- At most one default address per user (partial unique index).
CREATE UNIQUE INDEX addresses_one_default_per_user_key ON addresses (user_id) WHERE is_default;

CREATE TRIGGER addresses_set_updated_at
    BEFORE UPDATE ON addresses
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- +goose Down
DROP TABLE addresses;
