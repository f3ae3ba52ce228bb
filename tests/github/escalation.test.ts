import { afterEach, describe, expect, it } from 'vitest';
import type { GitHubApi } from '../../src/github/api.js';
import { applyEscalation, type EscalationOptions } from '../../src/github/escalation.js';
import { apiFor, startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from '../helpers/fake-github.js';

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

async function start(options: FakeGitHubOptions = {}): Promise<{ gh: FakeGitHub; api: GitHubApi }> {
  gh = await startFakeGitHub({ author: 'octocat', ...options });
  return { gh, api: apiFor(gh) };
}

const BASE: EscalationOptions = {
  pull: 7,
  labels: [],
  escalationLabel: 'needs-migration-review',
  users: ['dba-alice', 'octocat'],
  teams: ['dbas'],
  author: 'octocat',
};

const writes = (server: FakeGitHub): string[] =>
  server.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.operation ?? r.path} ${r.status}`);

describe('applyEscalation', () => {
  it('labels the pull request and requests the reviewers (not its author) on first escalation', async () => {
    const { gh, api } = await start();
    const result = await applyEscalation(api, BASE);
    expect(result).toEqual({ asked: ['@dba-alice', 'team dbas'], notices: [] });
    expect(gh.state.labels).toEqual(['needs-migration-review']);
    expect(gh.state.requestedReviewers).toEqual(['dba-alice']);
    expect(gh.state.requestedTeams).toEqual(['dbas']);
    expect(writes(gh)).toEqual(['POST issues/add-labels 200', 'POST pulls/request-reviewers 201']);
    expect(gh.invalidRequests).toEqual([]);

    // Already labelled: nothing is written again, reviewers are not pinged on every push, and
    // the summary can still say who was asked.
    gh.requests.length = 0;
    const again = await applyEscalation(api, { ...BASE, labels: ['needs-migration-review'] });
    expect(again).toEqual({ asked: ['@dba-alice', 'team dbas'], notices: [] });
    expect(writes(gh)).toEqual([]);
  });

  it('recognises the escalation label and the author whatever their case', async () => {
    const { gh, api } = await start();
    const result = await applyEscalation(api, { ...BASE, users: ['OctoCat', 'dba-alice'], labels: ['Needs-Migration-Review'] });
    expect(result.asked).toEqual(['@dba-alice', 'team dbas']);
    expect(gh.requests).toEqual([]);
  });

  it('labels without a review request when no reviewers are configured', async () => {
    const { gh, api } = await start();
    const result = await applyEscalation(api, { ...BASE, users: [], teams: [] });
    expect(result).toEqual({ asked: [], notices: [] });
    expect(gh.state.labels).toEqual(['needs-migration-review']);
    expect(writes(gh)).toEqual(['POST issues/add-labels 200']);
  });

  it('does not ask the author when they are the only reviewer configured', async () => {
    const { gh, api } = await start();
    const result = await applyEscalation(api, { ...BASE, users: ['octocat'], teams: [] });
    expect(result).toEqual({ asked: [], notices: [] });
    expect(writes(gh)).toEqual(['POST issues/add-labels 200']);
  });

  it('keeps labels people set and adds only its own', async () => {
    const { gh, api } = await start({ labels: ['bug'] });
    await applyEscalation(api, { ...BASE, labels: ['bug'] });
    expect(gh.state.labels).toEqual(['bug', 'needs-migration-review']);
    expect(gh.requests.some((r) => r.operation === 'issues/remove-label')).toBe(false);
  });

  it('asks the other reviewers when one is not a collaborator, and says who could not be asked', async () => {
    const { gh, api } = await start({ collaborators: ['dba-alice'] });
    const result = await applyEscalation(api, { ...BASE, users: ['dba-alice', 'outsider'] });
    expect(gh.state.requestedReviewers).toEqual(['dba-alice']);
    expect(gh.state.requestedTeams).toEqual(['dbas']);
    expect(result.asked).toEqual(['@dba-alice', '@outsider', 'team dbas']);
    expect(result.notices).toEqual([expect.stringMatching(/^could not request a review from outsider: .*collaborator/)]);
  });

  it('turns 403s (fork pull requests) into one notice, and asks nobody when the label could not be set', async () => {
    const { gh, api } = await start({ fork: true });
    const result = await applyEscalation(api, BASE);
    expect(result).toEqual({
      asked: ['@dba-alice', 'team dbas'],
      notices: [expect.stringMatching(/^cannot write comments with this token \(fork pull request or read-only permissions\)/)],
    });
    expect(gh.state.labels).toEqual([]);
    expect(gh.state.requestedReviewers).toEqual([]);
    expect(writes(gh)).toEqual(['POST issues/add-labels 403']);
  });

  it('rethrows failures that are not about permissions', async () => {
    const { gh, api } = await start();
    gh.inject({ method: 'POST', path: /\/issues\/7\/labels$/, status: 404 });
    await expect(applyEscalation(api, BASE)).rejects.toMatchObject({ status: 404 });
  });
});
