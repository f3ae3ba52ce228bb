// select-star on a replayed schema: * in what a query file returns.
import { describe, expect, it } from 'vitest';
import { selectStar } from '../../../src/rules/query/select-star.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { expectFinding } from '../helpers.js';
import { STATEMENT_SETUP, check, describeQueryExamples, useReplayedCatalog, type QueryOptions } from './harness.js';

const ID = 'select-star';
const rule = selectStar;
const db = useReplayedCatalog(STATEMENT_SETUP);
const fire = (sql: string, extra: QueryOptions = {}) => check(rule, sql, { catalog: db.catalog, ...extra });
const migration: QueryOptions = { origin: 'migration', file: 'migrations/004_backfill.sql' };

describe('select-star', () => {
  it('flags * over a table and lists its columns in the help', () => {
    const [f, ...rest] = fire('-- name: GetUser :one\nSELECT * FROM users WHERE id = $1;');
    expect(rest).toEqual([]);
    expectFinding(f, { ruleId: ID, line: 2, severity: 'notice', mentions: ['GetUser', '*', 'users'], helpMentions: ['SELECT id, email, org_id FROM users'] });
  });

  it('flags t.*, a final SELECT over a CTE that selects *, UNION arms once, and INSERT ... SELECT *', () => {
    expectFinding(fire('SELECT u.* FROM users u JOIN orders o ON o.user_id = u.id;')[0], { ruleId: ID, line: 1, mentions: ['u.*', 'users u'] });
    expect(fire('WITH recent AS (SELECT * FROM orders) SELECT * FROM recent;')).toHaveLength(1);
    expect(fire('SELECT * FROM users UNION ALL SELECT * FROM users;')).toHaveLength(1);
    expect(fire('INSERT INTO users_archive SELECT * FROM users WHERE org_id = $1;')).toHaveLength(1);
  });

  it('accepts count(*), EXISTS (SELECT *), RETURNING *, stars inside a CTE and over explicit subqueries', () => {
    expect(fire('SELECT count(*) FROM users;')).toEqual([]);
    expect(fire('SELECT u.id FROM users u WHERE EXISTS (SELECT * FROM orders o WHERE o.user_id = u.id);')).toEqual([]);
    expect(fire('DELETE FROM sessions WHERE id = $1 RETURNING *;')).toEqual([]);
    expect(fire('INSERT INTO users (email) VALUES ($1) RETURNING *;')).toEqual([]);
    expect(fire('WITH recent AS (SELECT * FROM orders) SELECT id FROM recent;')).toEqual([]);
    expect(fire('WITH recent AS (SELECT id, placed_at FROM orders) SELECT * FROM recent;')).toEqual([]);
    expect(fire('SELECT * FROM (SELECT id, email FROM users) s;')).toEqual([]);
  });

  it('applies to query files only', () => {
    expect(fire('INSERT INTO users_archive SELECT * FROM users;', migration)).toEqual([]);
  });
});

describeQueryExamples(rule, db);
describeDocumentedExamples('select-star');
