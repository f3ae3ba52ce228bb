-- Open orders get the buyer's default address so the new fulfilment screen can show them.
-- Bounded: only pending and paid orders (a few thousand rows at any time), and only those
-- not set yet, so the migration is short and can be re-run.

-- +goose Up
UPDATE orders AS o
   SET shipping_address_id = a.id
  FROM addresses AS a
 WHERE a.user_id = o.user_id
   AND a.is_default
   AND o.shipping_address_id IS NULL
   AND o.status IN ('pending', 'paid');

-- +goose Down
-- Nothing to undo: 00026's Down drops the column.
