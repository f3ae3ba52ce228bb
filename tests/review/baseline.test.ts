import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/load.js';
import type { Finding } from '../../src/core/finding.js';
import { applyBaseline, BASELINE_FILE, baselineFile, readBaseline, type Baseline } from '../../src/review/baseline.js';
import { findingFingerprint } from '../../src/core/fingerprint.js';
import { fingerprintFindings } from '../../src/review/fingerprint.js';

const FILE = 'db/migrations/004_orders.sql';
const TEXT = ['CREATE INDEX orders_note ON orders (note);', 'ALTER TABLE orders DROP COLUMN legacy;', 'CREATE INDEX orders_note ON orders (note);', ''].join('\n');

function finding(ruleId: string, line: number, over: Partial<Finding> = {}): Finding {
  return {
    ruleId,
    layer: 'replay',
    severity: 'error',
    file: FILE,
    line,
    column: 1,
    endLine: line,
    message: `${ruleId} at line ${line}`,
    help: '',
    verified: 'trace',
    ignored: false,
    docs: `https://example.test/rules/${ruleId}`,
    ...over,
  };
}

/** Findings as the review assembles them: fingerprinted from the file's text. */
function findings(...list: Finding[]): Finding[] {
  fingerprintFindings(list, (path) => (path === FILE ? TEXT : undefined));
  return list;
}

const files = (entries: Record<string, string>) => (path: string): Uint8Array | undefined =>
  path in entries ? Buffer.from(entries[path], 'utf8') : undefined;

describe('baseline file', () => {
  it('round-trips the findings that count through baselineFile and readBaseline', () => {
    const list = findings(
      finding('require-concurrent-index', 1),
      finding('drop-column', 2, { severity: 'escalate' }),
      finding('require-concurrent-index', 3, { ignored: true, ignoreReason: 'reviewed' }),
    );
    const text = baselineFile(list, '1.2.3');
    expect(text.endsWith('\n')).toBe(true);
    const doc = JSON.parse(text) as { version: number; tool: string; created: string; findings: unknown[] };
    expect(doc).toMatchObject({ version: 1, tool: 'pg-migration-review 1.2.3' });
    expect(Number.isNaN(Date.parse(doc.created))).toBe(false);

    const baseline = readBaseline({}, files({ [BASELINE_FILE]: text }));
    expect(baseline).toEqual({
      path: BASELINE_FILE,
      entries: [
        { fingerprint: list[0].fingerprint, ruleId: 'require-concurrent-index', file: FILE, line: 1, severity: 'error' },
        { fingerprint: list[1].fingerprint, ruleId: 'drop-column', file: FILE, line: 2, severity: 'escalate' },
      ],
    });
  });

  it('reads the file the config names', () => {
    const text = baselineFile(findings(finding('drop-column', 2)), '1.0.0');
    const baseline = readBaseline({ baseline: 'ci/accepted.json' }, files({ 'ci/accepted.json': text, [BASELINE_FILE]: '{}' }));
    expect(baseline?.path).toBe('ci/accepted.json');
    expect(baseline?.entries).toHaveLength(1);
  });

  it('is undefined when the default file is absent and the config names none', () => {
    expect(readBaseline({}, files({}))).toBeUndefined();
  });

  it('stops the run, naming the path, when the named file is missing or the file is not a baseline', () => {
    const fails = (config: { baseline?: string }, entries: Record<string, string>, message: RegExp): void => {
      let thrown: unknown;
      try {
        readBaseline(config, files(entries));
      } catch (err) {
        thrown = err;
      }
      expect(thrown).toBeInstanceOf(ConfigError);
      expect((thrown as Error).message).toMatch(message);
    };
    fails({ baseline: 'ci/accepted.json' }, {}, /^ci\/accepted\.json: .*does not exist/);
    fails({}, { [BASELINE_FILE]: '{"version": 1, "findings": [' }, new RegExp(`^${BASELINE_FILE.replace(/\./g, '\\.')}: the baseline is not valid JSON`));
    fails({ baseline: 'b.json' }, { 'b.json': '{"version": 2, "findings": []}' }, /^b\.json: not a pg-migration-review baseline of version 1/);
    fails({ baseline: 'b.json' }, { 'b.json': '{"version": 1}' }, /^b\.json: not a pg-migration-review baseline/);
    fails({ baseline: 'b.json' }, { 'b.json': '[]' }, /^b\.json: not a pg-migration-review baseline/);
    fails({ baseline: 'b.json' }, { 'b.json': 'null' }, /^b\.json: not a pg-migration-review baseline/);
    const entry = { fingerprint: 'a'.repeat(16), ruleId: 'r', file: FILE, line: 1, severity: 'error' };
    fails({ baseline: 'b.json' }, { 'b.json': JSON.stringify({ version: 1, findings: [entry, { ...entry, fingerprint: 'XYZ' }] }) }, /^b\.json: findings\[1\] has no valid fingerprint/);
    fails({ baseline: 'b.json' }, { 'b.json': JSON.stringify({ version: 1, findings: [{ ...entry, fingerprint: 'A'.repeat(16) }] }) }, /findings\[0\] has no valid fingerprint/);
    fails({ baseline: 'b.json' }, { 'b.json': JSON.stringify({ version: 1, findings: [null] }) }, /findings\[0\] has no valid fingerprint/);
  });
});

describe('applyBaseline', () => {
  const baselineOf = (list: Finding[]): Baseline => readBaseline({}, files({ [BASELINE_FILE]: baselineFile(list, '1.0.0') })) as Baseline;

  it('marks the findings the baseline holds as baselined and ignored, with the reason', () => {
    const old = findings(finding('drop-column', 2, { severity: 'escalate' }));
    const now = findings(finding('drop-column', 2, { severity: 'escalate' }), finding('require-concurrent-index', 1));
    applyBaseline(now, baselineOf(old));
    expect(now[0]).toMatchObject({ ignored: true, baselined: true, ignoreReason: `accepted in the baseline (${BASELINE_FILE})` });
    expect(now[1].ignored).toBe(false);
    expect(now[1].baselined).toBeUndefined();
    expect(now[1].ignoreReason).toBeUndefined();
  });

  it('counts entries: one entry covers one finding, a second identical statement stays live', () => {
    // Lines 1 and 3 are the same statement: one fingerprint.
    const old = findings(finding('require-concurrent-index', 1));
    const now = findings(finding('require-concurrent-index', 1), finding('require-concurrent-index', 3));
    expect(now[0].fingerprint).toBe(now[1].fingerprint);
    applyBaseline(now, baselineOf(old));
    expect(now.map((f) => [f.ignored, f.baselined ?? false])).toEqual([
      [true, true],
      [false, false],
    ]);

    // Two entries cover both.
    const both = findings(finding('require-concurrent-index', 1), finding('require-concurrent-index', 3));
    applyBaseline(both, baselineOf(findings(finding('require-concurrent-index', 1), finding('require-concurrent-index', 3))));
    expect(both.every((f) => f.baselined)).toBe(true);
  });

  it('leaves findings ignored in the file, and unfingerprinted ones, as they are', () => {
    const base = baselineOf(findings(finding('require-concurrent-index', 1)));
    const ignored = findings(finding('require-concurrent-index', 1, { ignored: true, ignoreReason: 'reviewed by the DBA' }));
    applyBaseline(ignored, base);
    expect(ignored[0]).toMatchObject({ ignored: true, ignoreReason: 'reviewed by the DBA' });
    expect(ignored[0].baselined).toBeUndefined();
    const bare = [finding('require-concurrent-index', 1)];
    applyBaseline(bare, base);
    expect(bare[0].ignored).toBe(false);
  });
});

describe('findingFingerprint', () => {
  const f = finding('require-concurrent-index', 1);

  it('is 16 hex digits, unchanged when lines are inserted above or whitespace changes', () => {
    const fp = findingFingerprint(f, 'CREATE INDEX i ON t (x);\n');
    expect(fp).toMatch(/^[0-9a-f]{16}$/);
    expect(findingFingerprint({ ...f, line: 4, endLine: 4 }, '-- added\nSELECT 1;\n\nCREATE INDEX i ON t (x);\n')).toBe(fp);
    expect(findingFingerprint({ ...f, line: 3, endLine: 4 }, 'SELECT 1;\n\nCREATE INDEX i\n   ON t   (x);\n')).toBe(fp);
  });

  it('differs by rule, by file and by the flagged text', () => {
    const text = 'CREATE INDEX i ON t (x);\nCREATE INDEX j ON t (y);\n';
    const fp = findingFingerprint(f, text);
    expect(findingFingerprint({ ...f, ruleId: 'other-rule' }, text)).not.toBe(fp);
    expect(findingFingerprint({ ...f, file: 'db/migrations/005_other.sql' }, text)).not.toBe(fp);
    expect(findingFingerprint({ ...f, line: 2, endLine: 2 }, text)).not.toBe(fp);
  });

  it('falls back to the message, without the positions it mentions, when the text is unknown', () => {
    const fp = findingFingerprint({ ...f, message: 'syntax error at line 3, column 7' }, undefined);
    expect(findingFingerprint({ ...f, line: 9, message: 'syntax error at line 12, column 2' }, undefined)).toBe(fp);
    expect(findingFingerprint({ ...f, message: 'syntax error at end of input' }, undefined)).not.toBe(fp);
  });
});
