import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubApi, type GitHubApi } from '../../src/github/api.js';
import { applyEscalation, type EscalationOptions } from '../../src/github/escalation.js';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from '../helpers/fake-github.js';

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

async function start(options: FakeGitHubOptions = {}): Promise<{ gh: FakeGitHub; api: GitHubApi }> {
  gh = await startFakeGitHub({ author: 'octocat', ...options });
  return { gh, api: createGitHubApi({ token: 't', apiUrl: gh.url, owner: 'acme', repo: 'shop', retry: { sleep: async () => {} } }) };
}

const BASE: EscalationOptions = {
  pull: 7,
  verdict: 'escalate',
  labels: [],
  escalationLabel: 'needs-migration-review',
  approveLabel: 'migration-approved',
  users: ['dba-alice', 'octocat'],
  teams: ['dbas'],
  author: 'octocat',
  eventName: 'pull_request',
  eventAction: 'synchronize',
  sender: 'octocat',
};

describe('applyEscalation', () => {
  it('labels the pull request and requests the reviewers (not its author) on first escalation', async () => {
    const { gh, api } = await start();
    const result = await applyEscalation(api, BASE);
    expect(result).toEqual({ approved: false, notices: [] });
    expect(gh.state.labels).toEqual(['needs-migration-review']);
    expect(gh.state.requestedReviewers).toEqual(['dba-alice']);
    expect(gh.state.requestedTeams).toEqual(['dbas']);
    expect(gh.invalidRequests).toEqual([]);

    // Already labelled: nothing is written again, reviewers are not pinged on every push.
    gh.requests.length = 0;
    await applyEscalation(api, { ...BASE, labels: ['needs-migration-review'] });
    expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('asks the other reviewers when one is not a collaborator, and says who could not be asked', async () => {
    const { gh, api } = await start({ collaborators: ['dba-alice'] });
    const result = await applyEscalation(api, { ...BASE, users: ['dba-alice', 'outsider'] });
    expect(gh.state.requestedReviewers).toEqual(['dba-alice']);
    expect(gh.state.requestedTeams).toEqual(['dbas']);
    expect(result.notices).toEqual([expect.stringMatching(/^could not request a review from outsider: .*collaborator/)]);
  });

  it('does nothing when the verdict is not escalate, and leaves labels people set', async () => {
    const { gh, api } = await start({ labels: ['needs-migration-review'] });
    for (const verdict of ['pass', 'warn', 'fail'] as const) {
      expect(await applyEscalation(api, { ...BASE, verdict, labels: ['needs-migration-review'] })).toEqual({ approved: false, notices: [] });
    }
    expect(gh.requests).toEqual([]);
  });

  it('takes the approver from the labeled event that added the approve label', async () => {
    const { gh, api } = await start();
    const result = await applyEscalation(api, {
      ...BASE,
      labels: ['needs-migration-review', 'migration-approved'],
      eventAction: 'labeled',
      eventLabel: 'migration-approved',
      sender: 'dba-alice',
    });
    expect(result).toEqual({ approved: true, approvedBy: 'dba-alice', notices: [] });
    expect(gh.requests).toEqual([]);
  });

  it('finds the approver in the issue events on other runs (latest labeled event for the label)', async () => {
    const { api } = await start({
      issueEvents: [
        { event: 'labeled', actor: 'bob', label: 'migration-approved' },
        { event: 'unlabeled', actor: 'carol', label: 'migration-approved' },
        { event: 'labeled', actor: 'dba-alice', label: 'migration-approved' },
        { event: 'labeled', actor: 'mallory', label: 'unrelated' },
        { event: 'review_requested', actor: 'octocat' },
      ],
    });
    const result = await applyEscalation(api, { ...BASE, labels: ['needs-migration-review', 'Migration-Approved'] });
    expect(result).toEqual({ approved: true, approvedBy: 'dba-alice', notices: [] });
  });

  it('is not approved once the approve label is removed', async () => {
    const { api } = await start({ issueEvents: [{ event: 'labeled', actor: 'bob', label: 'migration-approved' }] });
    const result = await applyEscalation(api, {
      ...BASE,
      labels: ['needs-migration-review'],
      eventAction: 'unlabeled',
      eventLabel: 'migration-approved',
    });
    expect(result.approved).toBe(false);
  });

  it('turns 403s (fork pull requests) into one notice and still reports approval', async () => {
    const { gh, api } = await start({ fork: true });
    const result = await applyEscalation(api, { ...BASE, labels: ['migration-approved'], eventAction: 'labeled', eventLabel: 'migration-approved', sender: 'bob' });
    expect(result).toEqual({
      approved: true,
      approvedBy: 'bob',
      notices: [expect.stringMatching(/^cannot write comments with this token \(fork pull request or read-only permissions\)/)],
    });
    expect(gh.state.labels).toEqual([]);
    expect(gh.state.requestedReviewers).toEqual([]);
  });
});
