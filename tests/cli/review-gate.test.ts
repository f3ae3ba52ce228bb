// The exit status of `review` as a CI gate: which verdicts fail under --fail-on, and how the
// config's rule settings change the findings behind them.
import { afterEach, describe, expect, it } from 'vitest';
import type { TempRepo } from '../helpers/temp-repo.js';
import { PR_FILE, repoWithPullRequest, runCli, type PullRequestKind } from './run-cli.js';

interface JsonFinding {
  ruleId: string;
  severity: string;
  file: string;
  line: number;
}
interface JsonReport {
  verdict: string;
  findings: JsonFinding[];
}

let repo: TempRepo | undefined;
afterEach(() => {
  repo?.dispose();
  repo = undefined;
});

async function review(kind: PullRequestKind, flags: string[] = [], extra: Record<string, string> = {}) {
  repo = repoWithPullRequest(kind, extra);
  const r = await runCli(['review', '--base', 'main', '--format', 'json', ...flags], repo.root);
  expect(r.stderr).toBe('');
  return { code: r.code, report: JSON.parse(r.stdout) as JsonReport };
}

describe('review exit status', () => {
  it('passes a clean pull request with exit 0', async () => {
    const { code, report } = await review('clean');
    expect(report.verdict).toBe('pass');
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
  });

  it('fails an error finding with exit 1', async () => {
    const { code, report } = await review('error');
    expect(report.verdict).toBe('fail');
    expect(report.findings.map((f) => [f.ruleId, f.severity, f.file, f.line])).toEqual([['require-concurrent-index', 'error', PR_FILE, 4]]);
    expect(code).toBe(1);
  });

  it('exits 0 on warnings only, and 1 with --fail-on warning', async () => {
    const plain = await review('warning');
    expect(plain.report.verdict).toBe('warn');
    expect(plain.report.findings.map((f) => [f.ruleId, f.severity])).toEqual([['duplicate-index', 'warning']]);
    expect(plain.code).toBe(0);
    repo?.dispose();

    const strict = await review('warning', ['--fail-on', 'warning']);
    expect(strict.report.verdict).toBe('warn');
    expect(strict.code).toBe(1);
  });

  it('exits 1 on an escalation, and 0 with --fail-on never', async () => {
    const plain = await review('escalation');
    expect(plain.report.verdict).toBe('escalate');
    expect(plain.report.findings.map((f) => [f.ruleId, f.severity, f.line])).toEqual([['drop-column', 'escalate', 3]]);
    expect(plain.code).toBe(1);
    repo?.dispose();

    const lenient = await review('escalation', ['--fail-on', 'never']);
    expect(lenient.report.verdict).toBe('escalate');
    expect(lenient.code).toBe(0);
  });

  it('drops a finding whose rule the config turns off', async () => {
    const { code, report } = await review('error', [], { '.pg-migration-review.yml': 'rules: { require-concurrent-index: off }\n' });
    expect(report.findings.filter((f) => f.ruleId === 'require-concurrent-index')).toEqual([]);
    expect(report.verdict).toBe('pass');
    expect(code).toBe(0);
  });

  it('reports a finding at the severity the config gives its rule', async () => {
    const { code, report } = await review('escalation', [], { '.pg-migration-review.yml': 'rules: { drop-column: warning }\n' });
    expect(report.findings.map((f) => [f.ruleId, f.severity])).toEqual([['drop-column', 'warning']]);
    expect(report.verdict).toBe('warn');
    expect(code).toBe(0);
  });
});
