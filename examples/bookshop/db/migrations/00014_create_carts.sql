-- +goose Up
CREATE TABLE carts (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT carts_user_id_key UNIQUE (user_id)
);

CREATE TABLE cart_items (
    cart_id  bigint NOT NULL REFERENCES carts (id) ON DELETE CASCADE,
    book_id  bigint NOT NULL REFERENCES books (id) ON DELETE CASCADE,
    quantity integer NOT NULL DEFAULT 1 CHECK (quantity > 0),
    added_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (cart_id, book_id)
);

CREATE INDEX cart_items_book_id_idx ON cart_items (book_id);

CREATE TRIGGER carts_set_updated_at
    BEFORE UPDATE ON carts
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- +goose Down
DROP TABLE cart_items;
DROP TABLE carts;
