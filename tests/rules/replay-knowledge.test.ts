import { beforeAll, describe, expect, it } from 'vitest';
import { replayError } from '../../src/rules/replay/replay-error.js';
import { notReplayable } from '../../src/rules/knowledge/not-replayable.js';
import { context, file, loadParser, run } from './helpers.js';

beforeAll(loadParser);

describe('replay-error', () => {
  it("reports SQLSTATE and PostgreSQL's message at the error position's line", () => {
    const sql = 'CREATE TABLE a (id int);\nCREATE INDEX i\n  ON missing (a);\n';
    const f = file(sql, {
      traces: { 0: {}, 1: { outcome: 'error', error: { code: '42P01', message: 'relation "missing" does not exist', position: 20 } } },
    });
    const [finding, ...rest] = run(replayError, context([f]));
    expect(rest).toEqual([]);
    expect(finding.line).toBe(3);
    expect(finding.message).toContain('ERROR 42P01: relation "missing" does not exist');
    expect(finding.verified).toBe('replay');
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
    expect(finding.message).toContain('5000 ms');
  });

  it('is silent on statements that replayed or were not replayed', () => {
    const f = file('SELECT 1;\nSELECT 2;', { traces: { 0: { outcome: 'ok' } } });
    expect(run(replayError, context([f]))).toEqual([]);
  });
});

describe('not-replayable', () => {
  it('says what the engine could not run and that later findings are unverified', () => {
    const f = file('SELECT 1;\nCREATE EXTENSION postgis;', {
      path: 'm/3.sql',
      traces: { 1: { outcome: 'not-replayable', error: { code: '0A000', message: 'extension "postgis" is not available' } } },
    });
    const [finding, ...rest] = run(notReplayable, context([f]));
    expect(rest).toEqual([]);
    expect(finding.line).toBe(2);
    expect(finding.message).toContain('extension "postgis" is not available');
    expect(finding.message).toContain('unverified for the rest of m/3.sql');
  });
});
