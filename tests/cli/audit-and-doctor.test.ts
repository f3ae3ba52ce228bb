// `audit DIR` on a plain folder (no git), and `doctor`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE_MIGRATION, PULL_REQUESTS, runCli } from './run-cli.js';

const folders: string[] = [];
afterAll(() => {
  for (const f of folders) rmSync(f, { recursive: true, force: true });
});

function tempFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  folders.push(dir);
  return dir;
}

describe('audit', () => {
  it('replays a plain folder in order and reviews each migration against the schema before it', async () => {
    const project = tempFolder('pgmr-cli-audit-');
    const migrations = join(project, 'db', 'migrations');
    mkdirSync(migrations, { recursive: true });
    writeFileSync(join(migrations, '00001_create_books.sql'), BASE_MIGRATION);
    writeFileSync(join(migrations, '00002_index_titles.sql'), PULL_REQUESTS.error);
    writeFileSync(join(migrations, '00010_create_authors.sql'), PULL_REQUESTS.clean);
    // Run from elsewhere: DIR is resolved against the working directory.
    const cwd = tempFolder('pgmr-cli-cwd-');
    const r = await runCli(['audit', join('..', project.split('/').at(-1)!), '--format', 'json'], cwd);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as {
      mode: string;
      verdict: string;
      files: { path: string; verdict: string }[];
      findings: { ruleId: string; file: string; line: number }[];
    };
    expect(report.mode).toBe('audit');
    expect(report.files.map((f) => [f.path, f.verdict])).toEqual([
      ['db/migrations/00001_create_books.sql', 'pass'],
      ['db/migrations/00002_index_titles.sql', 'fail'],
      ['db/migrations/00010_create_authors.sql', 'pass'],
    ]);
    expect(report.findings.map((f) => [f.ruleId, f.file, f.line])).toEqual([['require-concurrent-index', 'db/migrations/00002_index_titles.sql', 4]]);
    expect(report.verdict).toBe('fail');
    expect(r.code).toBe(1);
  });
});

describe('doctor', () => {
  it('starts the parser and the engine and says so', async () => {
    const r = await runCli(['doctor'], tempFolder('pgmr-cli-doctor-'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^parser: +ok/m);
    expect(r.stdout).toMatch(/^engine: +ok \(PostgreSQL \d+/m);
    expect(r.stdout).toMatch(/^pgcrypto: +ok/m);
  });
});
