// non-sargable-predicate and leading-wildcard-like on a replayed schema: they judge WHERE and
// JOIN ... ON predicates against the indexes PostgreSQL really has.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/core/catalog.js';
import type { ReplaySession } from '../../../src/replay/index.js';
import { nonSargablePredicate } from '../../../src/rules/query/non-sargable-predicate.js';
import { leadingWildcardLike } from '../../../src/rules/query/leading-wildcard-like.js';
import { check, replayedCatalog, type QueryOptions } from './harness.js';

const SETUP = `
CREATE EXTENSION pg_trgm;
CREATE TABLE users (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text NOT NULL,
  name varchar(100),
  nickname text,
  bio text,
  org_id bigint,
  score integer,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (email);
CREATE INDEX users_name_idx ON users (name);
CREATE INDEX users_lower_name_idx ON users (lower(name));
CREATE INDEX users_nickname_idx ON users (nickname);
CREATE INDEX users_nickname_trgm_idx ON users USING gin (nickname gin_trgm_ops);
CREATE INDEX users_org_score_idx ON users (org_id, score);
CREATE INDEX users_created_at_idx ON users (created_at);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL, note text, placed_at timestamptz NOT NULL);
CREATE INDEX orders_user_id_idx ON orders (user_id);
CREATE INDEX orders_note_pattern_idx ON orders (note text_pattern_ops);
CREATE TABLE events (id bigint PRIMARY KEY, payload text NOT NULL);
`;

let session: ReplaySession;
let catalog: Catalog;

beforeAll(async () => {
  ({ session, catalog } = await replayedCatalog(SETUP));
});
afterAll(async () => {
  await session?.close();
});

const opts = (extra: QueryOptions = {}): QueryOptions => ({ catalog, ...extra });

describe('non-sargable-predicate', () => {
  const fire = (sql: string, extra?: QueryOptions) => check(nonSargablePredicate, sql, opts(extra));

  it('flags a function on a uniquely indexed column, naming the query, the expression and the index', () => {
    const [f, ...rest] = fire('-- name: FindUser :one\nSELECT id FROM users WHERE lower(email) = lower($1);');
    expect(rest).toEqual([]);
    expect(f.message).toContain('Query FindUser');
    expect(f.message).toContain('`lower(email)`');
    expect(f.message).toContain('users_email_key');
    expect(f.message).toContain('users.email');
    expect(f.help).toContain('CREATE INDEX CONCURRENTLY ON users ((lower(email)));');
    expect(f.file).toBe('queries/users.sql');
    expect(f.statement?.span.line).toBe(2);
    expect(f.verified).toBe('static');
  });

  it('flags a cast and arithmetic on indexed columns, and suggests moving them to the other side', () => {
    const cast = fire('SELECT id FROM users WHERE id::text = $1;');
    expect(cast).toHaveLength(1);
    expect(cast[0].message).toContain('cast');
    expect(cast[0].help).toMatch(/Cast the other side to the column's type \(bigint\)/);
    // A timestamptz cast to date is not immutable, so no expression index can take it: the help is a range.
    const day = fire('SELECT id FROM users WHERE created_at::date = $1;');
    expect(day).toHaveLength(1);
    expect(day[0].help).toContain("created_at >= $1 AND created_at < $1 + interval '1 day'");
    expect(day[0].help).not.toContain('CREATE INDEX');
    const arithmetic = fire("SELECT id FROM users WHERE created_at + interval '1 day' > now();");
    expect(arithmetic).toHaveLength(1);
    expect(arithmetic[0].help).toMatch(/Move the arithmetic/);
    expect(fire('SELECT id FROM users WHERE id + 1 = $1;')).toHaveLength(1);
  });

  it('resolves aliases, reversed comparisons, IN, BETWEEN, coalesce and JOIN ... ON', () => {
    expect(fire("SELECT u.id FROM users u WHERE date_trunc('day', u.created_at) = $1;")[0].message).toContain('users.created_at');
    expect(fire('SELECT id FROM users WHERE $1 = lower(email);')).toHaveLength(1);
    expect(fire('SELECT id FROM users WHERE lower(email) IN ($1, $2);')).toHaveLength(1);
    expect(fire('SELECT id FROM users WHERE created_at::date BETWEEN $1 AND $2;')).toHaveLength(1);
    expect(fire('SELECT id FROM users WHERE coalesce(org_id, 0) = $1;')).toHaveLength(1);
    const join = fire('SELECT o.id FROM orders o JOIN users u ON lower(u.email) = o.note WHERE o.id = $1;');
    expect(join).toHaveLength(1);
    expect(join[0].message).toContain('users.email');
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

describe('leading-wildcard-like', () => {
  const fire = (sql: string, extra?: QueryOptions, largeTableRows?: number) =>
    check(leadingWildcardLike, sql, opts(extra), largeTableRows ? { largeTableRows } : {});

  it("flags '%' || $1 on a btree-indexed column, with a trigram index as the fix", () => {
    const [f, ...rest] = fire("-- name: SearchUsers :many\nSELECT id FROM users WHERE email LIKE '%' || $1 || '%';");
    expect(rest).toEqual([]);
    expect(f.message).toContain('Query SearchUsers');
    expect(f.message).toContain("users.email LIKE '%' || $1 || '%'");
    expect(f.message).toContain('users_email_key');
    expect(f.help).toContain('CREATE INDEX CONCURRENTLY ON users USING gin (email gin_trgm_ops)');
  });

  it('flags constant patterns starting with % or _, ILIKE, ~~, concat() and ESCAPE', () => {
    expect(fire("SELECT id FROM users WHERE email ILIKE '%foo%';")[0].message).toContain('ILIKE');
    expect(fire("SELECT u.id FROM users u WHERE u.email ~~ '_abc';")).toHaveLength(1);
    expect(fire("SELECT id FROM users WHERE email LIKE concat('%', $1::text);")).toHaveLength(1);
    expect(fire("SELECT id FROM users WHERE email LIKE '%a!%' ESCAPE '!';")).toHaveLength(1);
    expect(fire("SELECT id FROM users WHERE name LIKE '%' || $1;")).toHaveLength(1); // varchar column, btree on name
  });

  it('flags an unindexed column of a large table, and not of a small one', () => {
    const big = fire("SELECT id FROM events WHERE payload LIKE '%' || $1 || '%';", { tableRows: { 'public.events': 2_000_000 } });
    expect(big).toHaveLength(1);
    expect(big[0].message).toContain('2,000,000 rows');
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
