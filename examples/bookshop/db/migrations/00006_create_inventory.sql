-- Stock is tracked per book; one warehouse for now.

-- +goose Up
CREATE TABLE inventory (
    book_id    bigint PRIMARY KEY REFERENCES books (id) ON DELETE CASCADE,
    quantity   integer NOT NULL DEFAULT 0 CHECK (quantity >= 0),
    restock_at date,
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TRIGGER inventory_set_updated_at
    BEFORE UPDATE ON inventory
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- +goose Down
DROP TABLE inventory;
