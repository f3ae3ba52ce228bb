// query-invalid on hand-built probes (what PREPARE showed); tests/e2e/queries.test.ts runs it on PGlite.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanSummary, QueryProbe, ReviewedQuery } from '../../../src/core/query-types.js';
import { queryInvalid } from '../../../src/rules/replay/query-invalid.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { catalog, column, context, expectFinding, index, loadParser, parseStatements, run, table } from '../helpers.js';

beforeAll(loadParser);

const ID = 'query-invalid';
const users = table('users', { columns: [column('id', 'bigint'), column('email', 'text', 2)], indexes: [index('users', 'users_email_idx', ['email'])] });
const seqScan: PlanSummary = { totalCost: 12501, nodes: [{ type: 'Seq Scan', relation: 'public.users', totalCost: 12501, rows: 5000, depth: 0 }] };
const missingColumn: QueryProbe = { ok: false, error: { code: '42703', message: 'column "emial" does not exist', position: 18 } };

function query(sql: string, over: Partial<ReviewedQuery> = {}): ReviewedQuery {
  // Two blank lines first: the query starts on line 3 of its file.
  const [statement] = parseStatements(`\n\n${sql}`);
  return { origin: 'query-file', file: 'db/queries/users.sql', name: 'GetUser', statement, changed: true, catalog: catalog(users), tableRows: { 'public.users': 1_000_000 }, ...over };
}

describe('query-invalid', () => {
  it('reports a changed query that fails to compile at the line of the error position', () => {
    const q = query('SELECT id,\n  emial FROM users WHERE id = $1;', { head: missingColumn });
    const [f, ...rest] = run(queryInvalid, { ...context([]), queries: [q] });
    expect(rest).toEqual([]);
    // The query's name, and PostgreSQL's error with its SQLSTATE.
    expectFinding(f, { ruleId: ID, file: 'db/queries/users.sql', line: 4, severity: 'error', verified: 'replay', mentions: ['GetUser', '42703', 'column "emial" does not exist'] });
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

describeDocumentedExamples('query-invalid');
