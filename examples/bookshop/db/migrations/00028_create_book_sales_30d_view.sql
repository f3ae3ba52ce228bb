-- Bestseller shelf on the home page. Refreshed every 10 minutes by the scheduler with
-- REFRESH MATERIALIZED VIEW CONCURRENTLY, which needs the unique index below.

-- +goose Up
CREATE MATERIALIZED VIEW book_sales_30d AS
SELECT oi.book_id,
       sum(oi.quantity)::bigint                      AS copies_sold,
       sum(oi.quantity * oi.unit_price_cents)::bigint AS revenue_cents
  FROM order_items AS oi
  JOIN orders AS o ON o.id = oi.order_id
 WHERE o.status IN ('paid', 'shipped', 'delivered')
   AND o.placed_at >= now() - interval '30 days'
 GROUP BY oi.book_id
WITH DATA;

CREATE UNIQUE INDEX book_sales_30d_book_id_key ON book_sales_30d (book_id);

-- +goose Down
DROP MATERIALIZED VIEW book_sales_30d;
