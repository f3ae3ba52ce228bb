-- Queries of the gift card service (sqlc).

-- name: GetGiftCardByCode :one
SELECT id, balance_cents, currency, expires_at
FROM gift_cards
WHERE code = @code;

-- name: ListGiftCardsOfBuyer :many
SELECT *
FROM gift_cards
WHERE purchased_by_user_id = @user_id
ORDER BY created_at DESC
LIMIT 20 OFFSET @skip;

-- name: SearchGiftCards :many
SELECT id, code, balance_cents
FROM gift_cards
WHERE code LIKE '%' || @fragment || '%';

-- name: PaymentForProviderRef :one
SELECT id, order_id, amount_cents, status
FROM payments
WHERE provider_ref = @provider_ref;
