// leading-wildcard-like on a replayed schema: LIKE patterns that start with a wildcard, judged
// against the indexes PostgreSQL really has and the table's size.
import { describe, expect, it } from 'vitest';
import { leadingWildcardLike } from '../../../src/rules/query/leading-wildcard-like.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { expectFinding } from '../helpers.js';
import { PREDICATE_SETUP, check, describeQueryExamples, useReplayedCatalog, type QueryOptions } from './harness.js';

const ID = 'leading-wildcard-like';
const rule = leadingWildcardLike;
const db = useReplayedCatalog(PREDICATE_SETUP);
const fire = (sql: string, extra: QueryOptions = {}, largeTableRows?: number) =>
  check(rule, sql, { catalog: db.catalog, ...extra }, largeTableRows ? { largeTableRows } : {});

describe('leading-wildcard-like', () => {
  it("flags '%' || $1 on a btree-indexed column, with a trigram index as the fix", () => {
    const [f, ...rest] = fire("-- name: SearchUsers :many\nSELECT id FROM users WHERE email LIKE '%' || $1 || '%';");
    expect(rest).toEqual([]);
    expectFinding(f, {
      ruleId: ID,
      line: 2,
      severity: 'warning',
      mentions: ['SearchUsers', "users.email LIKE '%' || $1 || '%'", 'users_email_key'],
      helpMentions: ['CREATE INDEX CONCURRENTLY ON users USING gin (email gin_trgm_ops)'],
    });
  });

  it('flags constant patterns starting with % or _, ILIKE, ~~, concat() and ESCAPE', () => {
    expectFinding(fire("SELECT id FROM users WHERE email ILIKE '%foo%';")[0], { ruleId: ID, mentions: ['ILIKE'] });
    expect(fire("SELECT u.id FROM users u WHERE u.email ~~ '_abc';")).toHaveLength(1);
    expect(fire("SELECT id FROM users WHERE email LIKE concat('%', $1::text);")).toHaveLength(1);
    expect(fire("SELECT id FROM users WHERE email LIKE '%a!%' ESCAPE '!';")).toHaveLength(1);
    expect(fire("SELECT id FROM users WHERE name LIKE '%' || $1;")).toHaveLength(1); // varchar column, btree on name
  });

  it('flags an unindexed column of a large table, and not of a small one', () => {
    const big = fire("SELECT id FROM events WHERE payload LIKE '%' || $1 || '%';", { tableRows: { 'public.events': 2_000_000 } });
    expect(big).toHaveLength(1);
    expectFinding(big[0], { ruleId: ID, mentions: ['events.payload', '2,000,000 rows'] });
    expect(fire("SELECT id FROM events WHERE payload LIKE '%' || $1;", { tableRows: { 'public.events': 10 } })).toEqual([]);
    expect(fire("SELECT id FROM events WHERE payload LIKE '%' || $1;", { tableRows: { 'public.events': 10 } }, 5)).toHaveLength(1);
  });

  it('accepts anchored patterns and parameters it cannot see', () => {
    expect(fire("SELECT id FROM users WHERE email LIKE $1 || '%';")).toEqual([]);
    expect(fire("SELECT id FROM users WHERE email LIKE 'abc%';")).toEqual([]);
    expect(fire('SELECT id FROM users WHERE email LIKE $1;')).toEqual([]);
  });

  it('accepts a column with a trigram index', () => {
    expect(fire("SELECT id FROM users WHERE nickname ILIKE '%' || $1 || '%';")).toEqual([]);
  });

  it('ignores unindexed columns of tables of unknown size, NOT LIKE and the select list', () => {
    expect(fire("SELECT id FROM users WHERE bio LIKE '%x';")).toEqual([]);
    expect(fire("SELECT id FROM users WHERE email NOT LIKE '%x';")).toEqual([]);
    expect(fire("SELECT email LIKE '%x' AS m FROM users WHERE id = $1;")).toEqual([]);
  });
});

describeQueryExamples(rule, db);
describeDocumentedExamples('leading-wildcard-like');
