// missing-index-for-query on hand-built probes (the plans EXPLAIN measured); tests/e2e/queries.test.ts runs it on PGlite.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanSummary, QueryProbe, ReviewedQuery } from '../../../src/core/query-types.js';
import { missingIndexForQuery } from '../../../src/rules/query/missing-index-for-query.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { baseMigration, catalog, column, context, expectFinding, file, index, loadParser, parseStatements, run, table } from '../helpers.js';

beforeAll(loadParser);

const ID = 'missing-index-for-query';
const users = table('users', { columns: [column('id', 'bigint'), column('email', 'text', 2)], indexes: [index('users', 'users_email_idx', ['email'])] });
const usersNoIndex = table('users', { columns: [column('id', 'bigint'), column('email', 'text', 2)] });
const seqScan: PlanSummary = { totalCost: 12501, nodes: [{ type: 'Seq Scan', relation: 'public.users', totalCost: 12501, rows: 5000, depth: 0 }] };
const indexScan: PlanSummary = { totalCost: 8.4, nodes: [{ type: 'Index Scan', relation: 'public.users', index: 'users_email_idx', totalCost: 8.4, rows: 1, depth: 0 }] };

function query(sql: string, over: Partial<ReviewedQuery> & { head?: QueryProbe } = {}): ReviewedQuery {
  // Two blank lines first: the query starts on line 3 of its file.
  const [statement] = parseStatements(`\n\n${sql}`);
  return { origin: 'query-file', file: 'db/queries/users.sql', name: 'GetUser', statement, changed: true, catalog: catalog(users), tableRows: { 'public.users': 1_000_000 }, ...over };
}

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
    // The query, the table it reads in full and its planned rows, the index, both plans and their costs.
    expectFinding(f, {
      ruleId: ID,
      file: 'db/queries/users.sql',
      line: 3,
      severity: 'warning',
      mentions: ['GetUser', 'public.users', 'Seq Scan on users', '1,000,000 rows', 'public.users (email)', 'Index Scan using users_email_idx', '12501 -> 8.40', '1,488x'],
    });
    expect(f.draft.evidence).toContain('Plan before (total cost 12501):\nSeq Scan on users');
    expect(f.draft.fix?.newFiles).toEqual([{ path: 'db/migrations/0002_add_index_users_email.sql', content: 'CREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n' }]);
  });

  it('reports a plan regression on the statement that drops the index the query used', () => {
    const q = query('SELECT id FROM users WHERE email = $1;', { changed: false, regression: { index: 'users_email_idx', before: indexScan, after: seqScan } });
    const migration = file('DROP INDEX users_email_idx;', { path: 'db/migrations/0002_drop.sql', steps: [catalog(users), catalog(usersNoIndex)], traces: { 0: {} } });
    const [f] = run(missingIndexForQuery, { ...context([migration]), queries: [q] });
    expectFinding(f, { ruleId: ID, file: 'db/migrations/0002_drop.sql', line: 1, mentions: ['users_email_idx', /drops/, '8.40 -> 12501'] });
  });

  it('says nothing without a measured improvement', () => {
    const q = query('SELECT id FROM users WHERE email = $1;', { head: { ok: true, plan: seqScan } });
    expect(run(missingIndexForQuery, { ...context([]), queries: [q] })).toEqual([]);
  });
});

describeDocumentedExamples('missing-index-for-query');
