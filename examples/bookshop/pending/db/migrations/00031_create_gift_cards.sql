-- Gift cards: bought like a product, redeemed at checkout against one or more orders.

-- +goose Up
SET lock_timeout = '5s';

CREATE TABLE gift_cards (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code                 text NOT NULL CHECK (code ~ '^[A-Z0-9]{16}$'),
    purchased_by_user_id uuid NOT NULL REFERENCES users (id),
    initial_cents        bigint NOT NULL CHECK (initial_cents > 0),
    balance_cents        bigint NOT NULL CHECK (balance_cents >= 0),
    currency             text NOT NULL DEFAULT 'EUR',
    expires_at           timestamptz NOT NULL,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT gift_cards_code_key UNIQUE (code),
    CONSTRAINT gift_cards_balance_le_initial CHECK (balance_cents <= initial_cents)
);

CREATE INDEX gift_cards_purchased_by_user_id_idx ON gift_cards (purchased_by_user_id);

-- Expiry reminder job: cards that still hold money, by expiry date.
CREATE INDEX gift_cards_expires_at_idx ON gift_cards (expires_at) WHERE balance_cents > 0;

CREATE TRIGGER gift_cards_set_updated_at
    BEFORE UPDATE ON gift_cards
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE gift_card_redemptions (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    gift_card_id bigint NOT NULL REFERENCES gift_cards (id),
    order_id     bigint NOT NULL REFERENCES orders (id),
    amount_cents bigint NOT NULL CHECK (amount_cents > 0),
    redeemed_at  timestamptz NOT NULL DEFAULT now(),
    -- One redemption per card and order; also serves the gift_card_id foreign key.
    CONSTRAINT gift_card_redemptions_card_order_key UNIQUE (gift_card_id, order_id)
);

CREATE INDEX gift_card_redemptions_order_id_idx ON gift_card_redemptions (order_id);

-- +goose Down
DROP TABLE gift_card_redemptions;
DROP TABLE gift_cards;
