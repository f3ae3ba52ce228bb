// Rules that keep a review from passing silently or from blaming the pull request for what the
// review cannot know: unreviewed .sql files, and statements a history gap explains. End-to-end
// cases (real repositories, real replay) are in tests/e2e/silent-pass.test.ts and base-schema.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { unreviewedSqlFile } from '../../src/rules/input/unreviewed-sql-file.js';
import { incompleteHistory } from '../../src/rules/knowledge/incomplete-history.js';
import type { ReviewedStatement } from '../../src/core/review-types.js';
import { context, file, loadParser, run } from './helpers.js';

beforeAll(loadParser);

describe('unreviewed-sql-file', () => {
  it('lists every unreviewed .sql file in one finding, at the first, and says how to include them', () => {
    const ctx = { ...context([]), unreviewedSqlFiles: ['db/schema/views.sql', 'scripts/fix.sql'] };
    const [finding, ...rest] = run(unreviewedSqlFile, ctx);
    expect(rest).toEqual([]);
    expect(finding.file).toBe('db/schema/views.sql');
    expect(finding.message).toContain('2 .sql files');
    expect(finding.message).toContain('db/schema/views.sql, scripts/fix.sql');
    expect(finding.help).toContain('migrations:');
    expect(finding.help).toContain('queries:');
  });

  it('is silent when every changed .sql file was reviewed', () => {
    expect(run(unreviewedSqlFile, context([]))).toEqual([]);
    expect(run(unreviewedSqlFile, { ...context([]), unreviewedSqlFiles: [] })).toEqual([]);
  });
});

describe('incomplete-history', () => {
  const failing = (gap: ReviewedStatement['knowledgeGap']) => {
    const f = file('ALTER TABLE trackerevent ADD COLUMN x int;\nALTER TABLE trackerevent ADD COLUMN y int;', {
      traces: {
        0: { outcome: 'error', error: { code: '42P01', message: 'relation "trackerevent" does not exist' } },
        1: { outcome: 'error', error: { code: '42P01', message: 'relation "trackerevent" does not exist' } },
      },
    });
    for (const s of f.statements) s.knowledgeGap = gap;
    return f;
  };

  it('reports the first statement a history gap explains, once, with the base-schema advice', () => {
    const gap = { kind: 'history' as const, path: 'db/V2_31_1__init.sql', line: 19, detail: 'relation "program" does not exist' };
    const [finding, ...rest] = run(incompleteHistory, context([failing(gap)]));
    expect(rest).toEqual([]);
    expect(finding.line).toBe(1);
    expect(finding.message).toContain('ERROR 42P01');
    expect(finding.message).toContain('db/V2_31_1__init.sql:19');
    expect(finding.help).toContain('base-schema');
  });

  it('names the code migration a failure may follow from, unless that migration is under review itself', () => {
    const gap = { kind: 'code' as const, path: 'migrations/0036_external_job_id.go', line: 1, detail: 'Go' };
    const [finding] = run(incompleteHistory, context([failing(gap)]));
    expect(finding.message).toContain('after migrations/0036_external_job_id.go, a Go migration the review cannot run');
    const goFile = { ...file(''), source: { ...file('').source, path: 'migrations/0036_external_job_id.go', code: 'go' as const } };
    expect(run(incompleteHistory, context([goFile, failing(gap)]))).toEqual([]);
  });

  it('is silent without a gap', () => {
    expect(run(incompleteHistory, context([failing(undefined)]))).toEqual([]);
  });
});
