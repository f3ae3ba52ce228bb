-- +goose Up
CREATE TABLE orders (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id             uuid NOT NULL DEFAULT gen_random_uuid(),
    user_id               uuid NOT NULL REFERENCES users (id),
    status                order_status NOT NULL DEFAULT 'pending',
    total_cents           bigint NOT NULL DEFAULT 0,
    currency              text NOT NULL DEFAULT 'EUR',
    -- Free-text address typed at checkout. To be replaced by an addresses table.
    shipping_address_text text,
    placed_at             timestamptz,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT orders_public_id_key UNIQUE (public_id)
);

-- "My orders" page: a user's orders, newest first. Also serves the user_id foreign key.
CREATE INDEX orders_user_id_placed_at_idx ON orders (user_id, placed_at);

CREATE TRIGGER orders_set_updated_at
    BEFORE UPDATE ON orders
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- +goose Down
DROP TABLE orders;
