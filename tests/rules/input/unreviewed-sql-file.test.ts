// unreviewed-sql-file: changed .sql files that are neither migrations nor query files keep a review
// from passing silently. End-to-end cases are in tests/e2e/silent-pass.test.ts.
import { describe, expect, it } from 'vitest';
import { unreviewedSqlFile } from '../../../src/rules/input/unreviewed-sql-file.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { context, expectFinding, run } from '../helpers.js';

describe('unreviewed-sql-file', () => {
  it('lists every unreviewed .sql file in one finding, at the first, and says how to include them', () => {
    const ctx = { ...context([]), unreviewedSqlFiles: ['db/schema/views.sql', 'scripts/fix.sql'] };
    const [finding, ...rest] = run(unreviewedSqlFile, ctx);
    expect(rest).toEqual([]);
    expectFinding(finding, {
      ruleId: 'unreviewed-sql-file',
      file: 'db/schema/views.sql',
      severity: 'warning',
      mentions: ['2 .sql files', 'db/schema/views.sql, scripts/fix.sql'],
      helpMentions: ['migrations:', 'queries:'],
    });
  });

  it('is silent when every changed .sql file was reviewed', () => {
    expect(run(unreviewedSqlFile, context([]))).toEqual([]);
    expect(run(unreviewedSqlFile, { ...context([]), unreviewedSqlFiles: [] })).toEqual([]);
  });
});

describeDocumentedExamples('unreviewed-sql-file');
