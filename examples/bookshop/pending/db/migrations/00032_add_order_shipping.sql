-- Order shipping: parcels per order, tracked with the carrier, and a pick list for the
-- warehouse.

-- +goose Up
SET lock_timeout = '5s';

CREATE TABLE shipments (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id        bigint NOT NULL REFERENCES orders (id),
    carrier         text NOT NULL CHECK (carrier IN ('dhl', 'ups', 'colissimo', 'postnl')),
    tracking_number text,
    status          text NOT NULL DEFAULT 'label_created'
                    CHECK (status IN ('label_created', 'in_transit', 'delivered', 'returned')),
    shipped_at      timestamptz,
    delivered_at    timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX shipments_order_id_idx ON shipments (order_id);

-- Carrier webhooks look parcels up by tracking number.
CREATE INDEX shipments_carrier_tracking_number_idx ON shipments (carrier, tracking_number);

CREATE TRIGGER shipments_set_updated_at
    BEFORE UPDATE ON shipments
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- Warehouse pick list: paid orders waiting for a parcel, oldest first.
CREATE INDEX orders_paid_placed_at_idx ON orders (placed_at) WHERE status = 'paid';

-- SHOP-412 is fixed (checkout saves the address before the order), so the reference
-- from 00026 can finally be enforced.
ALTER TABLE orders
    ADD CONSTRAINT orders_shipping_address_id_fkey
    FOREIGN KEY (shipping_address_id) REFERENCES addresses (id);

-- Carrier labels take 200 characters per address line; international customers need them.
ALTER TABLE addresses ALTER COLUMN line1 TYPE varchar(200);

-- +goose Down
SET lock_timeout = '5s';
ALTER TABLE addresses ALTER COLUMN line1 TYPE varchar(100);
ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_shipping_address_id_fkey;
DROP INDEX IF EXISTS orders_paid_placed_at_idx;
DROP TABLE shipments;
