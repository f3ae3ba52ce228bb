// What `review` prints in each format, on a pull request of two migrations (an error and an
// escalation), and how the default base is chosen.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TempRepo } from '../helpers/temp-repo.js';
import { BASE_MIGRATION, PULL_REQUESTS, runCli } from './run-cli.js';

const INDEX_FILE = 'db/migrations/00002_index_titles.sql';
const DROP_FILE = 'db/migrations/00003_drop_subtitle.sql';

const LAYERS = ['input', 'replay', 'knowledge', 'output', 'escalation', 'design', 'query'];
const SEVERITIES = ['error', 'escalate', 'warning', 'notice'];
const VERDICTS = ['pass', 'warn', 'escalate', 'fail'];
const VERIFICATIONS = ['trace', 'replay', 'static'];
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[/;

function twoFilePullRequest(): TempRepo {
  const repo = new TempRepo().write({ 'db/migrations/00001_create_books.sql': BASE_MIGRATION }).commit('base');
  repo.branch('feature').write({ [INDEX_FILE]: PULL_REQUESTS.error, [DROP_FILE]: PULL_REQUESTS.escalation }).commit('feature');
  return repo;
}

const isPositiveInteger = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 1;

describe('review output formats', () => {
  let repo: TempRepo;
  let json: { code: number; stdout: string; stderr: string };
  beforeAll(async () => {
    repo = twoFilePullRequest();
    json = await runCli(['review', '--base', 'main', '--format', 'json'], repo.root);
  });
  afterAll(() => repo.dispose());

  it('--format json prints exactly one JSON object with typed fields', () => {
    expect(json.code).toBe(1);
    expect(json.stderr).toBe('');
    expect(json.stdout.trim().startsWith('{')).toBe(true);
    const report = JSON.parse(json.stdout) as Record<string, unknown>;
    expect(typeof report).toBe('object');
    expect(Array.isArray(report)).toBe(false);
    expect(report).toHaveProperty('verdict', 'fail');
    expect(VERDICTS).toContain(report.verdict);

    const files = report.files as Record<string, unknown>[];
    expect(files.map((f) => [f.path, f.verdict])).toEqual([
      [INDEX_FILE, 'fail'],
      [DROP_FILE, 'escalate'],
    ]);
    for (const f of files) {
      expect(typeof f.path).toBe('string');
      expect(VERDICTS).toContain(f.verdict);
    }

    const findings = report.findings as Record<string, unknown>[];
    expect(findings.map((f) => [f.ruleId, f.file, f.line])).toEqual([
      ['require-concurrent-index', INDEX_FILE, 4],
      ['drop-column', DROP_FILE, 3],
    ]);
    for (const f of findings) {
      expect(typeof f.ruleId).toBe('string');
      expect(LAYERS).toContain(f.layer);
      expect(SEVERITIES).toContain(f.severity);
      expect(typeof f.file).toBe('string');
      for (const key of ['line', 'column', 'endLine']) expect(isPositiveInteger(f[key]), `${key} = ${String(f[key])}`).toBe(true);
      expect(f.endLine as number).toBeGreaterThanOrEqual(f.line as number);
      expect(typeof f.message).toBe('string');
      expect((f.message as string).length).toBeGreaterThan(0);
      expect(typeof f.help).toBe('string');
      expect(f).toHaveProperty('fix');
      if (f.fix !== null) {
        const fix = f.fix as Record<string, unknown>;
        expect(typeof fix.description).toBe('string');
        const edits = fix.edits as Record<string, unknown>[];
        expect(edits.length).toBeGreaterThan(0);
        for (const edit of edits) {
          expect(typeof edit.replacement).toBe('string');
          expect(isPositiveInteger(edit.line) && Number.isInteger(edit.endLine)).toBe(true);
        }
      }
      expect(VERIFICATIONS).toContain(f.verified);
      expect(typeof f.ignored).toBe('boolean');
    }
    expect(findings.map((f) => [f.layer, f.severity, f.ignored])).toEqual([
      ['output', 'error', false],
      ['escalation', 'escalate', false],
    ]);

    const stats = report.stats as Record<string, unknown>;
    expect(stats).toMatchObject({ baseFiles: 1, files: 2, statements: 4 });
    expect(typeof stats.timings).toBe('object');
    for (const ms of Object.values(stats.timings as Record<string, unknown>)) expect(typeof ms).toBe('number');
  });

  it('--format markdown has the verdict heading and one table row per file', async () => {
    const r = await runCli(['review', '--base', 'main', '--format', 'markdown'], repo.root);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^## .*fail/);
    const tableStart = lines.findIndex((l) => /^\| file \|/.test(l));
    expect(tableStart).toBeGreaterThan(0);
    expect(lines[tableStart + 1]).toMatch(/^\|(---\|)+$/);
    const rows = lines.slice(tableStart + 2, lines.indexOf('', tableStart));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain(INDEX_FILE);
    expect(rows[0]).toMatch(/fail \|$/);
    expect(rows[1]).toContain(DROP_FILE);
    expect(rows[1]).toMatch(/escalate \|$/);
    expect(r.stdout).toContain(`${INDEX_FILE}:4`);
    expect(r.stdout).toContain('require-concurrent-index');
  });

  it('text groups findings under their file with line, severity, rule id and message, and no colour off a TTY', async () => {
    const r = await runCli(['review', '--base', 'main'], repo.root);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(ANSI);
    const messages = (JSON.parse(json.stdout) as { findings: { message: string }[] }).findings.map((f) => f.message);
    const lines = r.stdout.split('\n');
    const indexHeader = lines.findIndex((l) => l.startsWith(INDEX_FILE));
    const dropHeader = lines.findIndex((l) => l.startsWith(DROP_FILE));
    expect(indexHeader).toBeGreaterThanOrEqual(0);
    expect(dropHeader).toBeGreaterThan(indexHeader);
    const indexFinding = lines.findIndex((l) => /^\s+4:1\s+error\s+require-concurrent-index\s/.test(l));
    const dropFinding = lines.findIndex((l) => /^\s+3:1\s+escalate\s+drop-column\s/.test(l));
    // Each finding sits under its own file's header.
    expect(indexFinding).toBeGreaterThan(indexHeader);
    expect(indexFinding).toBeLessThan(dropHeader);
    expect(dropFinding).toBeGreaterThan(dropHeader);
    expect(lines[indexFinding]).toContain(messages[0]);
    expect(lines[dropFinding]).toContain(messages[1]);
    expect(lines.filter((l) => l.trim() !== '').at(-1)).toMatch(/^FAIL /);
  });

  it('--format sarif --output FILE writes a SARIF 2.1.0 log for other CI, and prints nothing', async () => {
    const out = await runCli(['review', '--base', 'main', '--format', 'sarif', '--output', 'review.sarif'], repo.root);
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
    const log = JSON.parse(readFileSync(join(repo.root, 'review.sarif'), 'utf8')) as { version: string; runs: { automationDetails: { id: string }; results: { ruleId: string; partialFingerprints: Record<string, string> }[] }[] };
    expect(log.version).toBe('2.1.0');
    const report = JSON.parse(json.stdout) as { findings: { ruleId: string; fingerprint: string }[] };
    expect(log.runs[0].results.map((r) => r.ruleId)).toEqual(report.findings.map((f) => f.ruleId));
    expect(log.runs[0].results.map((r) => Object.values(r.partialFingerprints)[0])).toEqual(report.findings.map((f) => f.fingerprint));
    expect(log.runs[0].automationDetails.id).toBe('pg-migration-review/');
  });

  it('text is coloured on a TTY unless --no-color', async () => {
    const tty = await runCli(['review', '--base', 'main'], repo.root, { tty: true });
    expect(tty.stdout).toMatch(ANSI);
    const plain = await runCli(['review', '--base', 'main', '--no-color'], repo.root, { tty: true });
    expect(plain.stdout).not.toMatch(ANSI);
    expect(plain.stdout).toMatch(/require-concurrent-index/);
  });
});

describe('default base', () => {
  let repo: TempRepo | undefined;
  afterEach(() => {
    repo?.dispose();
    repo = undefined;
  });

  const withoutTimings = (stdout: string) => {
    const report = JSON.parse(stdout) as { files: unknown[]; stats: { timings?: unknown } };
    delete report.stats.timings;
    return report;
  };

  it('without --base, reviews the feature branch against main', async () => {
    repo = twoFilePullRequest();
    const implicit = await runCli(['review', '--format', 'json'], repo.root);
    const explicit = await runCli(['review', '--base', 'main', '--format', 'json'], repo.root);
    expect(implicit.stderr).toBe('');
    expect(implicit.code).toBe(explicit.code);
    expect(withoutTimings(implicit.stdout)).toEqual(withoutTimings(explicit.stdout));
    expect(withoutTimings(implicit.stdout).files).toHaveLength(2);
  });

  it('without --base, uses the merge-base, so migrations merged to main since are not part of the pull request', async () => {
    repo = new TempRepo().write({ 'db/migrations/00001_create_books.sql': BASE_MIGRATION }).commit('base');
    repo.branch('feature').write({ [INDEX_FILE]: PULL_REQUESTS.error }).commit('feature');
    repo.git('checkout', '-q', 'main');
    repo.write({ 'db/migrations/00003_create_authors.sql': PULL_REQUESTS.clean }).commit('main moved on');
    repo.git('checkout', '-q', 'feature');
    const r = await runCli(['review', '--format', 'json'], repo.root);
    const report = JSON.parse(r.stdout) as { files: { path: string; status: string }[]; stats: { baseFiles: number } };
    expect(report.files.map((f) => [f.path, f.status])).toEqual([[INDEX_FILE, 'added']]);
    expect(report.stats.baseFiles).toBe(1);
    expect(r.code).toBe(1);
  });
});
