// Escalation through the bundled action: a pull request that only drops a column gets the
// escalation label and reviewers and fails; a person's approve label lets it pass and the summary
// names them; removing the label fails the next run again. Then the approval's rules: the author
// cannot approve their own escalations (unless allowed), the merge queue honours the recorded
// approval and writes nothing, and a push that adds an escalation needs a new approval.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../helpers/fake-github.js';
import { notices, readReport, STACK_TRACE, writesTo } from './expectations.js';
import { mergeGroupPayload, pullRequestPayload, type PullRequestShape } from './payloads.js';
import { disposeRuns, fakeGitHubFor, PULL, runAction, type ActionRun } from './run-action.js';
import { dropColumnCheckout, mergeQueueCommit, pushToCheckout, readText, type PullRequestCheckout } from './workspace.js';

const ESCALATION_LABEL = 'needs-migration-review';
const APPROVE_LABEL = 'migration-approved';
// The base replay is cached between the runs (outside the checkout), as a workflow with actions/cache would.
const cacheDir = mkdtempSync(join(tmpdir(), 'pgmr-escalation-cache-'));
const inputs = { 'escalation-reviewers': 'alice, acme/dba', 'cache-dir': cacheDir };

let checkout: PullRequestCheckout;
let pr: PullRequestShape;
let api: FakeGitHub;

beforeAll(async () => {
  checkout = dropColumnCheckout({ small: true });
  pr = { number: PULL, baseSha: checkout.baseSha, headSha: checkout.headSha, headRef: checkout.headRef, author: 'octocat' };
  api = await fakeGitHubFor(checkout, { author: 'octocat' });
});

afterAll(async () => {
  await api?.close();
  checkout?.repo.dispose();
  rmSync(cacheDir, { recursive: true, force: true });
  disposeRuns();
});

/** A person changes a label on the pull request: GitHub's state and its issue timeline. */
function personLabels(action: 'labeled' | 'unlabeled', label: string, actor: string): void {
  if (action === 'labeled') api.state.labels.push(label);
  else api.state.labels.splice(api.state.labels.indexOf(label), 1);
  api.state.issueEvents.push({ id: 77_000 + api.state.issueEvents.length, event: action, actor, label, created_at: new Date().toISOString() });
}

describe('a pull request whose only change drops a column', () => {
  let run: ActionRun;
  let approved: ActionRun;
  let revoked: ActionRun;

  beforeAll(async () => {
    run = await runAction({ workspace: checkout.root, event: 'pull_request', payload: pullRequestPayload('opened', pr), api, inputs });
  });

  it('escalates and fails the step until someone approves', () => {
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'escalate', errors: '0', escalations: '1' });
    expect(readReport(run).findings.filter((f) => f.severity === 'escalate').map((f) => f.ruleId)).toEqual(['drop-column']);
    const failure = run.annotations.find((a) => a.command === 'error' && a.properties.file === undefined);
    expect(failure?.message).toContain(APPROVE_LABEL);
  });

  it('adds the escalation label and requests the reviewers: users and team slugs apart', () => {
    const labelled = api.requests.filter((r) => r.operation === 'issues/add-labels');
    expect(labelled).toHaveLength(1);
    expect(JSON.stringify(labelled[0].body)).toContain(ESCALATION_LABEL);
    expect(api.state.labels).toEqual([ESCALATION_LABEL]);
    const requested = api.requests.filter((r) => r.operation === 'pulls/request-reviewers' && r.status < 300);
    expect(requested.length).toBeGreaterThan(0);
    expect(api.state.requestedReviewers).toEqual(['alice']);
    expect(api.state.requestedTeams).toEqual(['dba']);
    expect(api.invalidRequests).toEqual([]);
  });

  it('comments the escalation inline and in the sticky summary', () => {
    expect(api.state.reviewComments.map((c) => [c.path, c.line])).toEqual([[checkout.files[0].filename, 5]]);
    expect(api.state.issueComments).toHaveLength(1);
    expect(api.state.issueComments[0].body).toMatch(/: escalate$/m);
  });

  describe('then bob applies the approve label (the "labeled" event)', () => {
    let before: number;

    beforeAll(async () => {
      before = api.requests.length;
      personLabels('labeled', APPROVE_LABEL, 'bob');
      const payload = pullRequestPayload('labeled', { ...pr, labels: [ESCALATION_LABEL, APPROVE_LABEL] }, { label: APPROVE_LABEL, sender: 'bob' });
      approved = await runAction({ workspace: checkout.root, event: 'pull_request', payload, api, inputs });
    });

    it('passes, and says bob approved which escalation', () => {
      expect(approved.stderr).not.toMatch(STACK_TRACE);
      expect(approved.code).toBe(0);
      expect(approved.outputs.verdict).toBe('escalate');
      expect(approved.summary).toMatch(/approved by @?bob/i);
      expect(approved.summary).toContain('drop-column');
      expect(notices(approved).some((n) => /approved by @?bob/i.test(n))).toBe(true);
    });

    it('updates the sticky summary with the approval instead of adding a comment, and duplicates nothing', () => {
      const writes = writesTo(api).filter((r) => api.requests.indexOf(r) >= before);
      expect(writes.filter((r) => r.operation === 'issues/create-comment')).toEqual([]);
      expect(api.state.issueComments).toHaveLength(1);
      expect(api.state.issueComments[0].body).toMatch(/approved by @?bob/i);
      expect(api.state.reviewComments).toHaveLength(1);
      // The approve label is the person's to remove, never the action's.
      expect(writes.filter((r) => r.operation === 'issues/remove-label')).toEqual([]);
      expect(api.invalidRequests).toEqual([]);
    });

    describe('then bob removes it again (the "unlabeled" event)', () => {
      beforeAll(async () => {
        personLabels('unlabeled', APPROVE_LABEL, 'bob');
        const payload = pullRequestPayload('unlabeled', { ...pr, labels: [ESCALATION_LABEL] }, { label: APPROVE_LABEL, sender: 'bob' });
        revoked = await runAction({ workspace: checkout.root, event: 'pull_request', payload, api, inputs });
      });

      it('fails the step again and no longer claims an approval', () => {
        expect(revoked.stderr).not.toMatch(STACK_TRACE);
        expect(revoked.code).toBe(1);
        expect(revoked.summary).not.toMatch(/approved by/i);
        expect(api.state.issueComments[0].body).not.toMatch(/approved by/i);
        expect(api.state.labels).toEqual([ESCALATION_LABEL]);
      });
    });
  });
});

/** A run of a `labeled` or `synchronize` event with the labels as GitHub has them now. */
function pullRun(action: 'labeled' | 'synchronize', extra: { sender?: string; label?: string } = {}, more: Record<string, string> = {}): Promise<ActionRun> {
  const payload = pullRequestPayload(action, { ...pr, labels: [...api.state.labels] }, extra);
  return runAction({ workspace: checkout.root, event: 'pull_request', payload, api, inputs: { ...inputs, ...more } });
}

/** The merge queue's run of this pull request, on the queue's own merge commit. */
function queueRun(): Promise<ActionRun> {
  const sha = mergeQueueCommit(checkout, PULL);
  const payload = mergeGroupPayload({ baseSha: checkout.baseSha, headSha: sha, number: PULL });
  return runAction({ workspace: checkout.root, event: 'merge_group', payload, api, inputs, sha, ref: `refs/heads/gh-readonly-queue/main/pr-${PULL}-${checkout.baseSha}` });
}

describe('who may approve, and what an approval covers', () => {
  let writesBefore: number;

  it('refuses the author approving their own escalation, takes the label off and says why', async () => {
    personLabels('labeled', APPROVE_LABEL, 'octocat');
    const run = await pullRun('labeled', { label: APPROVE_LABEL, sender: 'octocat' });
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.code).toBe(1);
    expect(api.state.labels).not.toContain(APPROVE_LABEL);
    expect(api.state.issueComments[0].body).toMatch(/cannot approve its own escalations/);
    expect(notices(run).some((n) => /cannot approve its own/.test(n))).toBe(true);
  });

  it('lets the author approve with allow-self-approval: true', async () => {
    personLabels('labeled', APPROVE_LABEL, 'octocat');
    const run = await pullRun('labeled', { label: APPROVE_LABEL, sender: 'octocat' }, { 'allow-self-approval': 'true' });
    expect(run.code).toBe(0);
    expect(api.state.labels).toContain(APPROVE_LABEL);
    expect(api.state.issueComments[0].body).toMatch(/Approved by @octocat/);
    personLabels('unlabeled', APPROVE_LABEL, 'octocat');
  });

  it('approves when bob, who has write access, adds the label, and records what he approved', async () => {
    personLabels('labeled', APPROVE_LABEL, 'bob');
    const run = await pullRun('labeled', { label: APPROVE_LABEL, sender: 'bob' });
    expect(run.code).toBe(0);
    const record = /<!-- pg-migration-review:approval (\{.*\}) -->/.exec(api.state.issueComments[0].body);
    const dropped = readReport(run).findings.find((f) => f.ruleId === 'drop-column');
    expect(JSON.parse(record?.[1] ?? '{}')).toMatchObject({ by: 'bob', fingerprints: [dropped?.fingerprint] });
    expect(api.requests.some((r) => r.operation === 'repos/get-collaborator-permission-level' && r.path.endsWith('/bob/permission'))).toBe(true);
  });

  it('passes the merge queue on that approval without writing anything', async () => {
    writesBefore = writesTo(api).length;
    const run = await queueRun();
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('escalate');
    expect(notices(run).some((n) => /#7 by @bob/.test(n))).toBe(true);
    expect(writesTo(api).length).toBe(writesBefore);
  });

  it('fails a push that adds a second DROP COLUMN until approved again, naming the new one', async () => {
    const path = checkout.files[0].filename;
    checkout = pushToCheckout(checkout, (repo) => {
      const text = readText(repo.root, path).replace('ALTER TABLE books DROP COLUMN description;', 'ALTER TABLE books DROP COLUMN description;\nALTER TABLE books DROP COLUMN currency;');
      repo.write({ [path]: text });
    });
    api.state.files = checkout.files;
    pr = { ...pr, headSha: checkout.headSha };
    const run = await pullRun('synchronize');
    expect(run.code).toBe(1);
    expect(readReport(run).findings.filter((f) => f.ruleId === 'drop-column')).toHaveLength(2);
    const summary = api.state.issueComments[0].body;
    expect(summary).toMatch(/1 new since then need approval/);
    expect(summary).toMatch(/`drop-column` at `[^`]+:6`/);
    // The stale label is taken off, so approving again is one click.
    expect(api.state.labels).not.toContain(APPROVE_LABEL);
  });

  it('fails the merge queue too, while the new escalation is not approved', async () => {
    const run = await queueRun();
    expect(run.code).toBe(1);
    expect(run.annotations.find((a) => a.command === 'error' && a.properties.file === undefined)?.message).toMatch(/approval does not cover/);
  });
});
