// correlated-subquery on a replayed schema: a subquery of the select list run once per outer row.
import { describe, expect, it } from 'vitest';
import { correlatedSubquery } from '../../../src/rules/query/correlated-subquery.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { expectFinding } from '../helpers.js';
import { STATEMENT_SETUP, check, describeQueryExamples, useReplayedCatalog, type QueryOptions } from './harness.js';

const ID = 'correlated-subquery';
const rule = correlatedSubquery;
const db = useReplayedCatalog(STATEMENT_SETUP);
const fire = (sql: string, extra: QueryOptions = {}) => check(rule, sql, { catalog: db.catalog, ...extra });

describe('correlated-subquery', () => {
  it('flags a scalar subquery in the select list that reads the outer row', () => {
    const [f, ...rest] = fire('-- name: UsersWithCounts :many\nSELECT u.id, (SELECT count(*) FROM orders o WHERE o.user_id = u.id) AS order_count FROM users u;');
    expect(rest).toEqual([]);
    // The query, the subquery's table, the output column, and the outer column it reads.
    expectFinding(f, { ruleId: ID, line: 2, severity: 'notice', mentions: ['UsersWithCounts', 'orders o', 'select list', 'order_count', 'u.id'], helpMentions: ['GROUP BY'] });
  });

  it('flags ARRAY(SELECT ...), references by table name, and correlation through a nested level', () => {
    expectFinding(fire('SELECT u.id, ARRAY(SELECT o.id FROM orders o WHERE o.user_id = u.id) FROM users u;')[0], { ruleId: ID, mentions: ['ARRAY(SELECT ...)'] });
    expect(fire('SELECT id, (SELECT count(*) FROM orders WHERE orders.user_id = users.id) FROM users;')).toHaveLength(1);
    expect(fire('SELECT u.id, (SELECT max(x.n) FROM (SELECT count(*) AS n FROM orders o WHERE o.user_id = u.id) x) FROM users u;')).toHaveLength(1);
    // Unqualified: the catalog proves org_id belongs to users only.
    expect(fire('SELECT id, (SELECT count(*) FROM orders o WHERE o.user_id = org_id) FROM users;')).toHaveLength(1);
  });

  it('accepts an uncorrelated scalar subquery and one whose alias shadows the outer one', () => {
    expect(fire('SELECT u.id, (SELECT count(*) FROM orders) AS total FROM users u;')).toEqual([]);
    expect(fire('SELECT u.id, (SELECT count(*) FROM orders u WHERE u.user_id = 1) FROM users u;')).toEqual([]);
  });

  it('accepts correlation outside the select list and FROM-less subqueries', () => {
    expect(fire('SELECT u.id FROM users u WHERE (SELECT count(*) FROM orders o WHERE o.user_id = u.id) > 5;')).toEqual([]);
    expect(fire("SELECT u.id, (SELECT u.email || 'x') FROM users u;")).toEqual([]);
  });

  it('accepts an outer query that returns one row (key lookup, LIMIT 1, GROUP BY a pinned key)', () => {
    const sub = '(SELECT count(*) FROM orders o WHERE o.user_id = u.id)';
    expect(fire(`SELECT u.id, ${sub} FROM users u WHERE u.id = $1;`)).toEqual([]);
    expect(fire(`SELECT u.id, ${sub} FROM users u ORDER BY u.id LIMIT 1;`)).toEqual([]);
    expect(fire(`SELECT u.id, ${sub} FROM users u LEFT JOIN sessions s ON s.user_id = u.id WHERE u.id = $1 GROUP BY u.id;`)).toEqual([]);
    // org_id is not unique: many users, one run each.
    expect(fire(`SELECT u.id, ${sub} FROM users u WHERE u.org_id = $1;`)).toHaveLength(1);
  });
});

describeQueryExamples(rule, db);
describeDocumentedExamples('correlated-subquery');
