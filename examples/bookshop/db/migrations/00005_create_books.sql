-- +goose Up
CREATE TABLE books (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    isbn         varchar(13) NOT NULL,
    title        text NOT NULL,
    author_id    bigint NOT NULL REFERENCES authors (id),
    description  text,
    price_cents  integer NOT NULL CHECK (price_cents >= 0),
    currency     text NOT NULL DEFAULT 'EUR',
    published_on date,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT books_isbn_key UNIQUE (isbn)
);

CREATE INDEX books_author_id_idx ON books (author_id);

CREATE TRIGGER books_set_updated_at
    BEFORE UPDATE ON books
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- +goose Down
DROP TABLE books;
