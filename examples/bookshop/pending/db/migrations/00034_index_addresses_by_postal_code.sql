-- Shipping zone report: orders per country and postal code.

-- +goose Up
CREATE INDEX CONCURRENTLY IF NOT EXISTS addresses_country_postal_code_idx
    ON addresses (country, postal_code);

-- +goose Down
DROP INDEX CONCURRENTLY IF EXISTS addresses_country_postal_code_idx;
