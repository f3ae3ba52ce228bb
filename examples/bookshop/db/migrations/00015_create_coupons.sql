-- Marketing wants discount codes for the spring campaign.

-- +goose Up
CREATE TABLE coupons (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code            text NOT NULL,
    percent_off     smallint NOT NULL CHECK (percent_off BETWEEN 1 AND 100),
    valid_from      timestamptz NOT NULL DEFAULT now(),
    valid_until     timestamptz,
    max_redemptions integer,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT coupons_code_key UNIQUE (code),
    CONSTRAINT coupons_validity_check CHECK (valid_until IS NULL OR valid_until > valid_from)
);

-- orders is still small (launch was three months ago): a plain ALTER is fine.
ALTER TABLE orders ADD COLUMN coupon_id bigint REFERENCES coupons (id);
CREATE INDEX orders_coupon_id_idx ON orders (coupon_id);

-- +goose Down
DROP INDEX orders_coupon_id_idx;
ALTER TABLE orders DROP COLUMN coupon_id;
DROP TABLE coupons;
