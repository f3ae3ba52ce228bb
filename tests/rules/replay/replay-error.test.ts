// replay-error: statements PostgreSQL rejected when the migration was replayed.
import { beforeAll, describe, expect, it } from 'vitest';
import { replayError } from '../../../src/rules/replay/replay-error.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { context, expectFinding, file, loadParser, run } from '../helpers.js';

beforeAll(loadParser);

const ID = 'replay-error';

describe('replay-error', () => {
  it("reports SQLSTATE and PostgreSQL's message at the error position's line", () => {
    const sql = 'CREATE TABLE a (id int);\nCREATE INDEX i\n  ON missing (a);\n';
    const f = file(sql, {
      traces: { 0: {}, 1: { outcome: 'error', error: { code: '42P01', message: 'relation "missing" does not exist', position: 20 } } },
    });
    const [finding, ...rest] = run(replayError, context([f]));
    expect(rest).toEqual([]);
    expectFinding(finding, { ruleId: ID, line: 3, severity: 'error', verified: 'replay', mentions: ['42P01', 'relation "missing" does not exist'] });
  });

  it('is suppressed after a not-replayable statement in the file', () => {
    const sql = 'CREATE EXTENSION postgis;\nCREATE TABLE g (p geometry);\n';
    const f = file(sql, {
      gapFrom: 1,
      traces: { 0: { outcome: 'not-replayable' }, 1: { outcome: 'error', error: { code: '42704', message: 'type "geometry" does not exist' } } },
    });
    expect(run(replayError, context([f]))).toEqual([]);
  });

  it('reports a statement stopped by the time bound', () => {
    const f = file('UPDATE big SET a = 1;', { traces: { 0: { outcome: 'timeout' } } });
    const [finding] = run(replayError, context([f], { config: { statementTimeoutMs: 5000 } }));
    expectFinding(finding, { ruleId: ID, line: 1, mentions: ['5000 ms'] });
  });

  it('is silent on statements that replayed or were not replayed', () => {
    const f = file('SELECT 1;\nSELECT 2;', { traces: { 0: { outcome: 'ok' } } });
    expect(run(replayError, context([f]))).toEqual([]);
  });
});

describeDocumentedExamples('replay-error');
