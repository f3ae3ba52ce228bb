import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import type { GitHubApi } from '../../src/github/api.js';
import { approvalLine, type ApprovalRecord } from '../../src/github/approval.js';
import type { CommentOwner } from '../../src/github/comment-owner.js';
import { mergeGroupApproval, queuedPulls } from '../../src/github/merge-queue.js';
import { summaryMarker } from '../../src/report/summary-comment.js';
import { finding } from '../report/helpers.js';
import { apiFor, startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from '../helpers/fake-github.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';

describe('queuedPulls', () => {
  it("takes the pull request from the merge queue's branch", () => {
    expect(queuedPulls(`refs/heads/gh-readonly-queue/main/pr-42-${SHA}`, [])).toEqual([42]);
    expect(queuedPulls(`gh-readonly-queue/release/v2/pr-5-${SHA}`, [])).toEqual([5]);
  });

  it('adds the pull requests entered ahead of it, named by the subjects of the commits the queue made', () => {
    const messages = [
      'Merge pull request #7 from x/y\n\nAdd orders',
      'Add thing (#9)',
      // Only subjects count: a mention in the body is not a queued pull request.
      'Tidy up\n\nFollow-up to (#11)',
      'Mention #12 in passing',
    ];
    expect(queuedPulls(`refs/heads/gh-readonly-queue/main/pr-42-${SHA}`, messages)).toEqual([7, 9, 42]);
    // Counted once, in order.
    expect(queuedPulls(`refs/heads/gh-readonly-queue/main/pr-9-${SHA}`, ['Add thing (#9)', 'Merge pull request #7 from x/y'])).toEqual([7, 9]);
  });

  it('reads only the messages when the branch is not a merge queue branch', () => {
    const messages = ['Merge pull request #7 from x/y', 'Add thing (#9)'];
    expect(queuedPulls('refs/heads/feature/pr-3-abcdef0', messages)).toEqual([7, 9]);
    expect(queuedPulls('refs/heads/main', [])).toEqual([]);
  });
});

function escalation(ruleId: string, fingerprint: string): Finding {
  return finding(ruleId, 'db/migrations/003_drop.sql', 1, { layer: 'escalation', severity: 'escalate', fingerprint });
}

const FP_A = 'a'.repeat(16);
const FP_B = 'b'.repeat(16);
const DROP_A = escalation('drop-column', FP_A);
const DROP_B = escalation('drop-table', FP_B);
const RECORD: ApprovalRecord = { by: 'alice', at: '2025-03-04T05:06:07.000Z', fingerprints: [FP_A, FP_B] };
const OWNER: CommentOwner = { login: 'github-actions[bot]', scope: '' };
const LABEL = 'migration-approved';

/** A summary comment as the action writes it: the marker as first line, the record right after. */
const summaryBody = (record: ApprovalRecord, scope = '', directory = 'db/migrations'): string =>
  `${summaryMarker(directory, scope)}\n${approvalLine(record)}\n## 🧑‍⚖️ pg-migration-review: escalate (approved)`;

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

async function start(options: FakeGitHubOptions = {}): Promise<{ gh: FakeGitHub; api: GitHubApi }> {
  gh = await startFakeGitHub({ pullNumber: 7, ...options });
  return { gh, api: apiFor(gh) };
}

const approval = (api: GitHubApi, over: { escalations?: Finding[]; owner?: CommentOwner; pulls?: number[] } = {}) =>
  mergeGroupApproval(api, { pulls: over.pulls ?? [7], approveLabel: LABEL, owner: over.owner ?? OWNER, escalations: over.escalations ?? [DROP_A, DROP_B] });

describe('mergeGroupApproval', () => {
  it('is approved when the label is on the pull request and its recorded approval covers the escalations', async () => {
    const { gh, api } = await start({ labels: ['needs-migration-review', LABEL], issueComments: [{ body: summaryBody(RECORD) }] });
    expect(await approval(api)).toEqual({ approved: true, uncovered: [], approvals: ['#7 by @alice'], notices: [] });
    // The merge queue's run reads; it writes nothing.
    expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('leaves escalations the recorded approval does not cover', async () => {
    const { api } = await start({ labels: [LABEL], issueComments: [{ body: summaryBody({ ...RECORD, fingerprints: [FP_A] }) }] });
    expect(await approval(api)).toEqual({ approved: false, uncovered: [DROP_B], approvals: ['#7 by @alice'], notices: [] });
  });

  it('is not approved once the label was removed, whatever the summary recorded', async () => {
    const { api } = await start({ labels: ['needs-migration-review'], issueComments: [{ body: summaryBody(RECORD) }] });
    expect(await approval(api)).toEqual({ approved: false, uncovered: [DROP_A, DROP_B], approvals: [], notices: [] });
  });

  it('ignores a forged record in a comment a person wrote', async () => {
    const { api } = await start({ labels: [LABEL], issueComments: [{ body: summaryBody(RECORD), user: { login: 'mallory', type: 'User' } }] });
    const result = await approval(api);
    expect(result).toMatchObject({ approved: false, uncovered: [DROP_A, DROP_B], approvals: [] });
    expect(result.notices).toEqual([expect.stringContaining('#7 has the "migration-approved" label but no recorded approval')]);
  });

  it('ignores a forged record in a human comment even when the token cannot say who it is', async () => {
    const { api } = await start({ labels: [LABEL], issueComments: [{ body: summaryBody(RECORD), user: { login: 'mallory', type: 'User' } }] });
    expect((await approval(api, { owner: { login: undefined, scope: '' } })).approved).toBe(false);
  });

  it("counts a record only in this scope's summary", async () => {
    const { api } = await start({ labels: [LABEL], issueComments: [{ body: summaryBody(RECORD, 'b') }] });
    expect(await approval(api)).toMatchObject({ approved: false, uncovered: [DROP_A, DROP_B], approvals: [] });
    expect(await approval(api, { owner: { ...OWNER, scope: 'a' } })).toMatchObject({ approved: false, approvals: [] });
    expect(await approval(api, { owner: { ...OWNER, scope: 'b' } })).toEqual({ approved: true, uncovered: [], approvals: ['#7 by @alice'], notices: [] });
  });

  it('counts a record only in a comment whose first line is the summary marker', async () => {
    const quoted = `> quoting the summary\n${summaryBody(RECORD)}`;
    const { api } = await start({ labels: [LABEL], issueComments: [{ body: quoted }, { body: `${approvalLine(RECORD)}\nno marker at all` }] });
    expect(await approval(api)).toMatchObject({ approved: false, approvals: [] });
  });

  it('merges the records of the summaries of several directories', async () => {
    const { api } = await start({
      labels: [LABEL],
      issueComments: [
        { body: summaryBody({ ...RECORD, fingerprints: [FP_A] }, '', 'a/migrations') },
        { body: summaryBody({ by: 'carol', at: '2025-03-05T00:00:00.000Z', fingerprints: [FP_B] }, '', 'b/migrations') },
      ],
    });
    expect(await approval(api)).toEqual({ approved: true, uncovered: [], approvals: ['#7 by @carol'], notices: [] });
  });

  it('says when it cannot tell which pull requests the group holds, or cannot read one', async () => {
    const { api } = await start({ labels: [LABEL], issueComments: [{ body: summaryBody(RECORD) }] });
    const none = await approval(api, { pulls: [] });
    expect(none).toMatchObject({ approved: false, uncovered: [DROP_A, DROP_B] });
    expect(none.notices).toEqual([expect.stringContaining('Could not tell which pull request this merge group holds')]);

    // #8 is not served: its failure is a notice, #7's approval still counts.
    const partly = await approval(api, { pulls: [7, 8] });
    expect(partly).toMatchObject({ approved: true, approvals: ['#7 by @alice'] });
    expect(partly.notices).toEqual([expect.stringContaining('Could not read the approval of #8')]);
  });
});
