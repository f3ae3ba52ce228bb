-- +goose Up
CREATE TABLE payments (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id     bigint NOT NULL REFERENCES orders (id),
    provider     text NOT NULL CHECK (provider IN ('stripe', 'paypal')),
    provider_ref text NOT NULL,
    amount_cents bigint NOT NULL,
    currency     text NOT NULL DEFAULT 'EUR',
    status       text NOT NULL DEFAULT 'authorized'
                 CHECK (status IN ('authorized', 'captured', 'failed', 'refunded')),
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX payments_order_id_idx ON payments (order_id);

-- Webhooks are retried by the providers: the reference makes them idempotent.
CREATE UNIQUE INDEX payments_provider_ref_key ON payments (provider, provider_ref);

-- +goose Down
DROP TABLE payments;
