// incomplete-history: statements a history gap explains are reported once, not as replay-errors.
// End-to-end cases (real repositories, real replay) are in tests/e2e/base-schema.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReviewedStatement } from '../../../src/core/review-types.js';
import { incompleteHistory } from '../../../src/rules/knowledge/incomplete-history.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { context, expectFinding, file, loadParser, run } from '../helpers.js';

beforeAll(loadParser);

const ID = 'incomplete-history';

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
    expectFinding(finding, { ruleId: ID, line: 1, severity: 'warning', mentions: ['42P01', 'db/V2_31_1__init.sql:19'], helpMentions: ['base-schema'] });
  });

  it('names the code migration a failure may follow from, unless that migration is under review itself', () => {
    const gap = { kind: 'code' as const, path: 'migrations/0036_external_job_id.go', line: 1, detail: 'Go' };
    const [finding] = run(incompleteHistory, context([failing(gap)]));
    expectFinding(finding, { ruleId: ID, line: 1, mentions: ['migrations/0036_external_job_id.go', 'Go migration'] });
    const goFile = { ...file(''), source: { ...file('').source, path: 'migrations/0036_external_job_id.go', code: 'go' as const } };
    expect(run(incompleteHistory, context([goFile, failing(gap)]))).toEqual([]);
  });

  it('is silent without a gap', () => {
    expect(run(incompleteHistory, context([failing(undefined)]))).toEqual([]);
  });
});

describeDocumentedExamples('incomplete-history');
