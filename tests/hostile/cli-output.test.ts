// What a user sees from the CLI for hostile files: findings with file and line, the usual exit
// status, and no stack trace anywhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TempRepo } from '../helpers/temp-repo.js';
import { runCli, type CliResult } from '../cli/run-cli.js';
import { lineOfFirst, pseudoRandomBytes } from './measure.js';

const STACK_FRAME = /\n\s+at .+[(:]\d+/;

describe('the CLI on a pull request of hostile files', () => {
  const repo = new TempRepo();
  const blob = pseudoRandomBytes(64 * 1024, 7);
  let text: CliResult;
  let json: CliResult;

  beforeAll(async () => {
    repo.write({ 'db/migrations/00001_base.sql': '-- +goose Up\nCREATE TABLE books (id bigint PRIMARY KEY, title text);\n' }).commit('base');
    repo
      .branch('feature')
      .write({
        'db/migrations/00002_blob.sql': blob,
        'db/migrations/00003_deep.sql': '-- +goose Up\nSELECT 1' + ' + 1'.repeat(20_000) + ';\n',
        'db/migrations/00004_sleep.sql': '-- +goose Up\nSELECT pg_sleep(600);\n',
        '.pg-migration-review.yml': 'statement-timeout: 2000\n',
      })
      .commit('hostile');
    text = await runCli(['review', '--base', 'main'], repo.root);
    json = await runCli(['review', '--base', 'main', '--format', 'json'], repo.root);
  });
  afterAll(() => repo.dispose());

  it('lists each problem under its file, at its line, and fails the check (exit 1)', () => {
    expect(text.code).toBe(1);
    const finding = (file: string, line: number, rule: string, message: string): RegExp =>
      new RegExp(`${file} \\(goose, added, \\d+ statements\\) FAIL\\n\\s+${line}:\\d+\\s+error\\s+${rule}\\s+${message}`);
    expect(text.stdout).toMatch(finding('db/migrations/00002_blob.sql', lineOfFirst(blob, 0), 'syntax-error', 'file contains NUL bytes'));
    expect(text.stdout).toMatch(finding('db/migrations/00003_deep.sql', 2, 'syntax-error', 'statement nested too deeply to be parsed safely'));
    expect(text.stdout).toMatch(finding('db/migrations/00004_sleep.sql', 2, 'replay-error', "The statement did not finish within the review's bound \\(2000 ms"));
  });

  it('prints no stack trace, in text or JSON', () => {
    for (const result of [text, json]) {
      expect(result.stderr).not.toMatch(STACK_FRAME);
      expect(result.stdout).not.toMatch(STACK_FRAME);
      expect(result.stderr).not.toContain('internal error');
    }
    const report = JSON.parse(json.stdout) as { findings: { ruleId: string; file: string; line: number }[] };
    expect(report.findings.filter((f) => ['syntax-error', 'replay-error'].includes(f.ruleId)).map((f) => `${f.file}:${f.line}`).sort()).toEqual(
      [`db/migrations/00002_blob.sql:${lineOfFirst(blob, 0)}`, 'db/migrations/00003_deep.sql:2', 'db/migrations/00004_sleep.sql:2'].sort(),
    );
  });
});
