// A small shop schema used as the applied history of several end-to-end repositories.

/** Statements of the base history, one string per migration, without framework markers. */
export const SHOP_BASE = {
  users: lines(
    'CREATE TABLE users (',
    '  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,',
    '  email text NOT NULL UNIQUE,',
    '  name varchar(100) NOT NULL,',
    '  created_at timestamptz NOT NULL DEFAULT now()',
    ');',
  ),
  orders: lines(
    'CREATE TABLE orders (',
    '  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,',
    '  user_id bigint NOT NULL,',
    "  status text NOT NULL DEFAULT 'pending',",
    '  total_cents integer NOT NULL,',
    '  note varchar(50),',
    '  placed_at timestamptz NOT NULL DEFAULT now()',
    ');',
    'CREATE INDEX orders_user_id_placed_at_idx ON orders (user_id, placed_at);',
  ),
  payments: lines(
    'CREATE TABLE payments (',
    '  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,',
    '  order_id bigint NOT NULL REFERENCES orders (id),',
    '  amount_cents integer NOT NULL,',
    '  provider_ref varchar(64) NOT NULL',
    ');',
    'CREATE INDEX payments_order_id_idx ON payments (order_id);',
    'CREATE INDEX payments_provider_ref_idx ON payments (provider_ref);',
    'CREATE TABLE audit_log (',
    '  id serial PRIMARY KEY,',
    '  user_id bigint,',
    '  event text NOT NULL,',
    '  at timestamptz NOT NULL DEFAULT now()',
    ');',
  ),
};

function lines(...content: string[]): string {
  return content.join('\n') + '\n';
}

/** The base history as goose files under `dir`. */
export function gooseShopBase(dir = 'db/migrations'): Record<string, string> {
  return {
    [`${dir}/00001_create_users.sql`]: `-- +goose Up\n${SHOP_BASE.users}\n-- +goose Down\nDROP TABLE users;\n`,
    [`${dir}/00002_create_orders.sql`]: `-- +goose Up\n${SHOP_BASE.orders}\n-- +goose Down\nDROP TABLE orders;\n`,
    [`${dir}/00003_create_payments.sql`]: `-- +goose Up\n${SHOP_BASE.payments}\n-- +goose Down\nDROP TABLE audit_log;\nDROP TABLE payments;\n`,
  };
}

/** The base history as plain numbered SQL files under `dir` (no framework markers). */
export function plainShopBase(dir = 'migrations'): Record<string, string> {
  return {
    [`${dir}/001_create_users.sql`]: SHOP_BASE.users,
    [`${dir}/002_create_orders.sql`]: SHOP_BASE.orders,
    [`${dir}/003_create_payments.sql`]: SHOP_BASE.payments,
  };
}
