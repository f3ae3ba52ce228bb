-- Queries of the order service (sqlc).

-- name: OrdersOfUser :many
SELECT id, public_id, status, total_cents, placed_at
FROM orders
WHERE user_id = @user_id
ORDER BY placed_at DESC
LIMIT 20;

-- name: PackingSlip :one
SELECT o.public_id, o.shipping_address_text, u.display_name
FROM orders o
JOIN users u ON u.id = o.user_id
WHERE o.id = @order_id;
