// non-sargable-predicate on a replayed schema: functions, casts and arithmetic on an indexed column
// in WHERE and JOIN ... ON, judged against the indexes PostgreSQL really has.
import { describe, expect, it } from 'vitest';
import { nonSargablePredicate } from '../../../src/rules/query/non-sargable-predicate.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { expectFinding } from '../helpers.js';
import { PREDICATE_SETUP, check, describeQueryExamples, useReplayedCatalog, type QueryOptions } from './harness.js';

const ID = 'non-sargable-predicate';
const rule = nonSargablePredicate;
const db = useReplayedCatalog(PREDICATE_SETUP);
const fire = (sql: string, extra: QueryOptions = {}) => check(rule, sql, { catalog: db.catalog, ...extra });

describe('non-sargable-predicate', () => {
  it('flags a function on a uniquely indexed column, naming the query, the expression and the index', () => {
    const [f, ...rest] = fire('-- name: FindUser :one\nSELECT id FROM users WHERE lower(email) = lower($1);');
    expect(rest).toEqual([]);
    expectFinding(f, {
      ruleId: ID,
      file: 'queries/users.sql',
      line: 2,
      severity: 'warning',
      verified: 'static',
      mentions: ['FindUser', '`lower(email)`', 'users_email_key', 'users.email'],
      helpMentions: ['CREATE INDEX CONCURRENTLY ON users ((lower(email)));'],
    });
  });

  it('flags a cast and arithmetic on indexed columns, and suggests moving them to the other side', () => {
    const cast = fire('SELECT id FROM users WHERE id::text = $1;');
    expect(cast).toHaveLength(1);
    expectFinding(cast[0], { ruleId: ID, line: 1, mentions: ['cast', 'users.id'], helpMentions: ['(bigint)'] });
    // A timestamptz cast to date is not immutable, so no expression index can take it: the help is a range.
    const day = fire('SELECT id FROM users WHERE created_at::date = $1;');
    expect(day).toHaveLength(1);
    expect(day[0].help).toContain("created_at >= $1 AND created_at < $1 + interval '1 day'");
    expect(day[0].help).not.toContain('CREATE INDEX');
    const arithmetic = fire("SELECT id FROM users WHERE created_at + interval '1 day' > now();");
    expect(arithmetic).toHaveLength(1);
    expectFinding(arithmetic[0], { ruleId: ID, line: 1, mentions: ['users.created_at'], helpMentions: [/arithmetic/] });
    expect(fire('SELECT id FROM users WHERE id + 1 = $1;')).toHaveLength(1);
  });

  it('resolves aliases, reversed comparisons, IN, BETWEEN, coalesce and JOIN ... ON', () => {
    expectFinding(fire("SELECT u.id FROM users u WHERE date_trunc('day', u.created_at) = $1;")[0], { ruleId: ID, mentions: ['users.created_at'] });
    expect(fire('SELECT id FROM users WHERE $1 = lower(email);')).toHaveLength(1);
    expect(fire('SELECT id FROM users WHERE lower(email) IN ($1, $2);')).toHaveLength(1);
    expect(fire('SELECT id FROM users WHERE created_at::date BETWEEN $1 AND $2;')).toHaveLength(1);
    expect(fire('SELECT id FROM users WHERE coalesce(org_id, 0) = $1;')).toHaveLength(1);
    const join = fire('SELECT o.id FROM orders o JOIN users u ON lower(u.email) = o.note WHERE o.id = $1;');
    expect(join).toHaveLength(1);
    expectFinding(join[0], { ruleId: ID, mentions: ['users.email'] });
  });

  it('looks into subqueries and UPDATE/DELETE of query files, not into one-off migration DML', () => {
    expect(fire('SELECT id FROM orders WHERE user_id IN (SELECT id FROM users WHERE lower(email) = $1);')).toHaveLength(1);
    expect(fire("UPDATE users SET bio = '' WHERE lower(email) = $1;")).toHaveLength(1);
    // A backfill runs once: a scan is expected there, and data-migration reports the statement.
    expect(fire("UPDATE users SET bio = '' WHERE lower(email) = 'a@b.c';", { origin: 'migration', file: 'migrations/003.sql' })).toEqual([]);
    expect(fire('DELETE FROM orders WHERE placed_at::date < $1;')).toEqual([]); // placed_at has no index
  });

  it('flags LIKE on a wrapped column only when a pattern-capable index exists', () => {
    expect(fire("SELECT id FROM orders WHERE upper(note) LIKE 'A%';")).toHaveLength(1);
    // users_email_key uses the default operator class: it cannot serve LIKE even on the bare column.
    expect(fire('SELECT id FROM users WHERE lower(email) LIKE $1;')).toEqual([]);
  });

  it('accepts a matching expression index', () => {
    // users_lower_name_idx is pg_get_indexdef's lower((name)::text).
    expect(fire('SELECT id FROM users WHERE lower(name) = lower($1);')).toEqual([]);
  });

  it('accepts casts and functions on the parameter side, and binary-coercible or no-op casts of the column', () => {
    expect(fire('SELECT id FROM users WHERE email = lower($1);')).toEqual([]);
    expect(fire('SELECT id FROM users WHERE created_at >= $1::date;')).toEqual([]);
    expect(fire('SELECT id FROM users WHERE name::text = $1;')).toEqual([]);
    expect(fire('SELECT id FROM users WHERE email::text = $1 AND id::bigint = $2;')).toEqual([]);
  });

  it('ignores a column that only a composite index holds in a later position', () => {
    expect(fire('SELECT id FROM users WHERE score + 1 > $1;')).toEqual([]);
  });

  it('ignores unindexed columns, negations, <>, same-row comparisons and the select list', () => {
    expect(fire('SELECT id FROM users WHERE lower(bio) = $1;')).toEqual([]);
    expect(fire('SELECT id FROM users WHERE NOT (lower(email) = $1);')).toEqual([]);
    expect(fire('SELECT id FROM users WHERE lower(email) <> $1;')).toEqual([]);
    expect(fire('SELECT id FROM users WHERE lower(email) = lower(nickname);')).toEqual([]);
    expect(fire('SELECT lower(email) FROM users WHERE id = $1;')).toEqual([]);
  });

  it('does not resolve names to tables it cannot be sure of', () => {
    expect(fire("WITH users AS (SELECT 1 AS id, 'x' AS email) SELECT id FROM users WHERE lower(email) = $1;")).toEqual([]);
    expect(fire('SELECT id FROM accounts WHERE lower(email) = $1;')).toEqual([]);
  });

  it('judges only changed, parsed queries', () => {
    expect(fire('SELECT id FROM users WHERE lower(email) = $1;', { changed: false })).toEqual([]);
    expect(fire('SELECT id FROM users WHERE lower(email) = $1 AND;')).toEqual([]);
  });
});

describeQueryExamples(rule, db);
describeDocumentedExamples('non-sargable-predicate');
