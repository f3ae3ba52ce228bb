// The bundled action on the events other than pull_request, and on a bad input: what it reviews,
// that it writes nothing through the API, and that it says clearly what it did not do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../helpers/fake-github.js';
import { fileAnnotations, notices, readReport, STACK_TRACE } from './expectations.js';
import { issuesPayload, mergeGroupPayload, pullRequestPayload, pushPayload, workflowDispatchPayload } from './payloads.js';
import { disposeRuns, fakeGitHubFor, PULL, runAction, type ActionRun } from './run-action.js';
import { bookshopCheckout, type PullRequestCheckout } from './workspace.js';

let checkout: PullRequestCheckout;
let api: FakeGitHub;

beforeAll(async () => {
  checkout = bookshopCheckout();
  api = await fakeGitHubFor(checkout);
});

afterAll(async () => {
  await api?.close();
  checkout?.repo.dispose();
  disposeRuns();
});

/** Requests made during `fn` (the server is shared by the file's runs). */
async function during(fn: () => Promise<ActionRun>): Promise<{ run: ActionRun; requests: FakeGitHub['requests'] }> {
  const from = api.requests.length;
  const run = await fn();
  return { run, requests: api.requests.slice(from) };
}

describe('an event the action does not handle (issues)', () => {
  it('succeeds with a notice naming the event, and touches nothing', async () => {
    const { run, requests } = await during(() => runAction({ workspace: checkout.root, event: 'issues', payload: issuesPayload(), api }));
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.code).toBe(0);
    expect(notices(run).some((n) => n.includes('"issues"'))).toBe(true);
    expect(run.outputs).toEqual({});
    expect(requests).toEqual([]);
  });
});

describe('a bad input', () => {
  it('fails with a message naming the input and the values it accepts', async () => {
    const payload = pullRequestPayload('opened', { number: PULL, baseSha: checkout.baseSha, headSha: checkout.headSha, headRef: checkout.headRef });
    const { run, requests } = await during(() =>
      runAction({ workspace: checkout.root, event: 'pull_request', payload, api, inputs: { 'fail-on': 'sometimes' } }),
    );
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.code).toBe(1);
    const failure = run.annotations.find((a) => a.command === 'error');
    expect(failure?.message).toContain('fail-on');
    expect(failure?.message).toMatch(/error, warning, never/);
    expect(failure?.message).toContain('sometimes');
    expect(requests).toEqual([]);
  });
});

describe('workflow_dispatch: an audit of the whole history', () => {
  let run: ActionRun;
  let requests: FakeGitHub['requests'];

  beforeAll(async () => {
    ({ run, requests } = await during(() => runAction({ workspace: checkout.root, event: 'workflow_dispatch', payload: workflowDispatchPayload(), api })));
  });

  it('exits by the verdict, with outputs, job summary, annotations and the JSON report', () => {
    expect(run.stderr).not.toMatch(STACK_TRACE);
    const report = readReport(run);
    // The bookshop's applied history has errors of its own (besides the merged pull request's).
    expect(report.verdict).toBe('fail');
    expect(run.outputs.verdict).toBe('fail');
    expect(run.code).toBe(1);
    expect(run.summary).toMatch(/^## .*pg-migration-review.*: fail$/m);
    expect(Number(run.outputs.findings)).toBe(report.findings.length);
    const count = (...severities: string[]) => report.findings.filter((f) => severities.includes(f.severity) && !f.ignored).length;
    expect(fileAnnotations(run, 'error')).toHaveLength(Math.min(count('error', 'escalate'), 10));
    // More warnings than GitHub shows per step: 10 annotated, and the summary says the rest are in it.
    expect(count('warning')).toBeGreaterThan(10);
    expect(fileAnnotations(run, 'warning')).toHaveLength(10);
    expect(run.summary).toMatch(/more finding\(s\) are not shown as annotations/);
  });

  it('covers the migrations of the whole checkout, not a diff', () => {
    // The audit sees the applied history and the merged pull request alike.
    const files = new Set(readReport(run).findings.map((f) => f.file));
    expect(files.has('db/migrations/00033_widen_audit_log_id.sql')).toBe(true);
  });

  it('makes no API call', () => {
    expect(requests).toEqual([]);
  });
});

describe('merge_group: the queued merge against its base', () => {
  it('reviews the group and fails on its errors, with no API call', async () => {
    const payload = mergeGroupPayload({ baseSha: checkout.baseSha, headSha: checkout.mergeSha, number: PULL });
    const { run, requests } = await during(() =>
      runAction({ workspace: checkout.root, event: 'merge_group', payload, api, sha: checkout.mergeSha, ref: 'refs/heads/gh-readonly-queue/main/pr-7' }),
    );
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'fail', errors: '7', escalations: '1' });
    expect(run.summary).toMatch(/^## .*pg-migration-review.*: fail$/m);
    expect(requests).toEqual([]);
  });
});

describe('push: the pushed range', () => {
  it('reviews the commits between before and after, with no API call', async () => {
    const payload = pushPayload({ before: checkout.baseSha, after: checkout.mergeSha });
    const { run, requests } = await during(() => runAction({ workspace: checkout.root, event: 'push', payload, api, sha: checkout.mergeSha }));
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'fail', errors: '7', escalations: '1' });
    const files = new Set(readReport(run).findings.map((f) => f.file));
    expect(files.has('db/migrations/00036_index_books_published_on.sql')).toBe(true);
    expect(requests).toEqual([]);
  });
});
