// Escalation through the bundled action: a pull request that only drops a column gets the
// escalation label and reviewers and fails; a person's approve label lets it pass and the summary
// names them; removing the label fails the next run again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../helpers/fake-github.js';
import { notices, readReport, STACK_TRACE, writesTo } from './expectations.js';
import { pullRequestPayload, type PullRequestShape } from './payloads.js';
import { disposeRuns, fakeGitHubFor, PULL, runAction, type ActionRun } from './run-action.js';
import { dropColumnCheckout, type PullRequestCheckout } from './workspace.js';

const ESCALATION_LABEL = 'needs-migration-review';
const APPROVE_LABEL = 'migration-approved';
const inputs = { 'escalation-reviewers': 'alice, acme/dba' };

let checkout: PullRequestCheckout;
let pr: PullRequestShape;
let api: FakeGitHub;

beforeAll(async () => {
  checkout = dropColumnCheckout();
  pr = { number: PULL, baseSha: checkout.baseSha, headSha: checkout.headSha, headRef: checkout.headRef, author: 'octocat' };
  api = await fakeGitHubFor(checkout, { author: 'octocat' });
});

afterAll(async () => {
  await api?.close();
  checkout?.repo.dispose();
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
