// Index advice reads which columns of a scanned table a query looks up, joins, ranges over, sorts
// by and reads; a column wrongly attributed to the table would make it advise a useless index.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Node } from '@pgsql/types';
import type { Catalog } from '../../src/core/catalog.js';
import type { ReplaySession } from '../../src/replay/index.js';
import { parseSqlFile } from '../../src/sql/index.js';
import { tableUse, type ScanTarget, type TableUse } from '../../src/review/queries/predicate-columns.js';
import { replayedCatalog } from '../rules/query/harness.js';

const SCHEMA = `
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, name text, created_at timestamptz NOT NULL);
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (id),
  status text NOT NULL,
  total numeric NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE SCHEMA billing;
CREATE TABLE billing.invoices (id bigint PRIMARY KEY, order_id bigint NOT NULL, amount numeric NOT NULL);
`;

let session: ReplaySession;
let catalog: Catalog;

beforeAll(async () => {
  ({ session, catalog } = await replayedCatalog(SCHEMA));
}, 60_000);

afterAll(async () => {
  await session.close();
});

const ORDERS: ScanTarget = { relation: 'public.orders' };
const O: ScanTarget = { relation: 'public.orders', alias: 'o' };
const U: ScanTarget = { relation: 'public.users', alias: 'u' };

function use(sql: string, target: ScanTarget): TableUse | undefined {
  return tableUse(parseSqlFile(sql).statements[0].ast as Node, target, catalog);
}

/** The use with `read` as a sorted list, for readable expectations. */
function summary(sql: string, target: ScanTarget): Omit<TableUse, 'read'> & { read: string[] | undefined } {
  const u = use(sql, target);
  if (!u) throw new Error(`no use of ${target.relation} found`);
  return { ...u, read: u.read && [...u.read].sort() };
}

describe('tableUse', () => {
  it('follows the alias and attributes unqualified columns only the table has', () => {
    const sql = "SELECT o.id, total FROM orders o WHERE o.user_id = $1 AND status = 'open';";
    expect(summary(sql, O)).toEqual({
      equality: ['user_id', 'status'],
      joinEquality: [],
      range: [],
      sort: [],
      read: ['id', 'status', 'total', 'user_id'],
    });
    // The plan names an aliased scan by its alias; without it the scan is another reference.
    expect(use(sql, ORDERS)).toBeUndefined();
  });

  it('finds a table of another schema by its qualified name', () => {
    const u = summary('SELECT amount FROM billing.invoices i WHERE i.order_id = $1;', { relation: 'billing.invoices', alias: 'i' });
    expect(u.equality).toEqual(['order_id']);
    expect(u.read).toEqual(['amount', 'order_id']);
  });

  it('counts a join key as a join equality on both sides', () => {
    const sql = 'SELECT o.id, u.email FROM orders o JOIN users u ON o.user_id = u.id WHERE u.email = $1;';
    expect(summary(sql, O)).toMatchObject({ equality: [], joinEquality: ['user_id'], read: ['id', 'user_id'] });
    expect(summary(sql, U)).toMatchObject({ equality: ['email'], joinEquality: ['id'], read: ['email', 'id'] });
  });

  it('treats = ANY and IN lists as equalities, but not NOT IN', () => {
    expect(summary('SELECT total FROM orders WHERE id = ANY($1::bigint[]);', ORDERS).equality).toEqual(['id']);
    expect(summary("SELECT total FROM orders WHERE status IN ('open', 'paid') AND user_id = $1;", ORDERS).equality).toEqual(['status', 'user_id']);
    expect(summary("SELECT total FROM orders WHERE status NOT IN ('open', 'paid');", ORDERS).equality).toEqual([]);
  });

  it('reads BETWEEN and comparisons as ranges, whichever side the column is on', () => {
    const u = summary('SELECT id FROM orders WHERE created_at BETWEEN $1 AND $2 AND 100 < total;', ORDERS);
    expect(u.range).toEqual(['created_at', 'total']);
    expect(u.equality).toEqual([]);
  });

  it('takes the ORDER BY when every key is a column of the table', () => {
    expect(summary('SELECT id, status FROM orders ORDER BY created_at DESC, id LIMIT 20;', ORDERS).sort).toEqual(['created_at', 'id']);
    const mixed = 'SELECT o.id FROM orders o JOIN users u ON u.id = o.user_id ORDER BY o.created_at, u.name LIMIT 20;';
    expect(summary(mixed, O).sort).toEqual([]);
  });

  it('leaves read undefined when the query reads whole rows of the table', () => {
    expect(use('SELECT * FROM orders WHERE id = $1;', ORDERS)?.read).toBeUndefined();
    const sql = 'SELECT o.*, u.email FROM orders o JOIN users u ON u.id = o.user_id;';
    expect(use(sql, O)?.read).toBeUndefined();
    expect(summary(sql, U).read).toEqual(['email', 'id']);
  });

  it('counts columns a correlated subquery reads, and the lookup inside it', () => {
    const sql = 'SELECT o.id FROM orders o WHERE EXISTS (SELECT 1 FROM users u WHERE u.id = o.user_id AND u.email = $1);';
    expect(summary(sql, O)).toMatchObject({ equality: [], joinEquality: [], read: ['id', 'user_id'] });
    expect(summary(sql, U)).toMatchObject({ equality: ['email'], joinEquality: ['id'], read: ['email', 'id'] });
  });

  it('does not take a CTE named like the table for the table', () => {
    const shadowing = "WITH orders AS (SELECT id, user_id FROM orders WHERE status = 'open') SELECT id FROM orders WHERE user_id = $1;";
    // The scan is the CTE's body; the outer filter is on the CTE's rows.
    expect(summary(shadowing, ORDERS)).toMatchObject({ equality: ['status'], read: ['id', 'status', 'user_id'] });
    expect(use('WITH orders AS (SELECT 1 AS user_id) SELECT user_id FROM orders WHERE user_id = 1;', ORDERS)).toBeUndefined();
  });

  it('reads the target of an UPDATE and of a DELETE ... USING', () => {
    const update = "UPDATE orders SET status = 'paid' WHERE id = $1 RETURNING total;";
    expect(summary(update, ORDERS)).toMatchObject({ equality: ['id'], read: ['id', 'total'] });
    expect(use("UPDATE orders SET status = 'paid' WHERE id = $1 RETURNING *;", ORDERS)?.read).toBeUndefined();
    const del = 'DELETE FROM orders o USING users u WHERE o.user_id = u.id AND u.email = $1;';
    expect(summary(del, O)).toMatchObject({ equality: [], joinEquality: ['user_id'] });
    expect(summary(del, U)).toMatchObject({ equality: ['email'], joinEquality: ['id'] });
  });

  it('does not attribute a column another table in scope could own', () => {
    // Both tables have created_at and id.
    const sql = 'SELECT o.total FROM orders o JOIN users u ON o.user_id = u.id WHERE created_at > $1 ORDER BY id LIMIT 10;';
    expect(summary(sql, O)).toMatchObject({ range: [], sort: [], read: ['total', 'user_id'] });
    expect(summary(sql, U)).toMatchObject({ range: [], sort: [], read: ['id'] });
    // In the subquery an item of unknown columns stands nearer than orders: `status` may be its.
    const nearer = 'SELECT id FROM orders WHERE EXISTS (SELECT 1 FROM unnest($1::text[]) AS s WHERE status = s);';
    expect(summary(nearer, ORDERS).read).toEqual(['id']);
  });

  it('maps columns renamed by the alias back to the table', () => {
    const u = summary('SELECT a FROM orders AS o (a, b) WHERE b = $1;', O);
    expect(u.equality).toEqual(['user_id']);
    expect(u.read).toEqual(['id', 'user_id']);
  });
});
