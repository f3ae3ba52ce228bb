-- Search box: "harry poter" should still find the book.

-- +goose Up
CREATE INDEX books_title_trgm_idx ON books USING gin (title gin_trgm_ops);
CREATE INDEX authors_name_trgm_idx ON authors USING gin (name gin_trgm_ops);

-- +goose Down
DROP INDEX authors_name_trgm_idx;
DROP INDEX books_title_trgm_idx;
