// The query rules that read what PREPARE and EXPLAIN showed: query-invalid, query-broken-by-migration
// and missing-index-for-query, on hand-built probes (the end-to-end tests run them on PGlite).
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanSummary, QueryProbe, ReviewedQuery } from '../../src/core/query-types.js';
import { queryInvalid } from '../../src/rules/replay/query-invalid.js';
import { queryBrokenByMigration } from '../../src/rules/replay/query-broken-by-migration.js';
import { missingIndexForQuery } from '../../src/rules/query/missing-index-for-query.js';
import { baseMigration, catalog, column, context, file, index, loadParser, parseStatements, run, table } from './helpers.js';

beforeAll(loadParser);

const users = table('users', { columns: [column('id', 'bigint'), column('email', 'text', 2)], indexes: [index('users', 'users_email_idx', ['email'])] });
const usersNoEmail = table('users', { columns: [column('id', 'bigint')] });
const usersNoIndex = table('users', { columns: [column('id', 'bigint'), column('email', 'text', 2)] });

const seqScan: PlanSummary = { totalCost: 12501, nodes: [{ type: 'Seq Scan', relation: 'public.users', totalCost: 12501, rows: 5000, depth: 0 }] };
const indexScan: PlanSummary = { totalCost: 8.4, nodes: [{ type: 'Index Scan', relation: 'public.users', index: 'users_email_idx', totalCost: 8.4, rows: 1, depth: 0 }] };

function query(sql: string, over: Partial<ReviewedQuery> & { head?: QueryProbe } = {}): ReviewedQuery {
  // Two blank lines first: the query starts on line 3 of its file.
  const [statement] = parseStatements(`\n\n${sql}`);
  return { origin: 'query-file', file: 'db/queries/users.sql', name: 'GetUser', statement, changed: true, catalog: catalog(users), tableRows: { 'public.users': 1_000_000 }, ...over };
}

const missingColumn: QueryProbe = { ok: false, error: { code: '42703', message: 'column "emial" does not exist', position: 18 } };

describe('query-invalid', () => {
  it('reports a changed query that fails to compile at the line of the error position', () => {
    const q = query('SELECT id,\n  emial FROM users WHERE id = $1;', { head: missingColumn });
    const [f, ...rest] = run(queryInvalid, { ...context([]), queries: [q] });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ file: 'db/queries/users.sql', line: 4, verified: 'replay' });
    expect(f.message).toBe('query GetUser does not compile against the schema after this pull request: ERROR 42703: column "emial" does not exist');
  });

  it('stays quiet for unchanged queries, migration DML, and parameters PostgreSQL cannot type alone', () => {
    const queries = [
      query('SELECT emial FROM users;', { head: missingColumn, changed: false }),
      query('UPDATE users SET emial = 1;', { head: missingColumn, origin: 'migration' }),
      query('SELECT $1;', { head: { ok: false, error: { code: '42P18', message: 'could not determine data type of parameter $1' } } }),
      query('SELECT id FROM users;', { head: { ok: true, plan: seqScan } }),
    ];
    expect(run(queryInvalid, { ...context([]), queries })).toEqual([]);
  });
});

describe('query-broken-by-migration', () => {
  const broken = (): ReviewedQuery => query('SELECT id, email FROM users WHERE email = $1;', { changed: false, base: { ok: true }, head: missingColumn });

  it('points at the migration statement that dropped the column the query reads', () => {
    const migration = file('SELECT 1;\nALTER TABLE users DROP COLUMN email;', {
      path: 'db/migrations/0002_drop.sql',
      steps: [catalog(users), catalog(users), catalog(usersNoEmail)],
      traces: { 0: {}, 1: {} },
    });
    const [f, ...rest] = run(queryBrokenByMigration, { ...context([migration]), queries: [broken()] });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ file: 'db/migrations/0002_drop.sql', line: 2 });
    expect(f.message).toContain('drops column public.users.email, which breaks query GetUser (db/queries/users.sql:3)');
  });

  it('falls back to the query when no replayed statement explains it', () => {
    const [f] = run(queryBrokenByMigration, { ...context([]), queries: [broken()] });
    expect(f).toMatchObject({ file: 'db/queries/users.sql', line: 3 });
    expect(f.message).toContain('compiled against the base schema but not after');
  });

  it('does not report a query that already failed on the base schema, or a changed one', () => {
    const queries = [
      query('SELECT email FROM users;', { changed: false, base: missingColumn, head: missingColumn }),
      query('SELECT email FROM users;', { changed: true, base: { ok: true }, head: missingColumn }),
    ];
    expect(run(queryBrokenByMigration, { ...context([]), queries })).toEqual([]);
  });
});

describe('missing-index-for-query', () => {
  it('shows the measured plans and adds the index in a new migration after the last one', () => {
    const q = query('SELECT id FROM users WHERE email = $1;', {
      head: { ok: true, plan: seqScan },
      catalog: catalog(usersNoIndex),
      advice: {
        indexes: [{ name: 'users_email_idx', table: 'public.users', columns: ['email'], include: [], definition: 'CREATE INDEX CONCURRENTLY users_email_idx ON users (email);' }],
        before: seqScan,
        after: indexScan,
      },
    });
    const ctx = { ...context([], { baseHistory: [baseMigration('db/migrations/0001_init.sql', [1])] }), queries: [q] };
    const [f] = run(missingIndexForQuery, ctx);
    expect(f.message).toBe(
      'query GetUser reads public.users in full (Seq Scan on users (cost 12501, 5,000 rows); public.users planned for 1,000,000 rows). ' +
        'An index on public.users (email), built and planned on the replayed schema, changes it to Index Scan using users_email_idx on users ' +
        '(cost 8.40, 1 row): total cost 12501 -> 8.40 (1,488x cheaper).',
    );
    expect(f.draft.evidence).toContain('Plan before (total cost 12501):\nSeq Scan on users');
    expect(f.draft.fix?.newFiles).toEqual([{ path: 'db/migrations/0002_add_index_users_email.sql', content: 'CREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n' }]);
  });

  it('reports a plan regression on the statement that drops the index the query used', () => {
    const q = query('SELECT id FROM users WHERE email = $1;', { changed: false, regression: { index: 'users_email_idx', before: indexScan, after: seqScan } });
    const migration = file('DROP INDEX users_email_idx;', { path: 'db/migrations/0002_drop.sql', steps: [catalog(users), catalog(usersNoIndex)], traces: { 0: {} } });
    const [f] = run(missingIndexForQuery, { ...context([migration]), queries: [q] });
    expect(f).toMatchObject({ file: 'db/migrations/0002_drop.sql', line: 1 });
    expect(f.message).toContain('used index users_email_idx, which this pull request drops');
    expect(f.message).toContain('total cost 8.40 -> 12501');
  });

  it('says nothing without a measured improvement', () => {
    const q = query('SELECT id FROM users WHERE email = $1;', { head: { ok: true, plan: seqScan } });
    expect(run(missingIndexForQuery, { ...context([]), queries: [q] })).toEqual([]);
  });
});

