// The catalog the design rules' tests share: users (integer key) and orders (bigint key, an integer
// and a varchar(50) column), and the lines a rule reports against it.
import type { Catalog } from '../../../src/core/catalog.js';
import type { Rule } from '../../../src/rules/rule.js';
import { catalog, context, file, primaryKey, run, table, typedColumn } from '../helpers.js';

export const col = typedColumn;
export const pk = primaryKey;
export const users = table('users', { oid: 100, columns: [col('id', 'int4', 'integer', 1)], constraints: [pk('users_pkey', ['id'])] });
export const orders = table('orders', {
  oid: 101,
  columns: [col('id', 'int8', 'bigint', 1), col('legacy_ref', 'int4', 'integer', 2), col('note', 'varchar', 'character varying(50)', 3, { typmod: 54 })],
  constraints: [pk('orders_pkey', ['id'])],
});
export const base = catalog(users, orders);

/** Lines the rule reports for `sql` run against one before/after pair of catalogs. */
export function lines(rule: Rule, sql: string, opts: { steps?: Catalog[]; final?: Catalog } = {}): number[] {
  const steps = opts.steps ?? [base];
  const f = file(sql, { steps });
  return run(rule, context([f], { base, final: opts.final ?? steps[steps.length - 1] })).map((x) => x.line);
}
