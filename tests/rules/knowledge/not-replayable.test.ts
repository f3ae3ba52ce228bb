// not-replayable: statements the engine could not run, after which findings are unverified.
import { beforeAll, describe, expect, it } from 'vitest';
import { notReplayable } from '../../../src/rules/knowledge/not-replayable.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { context, expectFinding, file, loadParser, run } from '../helpers.js';

beforeAll(loadParser);

describe('not-replayable', () => {
  it('says what the engine could not run and that later findings are unverified', () => {
    const f = file('SELECT 1;\nCREATE EXTENSION postgis;', {
      path: 'm/3.sql',
      traces: { 1: { outcome: 'not-replayable', error: { code: '0A000', message: 'extension "postgis" is not available' } } },
    });
    const [finding, ...rest] = run(notReplayable, context([f]));
    expect(rest).toEqual([]);
    expectFinding(finding, { ruleId: 'not-replayable', line: 2, severity: 'notice', mentions: ['extension "postgis" is not available', 'unverified', 'm/3.sql'] });
  });
});

describeDocumentedExamples('not-replayable');
