// Query review end to end: real git repositories with sqlc, pgtyped and plain query files,
// reviewed exactly as the CLI does, on a real replay with planner statistics.
import { describe, expect, it } from 'vitest';
import { inlineComment } from '../../src/report/review-comment.js';
import { hits, lines, listFindings, only, reviewPullRequest } from './helpers.js';

const SCHEMA = lines(
  'CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL, org_id bigint NOT NULL,',
  '  created_at timestamptz NOT NULL DEFAULT now());',
  'CREATE UNIQUE INDEX users_email_key ON users (email);',
  'CREATE INDEX users_org_created_idx ON users (org_id, created_at);',
  'CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id),',
  '  total numeric(12,2) NOT NULL, placed_at timestamptz NOT NULL DEFAULT now());',
);
const BASE = { 'db/migrations/0001_schema.sql': SCHEMA };

describe('query review', () => {
  it('reports a changed sqlc query that does not compile, at the line PostgreSQL points to', async () => {
    const review = await reviewPullRequest({
      base: BASE,
      pr: {
        'db/queries/users.sql': lines(
          '-- name: GetUser :one',
          'SELECT id, email FROM users WHERE id = @id;',
          '',
          '-- name: ListUsers :many',
          'SELECT id,',
          '       emial',
          'FROM users WHERE org_id = sqlc.arg(org_id);',
        ),
      },
    });
    const f = only(review, 'query-invalid', 'db/queries/users.sql', 6);
    expect(f.message).toContain('query ListUsers');
    expect(f.message).toContain('column "emial" does not exist');
    expect(review.verdict).toBe('fail');
    expect(review.files.map((x) => [x.path, x.framework, x.status])).toEqual([['db/queries/users.sql', 'sqlc queries', 'added']]);
  });

  it('reports an unchanged query broken by a migration on the statement that broke it', async () => {
    const review = await reviewPullRequest({
      base: {
        ...BASE,
        'db/queries/users.sql': lines('-- name: GetUserByEmail :one', 'SELECT id, email FROM users WHERE email = $1;'),
      },
      pr: { 'db/migrations/0002_drop_email.sql': lines('SELECT 1;', 'ALTER TABLE users DROP COLUMN email;') },
    });
    const f = only(review, 'query-broken-by-migration', 'db/migrations/0002_drop_email.sql', 2);
    expect(f.message).toContain('drops column public.users.email');
    expect(f.message).toContain('query GetUserByEmail (db/queries/users.sql:2)');
    expect(f.severity).toBe('error');
  });

  it('does not report a query the migration leaves compiling', async () => {
    const review = await reviewPullRequest({
      base: { ...BASE, 'db/queries/users.sql': lines('-- name: GetUserByEmail :one', 'SELECT id, email FROM users WHERE email = $1;') },
      pr: { 'db/migrations/0002_add.sql': lines('ALTER TABLE users ADD COLUMN name text;') },
    });
    expect(hits(review, 'query-broken-by-migration')).toEqual([]);
    expect(hits(review, 'query-invalid')).toEqual([]);
  });

  it('suggests an index only when the measured plan improves, with both plans and a migration as the fix', async () => {
    const review = await reviewPullRequest({
      base: BASE,
      pr: {
        'db/queries/orders.sql': lines(
          '-- name: ListOrdersForUser :many',
          'SELECT id, total FROM orders WHERE user_id = @user_id ORDER BY placed_at DESC LIMIT 20;',
          '',
          '-- name: RecentForOrg :many',
          'SELECT id FROM users WHERE org_id = @org_id ORDER BY created_at DESC LIMIT 50;',
        ),
      },
    });
    const f = only(review, 'missing-index-for-query', 'db/queries/orders.sql', 2);
    // The table read in full, its plan, and the index that changes it.
    for (const fact of ['public.orders', 'Seq Scan on orders', 'public.orders (user_id, placed_at)']) expect(f.message).toContain(fact);
    expect(f.message).toMatch(/total cost \d+ -> [\d.]+/);
    expect(f.help).toContain('CREATE INDEX CONCURRENTLY orders_user_id_placed_at_idx ON orders (user_id, placed_at)');
    expect(f.evidence).toContain('Plan before');
    expect(f.fix?.newFiles?.[0]).toMatchObject({ path: 'db/migrations/0002_add_index_orders_user_id_placed_at.sql' });
    // On the pull request the plans are a code block of the inline comment, the migration a collapsed fix.
    const comment = inlineComment(f, '').body;
    expect(comment).toMatch(/```text\nPlan before \(total cost \d+\):\nLimit/);
    expect(comment).toContain('New file `db/migrations/0002_add_index_orders_user_id_placed_at.sql`');
    // The second query is served by the existing composite index: no finding for it.
    expect(hits(review, 'missing-index-for-query').map((h) => h.line)).toEqual([2]);
  });

  it('checks pgtyped and plain query files', async () => {
    const review = await reviewPullRequest({
      base: BASE,
      pr: {
        'src/users/users.query.sql': lines('/* @name FindUser */', 'SELECT id FROM users WHERE email = :email!;', '', '/* @name Broken */', 'SELECT nope FROM users WHERE id = :id;'),
        'db/queries/plain.sql': lines('SELECT count(*) FROM orders WHERE total > $1;', 'SELECT * FROM missing_table;'),
      },
    });
    expect(hits(review, 'query-invalid').map((h) => `${h.file}:${h.line}`), listFindings(review)).toEqual([
      'db/queries/plain.sql:2',
      'src/users/users.query.sql:5',
    ]);
  });

  it('reports a query whose index the pull request drops, on the DROP INDEX', async () => {
    const review = await reviewPullRequest({
      base: { ...BASE, 'db/queries/users.sql': lines('-- name: ByOrg :many', 'SELECT id FROM users WHERE org_id = $1 ORDER BY created_at LIMIT 10;') },
      pr: { 'db/migrations/0002_drop.sql': lines('DROP INDEX CONCURRENTLY users_org_created_idx;') },
    });
    const f = only(review, 'missing-index-for-query', 'db/migrations/0002_drop.sql', 1);
    expect(f.message).toMatch(/users_org_created_idx[^.]*drops/);
    expect(f.evidence).toContain('Plan after');
  });
});

describe('query review of bad input', () => {
  it('reports an unreadable sqlc config with its line and still checks the default query files', async () => {
    const review = await reviewPullRequest({
      base: BASE,
      pr: {
        'sqlc.yaml': lines('version: "2"', 'sql:', '  - queries: [unclosed', '    engine: postgresql'),
        'db/queries/users.sql': lines('-- name: Broken :one', 'SELECT nope FROM users;'),
      },
    });
    expect(review.baseProblems).toEqual([expect.objectContaining({ path: 'sqlc.yaml', line: expect.any(Number), about: 'queries' })]);
    expect(review.baseProblems[0].line).toBeGreaterThanOrEqual(3);
    only(review, 'query-invalid', 'db/queries/users.sql', 2);
  });

  it('reports a binary query file as a syntax error naming the file, and reviews the rest', async () => {
    const review = await reviewPullRequest({
      base: BASE,
      pr: {
        'db/queries/blob.sql': new Uint8Array([0x53, 0x45, 0x4c, 0x00, 0xff, 0xfe, 0x00, 0x01]),
        'db/queries/users.sql': lines('-- name: Ok :one', 'SELECT id FROM users WHERE id = $1;'),
      },
    });
    const f = only(review, 'syntax-error', 'db/queries/blob.sql', 1);
    expect(f.message).toMatch(/binary|NUL|UTF-8/i);
    expect(hits(review, 'query-invalid')).toEqual([]);
  });

  it('honours ignore comments in query files', async () => {
    const review = await reviewPullRequest({
      base: BASE,
      pr: {
        'db/queries/users.sql': lines(
          '-- name: All :many',
          '-- pg-migration-review: ignore select-star -- the admin export wants every column',
          'SELECT * FROM users;',
        ),
      },
    });
    const f = only(review, 'select-star', 'db/queries/users.sql', 3);
    expect(f.ignored).toBe(true);
    expect(f.ignoreReason).toBe('the admin export wants every column');
  });
});
