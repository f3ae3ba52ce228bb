// The query rules judged on a statement's shape (update-delete-without-where, not-in-subquery,
// order-by-random, select-star, offset-pagination, correlated-subquery), on a replayed schema.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyCatalog, type Catalog } from '../../../src/core/catalog.js';
import type { ReplaySession } from '../../../src/replay/index.js';
import type { Rule } from '../../../src/rules/rule.js';
import { updateDeleteWithoutWhere } from '../../../src/rules/query/update-delete-without-where.js';
import { notInSubqueryRule } from '../../../src/rules/query/not-in-subquery.js';
import { orderByRandom } from '../../../src/rules/query/order-by-random.js';
import { selectStar } from '../../../src/rules/query/select-star.js';
import { offsetPagination } from '../../../src/rules/query/offset-pagination.js';
import { correlatedSubquery } from '../../../src/rules/query/correlated-subquery.js';
import { check, replayedCatalog, type QueryOptions } from './harness.js';

const SETUP = `
CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL, org_id bigint);
CREATE TABLE users_archive (id bigint, email text, org_id bigint);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL, placed_at timestamptz NOT NULL);
CREATE TABLE sessions (id bigint PRIMARY KEY, user_id bigint);
`;

let session: ReplaySession;
let catalog: Catalog;

beforeAll(async () => {
  ({ session, catalog } = await replayedCatalog(SETUP));
});
afterAll(async () => {
  await session?.close();
});

const fire = (rule: Rule, sql: string, extra: QueryOptions = {}) => check(rule, sql, { catalog, ...extra });
const migration: QueryOptions = { origin: 'migration', file: 'migrations/004_backfill.sql' };

describe('update-delete-without-where', () => {
  const rule = updateDeleteWithoutWhere;

  it('flags DELETE and UPDATE of a query file without WHERE', () => {
    const [del] = fire(rule, '-- name: ClearSessions :exec\nDELETE FROM sessions;');
    expect(del.message).toBe('Query ClearSessions: DELETE FROM sessions has no WHERE clause, so it deletes every row of sessions.');
    expect(del.help).toContain('TRUNCATE sessions');
    expect(del.statement?.span.line).toBe(2);
    expect(fire(rule, 'UPDATE users SET email = lower(email);')[0].message).toContain('rewrites every row of users');
  });

  it('flags an unbounded DELETE inside WITH, and a DELETE ... USING without WHERE', () => {
    expect(fire(rule, 'WITH gone AS (DELETE FROM sessions RETURNING id) SELECT count(*) FROM gone;')).toHaveLength(1);
    expect(fire(rule, 'DELETE FROM sessions USING users;')).toHaveLength(1);
  });

  it('accepts a DELETE whose USING holds only a CTE: the CTE is the condition', () => {
    const sql = 'WITH stale AS (SELECT 1 FROM users WHERE id = $1) DELETE FROM sessions USING stale;';
    expect(fire(rule, sql)).toEqual([]);
  });

  it('accepts WHERE and WHERE CURRENT OF', () => {
    expect(fire(rule, 'DELETE FROM sessions WHERE user_id = $1;')).toEqual([]);
    expect(fire(rule, 'UPDATE users SET email = $1 WHERE CURRENT OF users_cursor;')).toEqual([]);
  });

  it('in migrations: flags DELETE of an existing table, leaves UPDATE backfills and new tables alone', () => {
    const [del] = fire(rule, 'DELETE FROM sessions;', migration);
    expect(del.message).toContain('The migration statement: DELETE FROM sessions');
    expect(del.file).toBe('migrations/004_backfill.sql');
    expect(fire(rule, 'UPDATE users SET org_id = 1;', migration)).toEqual([]);
    expect(fire(rule, 'DELETE FROM sessions;', { ...migration, catalog: emptyCatalog() })).toEqual([]);
  });

  it('judges only changed queries', () => {
    expect(fire(rule, 'DELETE FROM sessions;', { changed: false })).toEqual([]);
  });
});

describe('not-in-subquery', () => {
  const rule = notInSubqueryRule;

  it('flags NOT IN (SELECT ...) and says when the subquery column is nullable', () => {
    const [f, ...rest] = fire(rule, 'SELECT id FROM users WHERE id NOT IN (SELECT user_id FROM sessions);');
    expect(rest).toEqual([]);
    expect(f.message).toContain('id NOT IN (SELECT ... FROM sessions)');
    expect(f.message).toContain('sessions.user_id is nullable');
    expect(f.help).toContain('NOT EXISTS');
    expect(fire(rule, 'SELECT id FROM users WHERE id NOT IN (SELECT user_id FROM orders);')[0].message).toContain('orders.user_id is NOT NULL');
  });

  it('flags <> ALL (SELECT ...) and NOT IN in a nested query once', () => {
    expect(fire(rule, 'SELECT id FROM users WHERE id <> ALL (SELECT user_id FROM sessions);')).toHaveLength(1);
    expect(fire(rule, 'SELECT s.id FROM (SELECT id FROM users WHERE id NOT IN (SELECT user_id FROM sessions)) s;')).toHaveLength(1);
    expect(fire(rule, 'DELETE FROM sessions WHERE user_id NOT IN (SELECT id FROM users);', migration)).toHaveLength(1);
  });

  it('accepts NOT IN over constants, IN (SELECT ...) and NOT EXISTS', () => {
    expect(fire(rule, 'SELECT id FROM users WHERE id NOT IN ($1, $2, 3);')).toEqual([]);
    expect(fire(rule, 'SELECT id FROM users WHERE id IN (SELECT user_id FROM sessions);')).toEqual([]);
    expect(fire(rule, 'SELECT u.id FROM users u WHERE NOT EXISTS (SELECT 1 FROM sessions s WHERE s.user_id = u.id);')).toEqual([]);
  });
});

describe('order-by-random', () => {
  const rule = orderByRandom;

  it('flags ORDER BY random(), naming the tables sorted', () => {
    const [f] = fire(rule, '-- name: PickUser :one\nSELECT id FROM users u ORDER BY random() LIMIT 1;');
    expect(f.message).toContain('Query PickUser: ORDER BY random()');
    expect(f.message).toContain('users u');
    expect(f.help).toContain('TABLESAMPLE');
    expect(fire(rule, 'SELECT id FROM users UNION ALL SELECT id FROM orders ORDER BY random() LIMIT 5;')).toHaveLength(1);
  });

  it('accepts other orderings and random() outside ORDER BY', () => {
    expect(fire(rule, 'SELECT id FROM users ORDER BY id LIMIT 1;')).toEqual([]);
    expect(fire(rule, 'SELECT id, random() AS r FROM users;')).toEqual([]);
  });
});

describe('select-star', () => {
  const rule = selectStar;

  it('flags * over a table and lists its columns in the help', () => {
    const [f, ...rest] = fire(rule, '-- name: GetUser :one\nSELECT * FROM users WHERE id = $1;');
    expect(rest).toEqual([]);
    expect(f.message).toContain('Query GetUser selects * from users');
    expect(f.help).toContain('SELECT id, email, org_id FROM users');
  });

  it('flags t.*, a final SELECT over a CTE that selects *, UNION arms once, and INSERT ... SELECT *', () => {
    expect(fire(rule, 'SELECT u.* FROM users u JOIN orders o ON o.user_id = u.id;')[0].message).toContain('u.* from users u');
    expect(fire(rule, 'WITH recent AS (SELECT * FROM orders) SELECT * FROM recent;')).toHaveLength(1);
    expect(fire(rule, 'SELECT * FROM users UNION ALL SELECT * FROM users;')).toHaveLength(1);
    expect(fire(rule, 'INSERT INTO users_archive SELECT * FROM users WHERE org_id = $1;')).toHaveLength(1);
  });

  it('accepts count(*), EXISTS (SELECT *), RETURNING *, stars inside a CTE and over explicit subqueries', () => {
    expect(fire(rule, 'SELECT count(*) FROM users;')).toEqual([]);
    expect(fire(rule, 'SELECT u.id FROM users u WHERE EXISTS (SELECT * FROM orders o WHERE o.user_id = u.id);')).toEqual([]);
    expect(fire(rule, 'DELETE FROM sessions WHERE id = $1 RETURNING *;')).toEqual([]);
    expect(fire(rule, 'INSERT INTO users (email) VALUES ($1) RETURNING *;')).toEqual([]);
    expect(fire(rule, 'WITH recent AS (SELECT * FROM orders) SELECT id FROM recent;')).toEqual([]);
    expect(fire(rule, 'WITH recent AS (SELECT id, placed_at FROM orders) SELECT * FROM recent;')).toEqual([]);
    expect(fire(rule, 'SELECT * FROM (SELECT id, email FROM users) s;')).toEqual([]);
  });

  it('applies to query files only', () => {
    expect(fire(rule, 'INSERT INTO users_archive SELECT * FROM users;', migration)).toEqual([]);
  });
});

describe('offset-pagination', () => {
  const rule = offsetPagination;

  it('flags OFFSET with a parameter or a constant, with keyset help on the ORDER BY keys', () => {
    const [f] = fire(rule, '-- name: ListOrders :many\nSELECT id FROM orders ORDER BY placed_at DESC, id DESC LIMIT $1 OFFSET $2;');
    expect(f.message).toContain('Query ListOrders: OFFSET $2');
    expect(f.message).toContain('of orders');
    expect(f.help).toContain('(placed_at, id)');
    expect(fire(rule, 'SELECT id FROM orders ORDER BY id LIMIT 20 OFFSET 40;')).toHaveLength(1);
  });

  it('accepts OFFSET 0, no OFFSET, and migrations', () => {
    expect(fire(rule, 'SELECT id FROM orders OFFSET 0;')).toEqual([]);
    expect(fire(rule, 'SELECT id FROM orders ORDER BY id LIMIT $1;')).toEqual([]);
    expect(fire(rule, 'UPDATE orders SET placed_at = now() WHERE id IN (SELECT id FROM orders ORDER BY id LIMIT 100 OFFSET 100);', migration)).toEqual([]);
  });
});

describe('correlated-subquery', () => {
  const rule = correlatedSubquery;

  it('flags a scalar subquery in the select list that reads the outer row', () => {
    const [f, ...rest] = fire(
      rule,
      '-- name: UsersWithCounts :many\nSELECT u.id, (SELECT count(*) FROM orders o WHERE o.user_id = u.id) AS order_count FROM users u;',
    );
    expect(rest).toEqual([]);
    expect(f.message).toContain('Query UsersWithCounts: the subquery on orders o in the select list (column order_count) reads u.id');
    expect(f.help).toContain('GROUP BY');
  });

  it('flags ARRAY(SELECT ...), references by table name, and correlation through a nested level', () => {
    expect(fire(rule, 'SELECT u.id, ARRAY(SELECT o.id FROM orders o WHERE o.user_id = u.id) FROM users u;')[0].message).toContain('ARRAY(SELECT ...)');
    expect(fire(rule, 'SELECT id, (SELECT count(*) FROM orders WHERE orders.user_id = users.id) FROM users;')).toHaveLength(1);
    expect(
      fire(rule, 'SELECT u.id, (SELECT max(x.n) FROM (SELECT count(*) AS n FROM orders o WHERE o.user_id = u.id) x) FROM users u;'),
    ).toHaveLength(1);
    // Unqualified: the catalog proves org_id belongs to users only.
    expect(fire(rule, 'SELECT id, (SELECT count(*) FROM orders o WHERE o.user_id = org_id) FROM users;')).toHaveLength(1);
  });

  it('accepts an uncorrelated scalar subquery and one whose alias shadows the outer one', () => {
    expect(fire(rule, 'SELECT u.id, (SELECT count(*) FROM orders) AS total FROM users u;')).toEqual([]);
    expect(fire(rule, 'SELECT u.id, (SELECT count(*) FROM orders u WHERE u.user_id = 1) FROM users u;')).toEqual([]);
  });

  it('accepts correlation outside the select list and FROM-less subqueries', () => {
    expect(fire(rule, 'SELECT u.id FROM users u WHERE (SELECT count(*) FROM orders o WHERE o.user_id = u.id) > 5;')).toEqual([]);
    expect(fire(rule, "SELECT u.id, (SELECT u.email || 'x') FROM users u;")).toEqual([]);
  });

  it('accepts an outer query that returns one row (key lookup, LIMIT 1, GROUP BY a pinned key)', () => {
    const sub = '(SELECT count(*) FROM orders o WHERE o.user_id = u.id)';
    expect(fire(rule, `SELECT u.id, ${sub} FROM users u WHERE u.id = $1;`)).toEqual([]);
    expect(fire(rule, `SELECT u.id, ${sub} FROM users u ORDER BY u.id LIMIT 1;`)).toEqual([]);
    expect(fire(rule, `SELECT u.id, ${sub} FROM users u LEFT JOIN sessions s ON s.user_id = u.id WHERE u.id = $1 GROUP BY u.id;`)).toEqual([]);
    // org_id is not unique: many users, one run each.
    expect(fire(rule, `SELECT u.id, ${sub} FROM users u WHERE u.org_id = $1;`)).toHaveLength(1);
  });
});
