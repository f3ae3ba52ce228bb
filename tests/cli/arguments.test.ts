// What the CLI says before any review runs: help, version, bad arguments, and the git and config
// problems a user can fix. None of these start the embedded PostgreSQL.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { USAGE } from '../../src/cli/usage.js';
import { TempRepo } from '../helpers/temp-repo.js';
import { repoWithPullRequest, runCli } from './run-cli.js';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

let repo: TempRepo | undefined;
const folders: string[] = [];
afterEach(() => {
  repo?.dispose();
  repo = undefined;
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

function plainFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pgmr-cli-plain-'));
  folders.push(dir);
  return dir;
}

/** A message for a person: no stack frames. */
function expectNoStack(text: string): void {
  expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
}

describe('cli arguments', () => {
  it('prints the usage on stdout and exits 0 for --help and -h', async () => {
    for (const flag of ['--help', '-h']) {
      const r = await runCli([flag], plainFolder());
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(USAGE);
      expect(r.stdout).toMatch(/review \[--base REF\]/);
      expect(r.stderr).toBe('');
    }
  });

  it('prints the usage on stderr and exits 2 without a command', async () => {
    const r = await runCli([], plainFolder());
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(USAGE);
  });

  it('prints package.json version for --version and -v', async () => {
    for (const flag of ['--version', '-v']) {
      const r = await runCli([flag], plainFolder());
      expect(r.code).toBe(0);
      expect(r.stdout.trim()).toBe(packageJson.version);
    }
  });

  it('names an unknown command and the commands it accepts', async () => {
    const r = await runCli(['frobnicate'], plainFolder());
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const first = r.stderr.split('\n')[0];
    expect(first).toContain('"frobnicate"');
    for (const command of ['review', 'audit', 'doctor']) expect(first).toContain(command);
  });

  it('names an unknown flag and shows the accepted ones', async () => {
    const r = await runCli(['review', '--bogus'], plainFolder());
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toContain('--bogus');
    // The usage that follows lists every accepted option.
    for (const option of ['--base', '--format', '--config', '--fail-on']) expect(r.stderr).toContain(option);
    expectNoStack(r.stderr);
  });

  it('names a bad --format value and the accepted formats', async () => {
    const r = await runCli(['review', '--format', 'xml'], plainFolder());
    expect(r.code).toBe(2);
    const first = r.stderr.split('\n')[0];
    expect(first).toContain('--format');
    expect(first).toContain('"xml"');
    for (const format of ['text', 'json', 'markdown']) expect(first).toContain(format);
  });

  it('names a bad --fail-on value and the accepted levels', async () => {
    const r = await runCli(['review', '--fail-on=sometimes'], plainFolder());
    expect(r.code).toBe(2);
    const first = r.stderr.split('\n')[0];
    expect(first).toContain('--fail-on');
    expect(first).toContain('"sometimes"');
    for (const level of ['error', 'warning', 'never']) expect(first).toContain(level);
  });

  it('rejects positional arguments to review and a second folder to audit', async () => {
    const review = await runCli(['review', 'db/migrations'], plainFolder());
    expect(review.code).toBe(2);
    expect(review.stderr).toContain('db/migrations');
    const audit = await runCli(['audit', 'a', 'b'], plainFolder());
    expect(audit.code).toBe(2);
    expect(audit.stderr).toMatch(/at most one folder/);
  });

  it('says review needs a git repository, without a stack trace', async () => {
    const dir = plainFolder();
    const r = await runCli(['review'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(dir);
    expect(r.stderr).toMatch(/not inside a git repository/);
    expect(r.stderr).toMatch(/audit/);
    expectNoStack(r.stderr);
  });

  it('names a --base ref that does not exist', async () => {
    repo = repoWithPullRequest('clean');
    const r = await runCli(['review', '--base', 'no-such-branch'], repo.root);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('"no-such-branch"');
    expectNoStack(r.stderr);
  });

  it('names file and line of a broken .pg-migration-review.yml', async () => {
    repo = repoWithPullRequest('clean', { '.pg-migration-review.yml': 'postgres-version: 16\nfail-onn: warning\n' });
    const r = await runCli(['review', '--base', 'main'], repo.root);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/\.pg-migration-review\.yml:2: unknown key "fail-onn"/);
    expectNoStack(r.stderr);
  });

  it('names file and line of invalid YAML and of an unknown rule id', async () => {
    repo = repoWithPullRequest('clean', { '.pg-migration-review.yml': 'rules:\n  drop-column: warning\n  drop-colum: off\n' });
    const unknownRule = await runCli(['review', '--base', 'main'], repo.root);
    expect(unknownRule.code).toBe(2);
    expect(unknownRule.stderr).toMatch(/\.pg-migration-review\.yml:3: unknown rule "drop-colum"/);

    repo.write({ '.pg-migration-review.yml': 'rules:\n  drop-column: [warning\n' });
    const badYaml = await runCli(['review', '--base', 'main'], repo.root);
    expect(badYaml.code).toBe(2);
    expect(badYaml.stderr).toMatch(/\.pg-migration-review\.yml:\d+: invalid YAML/);
    expectNoStack(badYaml.stderr);
  });

  it('names a --config file that does not exist', async () => {
    repo = repoWithPullRequest('clean');
    const r = await runCli(['review', '--base', 'main', '--config', 'ci/review.yml'], repo.root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ci/review.yml');
    expect(r.stderr).toMatch(/not found/);
  });

  it('names an audit folder that does not exist (a usage error, not an internal one)', async () => {
    const cwd = plainFolder();
    const r = await runCli(['audit', 'no-such-folder'], cwd);
    expect(r.stderr).toContain('no-such-folder');
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.code).toBe(2);
  });
});
