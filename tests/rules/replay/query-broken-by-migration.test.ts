// query-broken-by-migration on hand-built probes: an unchanged query that compiled on the base
// schema and does not after the migrations; tests/e2e/queries.test.ts runs it on PGlite.
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryProbe, ReviewedQuery } from '../../../src/core/query-types.js';
import { queryBrokenByMigration } from '../../../src/rules/replay/query-broken-by-migration.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { catalog, column, context, expectFinding, file, index, loadParser, parseStatements, run, table } from '../helpers.js';

beforeAll(loadParser);

const ID = 'query-broken-by-migration';
const users = table('users', { columns: [column('id', 'bigint'), column('email', 'text', 2)], indexes: [index('users', 'users_email_idx', ['email'])] });
const usersNoEmail = table('users', { columns: [column('id', 'bigint')] });
const missingColumn: QueryProbe = { ok: false, error: { code: '42703', message: 'column "emial" does not exist', position: 18 } };

function query(sql: string, over: Partial<ReviewedQuery> = {}): ReviewedQuery {
  // Two blank lines first: the query starts on line 3 of its file.
  const [statement] = parseStatements(`\n\n${sql}`);
  return { origin: 'query-file', file: 'db/queries/users.sql', name: 'GetUser', statement, changed: true, catalog: catalog(users), tableRows: { 'public.users': 1_000_000 }, ...over };
}

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
    // The column dropped, the query it breaks and where that query is.
    expectFinding(f, { ruleId: ID, file: 'db/migrations/0002_drop.sql', line: 2, severity: 'error', mentions: ['drops column public.users.email', 'GetUser', 'db/queries/users.sql:3'] });
  });

  it('falls back to the query when no replayed statement explains it', () => {
    const [f] = run(queryBrokenByMigration, { ...context([]), queries: [broken()] });
    expectFinding(f, { ruleId: ID, file: 'db/queries/users.sql', line: 3, mentions: ['GetUser', 'base schema'] });
  });

  it('does not report a query that already failed on the base schema, or a changed one', () => {
    const queries = [
      query('SELECT email FROM users;', { changed: false, base: missingColumn, head: missingColumn }),
      query('SELECT email FROM users;', { changed: true, base: { ok: true }, head: missingColumn }),
    ];
    expect(run(queryBrokenByMigration, { ...context([]), queries })).toEqual([]);
  });
});

describeDocumentedExamples('query-broken-by-migration');
