import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import type { GitHubApi } from '../../src/github/api.js';
import { approvalLine, decideApproval, mergeRecords, parseApprovalRecord, type ApprovalInput, type ApprovalRecord } from '../../src/github/approval.js';
import { finding } from '../report/helpers.js';
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

function escalation(ruleId: string, line: number, fingerprint: string): Finding {
  return finding(ruleId, 'db/migrations/003_drop.sql', line, { layer: 'escalation', severity: 'escalate', fingerprint });
}

const FP_A = 'a'.repeat(16);
const FP_B = 'b'.repeat(16);
const FP_C = '0123456789abcdef';
const DROP_A = escalation('drop-column', 1, FP_A);
const DROP_B = escalation('drop-table', 2, FP_B);
const NEW_C = escalation('rename-column', 3, FP_C);
const NOW = new Date('2025-03-04T05:06:07.000Z');

const BASE: ApprovalInput = {
  escalations: [DROP_A, DROP_B],
  labels: ['needs-migration-review', 'migration-approved'],
  approveLabel: 'migration-approved',
  action: 'labeled',
  eventLabel: 'migration-approved',
  sender: 'alice',
  author: 'octocat',
  allowSelfApproval: false,
  previous: undefined,
  now: NOW,
};

const PERMISSIONS: FakeGitHubOptions['permissions'] = { alice: 'write', bob: 'read', octocat: 'admin', carol: 'maintain', tina: 'triage' };
const permissionChecks = (server: FakeGitHub): string[] =>
  server.requests.filter((r) => r.operation === 'repos/get-collaborator-permission-level').map((r) => r.path);

describe('approval record line', () => {
  it('round-trips through the hidden line, inside an HTML comment', () => {
    const record: ApprovalRecord = { by: 'alice', at: NOW.toISOString(), fingerprints: [FP_A, FP_B] };
    const line = approvalLine(record);
    expect(line.startsWith('<!-- pg-migration-review:approval ')).toBe(true);
    expect(line.endsWith(' -->')).toBe(true);
    expect(parseApprovalRecord(line)).toEqual(record);
    // Found anywhere in a summary body.
    expect(parseApprovalRecord(`<!-- pg-migration-review:summary:db -->\n${line}\n## verdict`)).toEqual(record);
  });

  it('cannot be broken out of by a login, and keeps only well-formed fingerprints', () => {
    const line = approvalLine({ by: 'eve --> <b>x</b>', at: NOW.toISOString(), fingerprints: [FP_A, 'not-a-fingerprint', 'ABCDEF0123456789'] });
    expect(line.indexOf('-->')).toBe(line.length - 3);
    const parsed = parseApprovalRecord(line);
    expect(parsed?.by).not.toMatch(/[<> ]/);
    expect(parsed?.fingerprints).toEqual([FP_A]);
  });

  it('parses nothing from bodies without a well-formed record', () => {
    expect(parseApprovalRecord('no record here')).toBeUndefined();
    expect(parseApprovalRecord('<!-- pg-migration-review:approval {not json} -->')).toBeUndefined();
    expect(parseApprovalRecord('<!-- pg-migration-review:approval {"by":"alice","at":"x"} -->')).toBeUndefined();
    expect(parseApprovalRecord('<!-- pg-migration-review:approval {"by":1,"at":"x","fingerprints":[]} -->')).toBeUndefined();
  });
});

describe('mergeRecords', () => {
  it('is undefined without records, and the union of several, naming the latest approver', () => {
    expect(mergeRecords([])).toBeUndefined();
    expect(mergeRecords([undefined, undefined])).toBeUndefined();
    const early: ApprovalRecord = { by: 'alice', at: '2025-01-01T00:00:00.000Z', fingerprints: [FP_A, FP_B] };
    const late: ApprovalRecord = { by: 'carol', at: '2025-02-01T00:00:00.000Z', fingerprints: [FP_B, FP_C] };
    expect(mergeRecords([undefined, early])).toEqual(early);
    for (const records of [[late, undefined, early], [early, late]]) {
      const merged = mergeRecords(records);
      expect(merged).toMatchObject({ by: 'carol', at: late.at });
      expect([...(merged?.fingerprints ?? [])].sort()).toEqual([FP_C, FP_A, FP_B].sort());
    }
  });
});

describe('decideApproval', () => {
  it('approves on the labeled event of a writer who is not the author, recording the current escalations', async () => {
    const { gh, api } = await start({ permissions: PERMISSIONS });
    // Two identical statements share a fingerprint: the record holds it once.
    const decision = await decideApproval(api, { ...BASE, escalations: [DROP_A, DROP_B, { ...DROP_A, line: 9 }] });
    expect(decision).toEqual({
      status: 'approved',
      approved: true,
      record: { by: 'alice', at: NOW.toISOString(), fingerprints: [FP_A, FP_B] },
      uncovered: [],
      removeLabel: false,
    });
    expect(permissionChecks(gh)).toEqual(['/repos/acme/shop/collaborators/alice/permission']);
    expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('counts maintain and admin as write access', async () => {
    const { api } = await start({ permissions: PERMISSIONS });
    expect((await decideApproval(api, { ...BASE, sender: 'carol' })).status).toBe('approved');
    expect((await decideApproval(api, { ...BASE, sender: 'octocat', author: 'someone-else' })).status).toBe('approved');
  });

  it("refuses the author's own label, and asks GitHub nothing", async () => {
    const { gh, api } = await start({ permissions: PERMISSIONS });
    const decision = await decideApproval(api, { ...BASE, sender: 'OctoCat' });
    expect(decision).toMatchObject({ status: 'refused', approved: false, removeLabel: true, uncovered: [DROP_A, DROP_B] });
    expect(decision.record).toBeUndefined();
    expect(decision.reason).toMatch(/@OctoCat opened this pull request and cannot approve its own escalations/);
    expect(decision.reason).toContain('allow-self-approval');
    expect(gh.requests).toEqual([]);
  });

  it("accepts the author's own label when self-approval is allowed and they have write access", async () => {
    const { api } = await start({ permissions: PERMISSIONS });
    const decision = await decideApproval(api, { ...BASE, sender: 'octocat', allowSelfApproval: true });
    expect(decision).toMatchObject({ status: 'approved', approved: true, removeLabel: false, record: { by: 'octocat' } });
  });

  it('refuses a label added by a user with read access, naming it', async () => {
    const { api } = await start({ permissions: PERMISSIONS });
    const decision = await decideApproval(api, { ...BASE, sender: 'bob' });
    expect(decision).toMatchObject({ status: 'refused', approved: false, removeLabel: true, uncovered: [DROP_A, DROP_B] });
    expect(decision.reason).toMatch(/@bob has read access to the repository; approving needs write access/);
    // Triage folds into read; a login the repository does not list has none.
    expect((await decideApproval(api, { ...BASE, sender: 'tina' })).reason).toMatch(/@tina has read access/);
    const unlisted = await decideApproval(api, { ...BASE, sender: 'mallory' });
    expect(unlisted).toMatchObject({ status: 'refused', removeLabel: true });
    expect(unlisted.reason).toMatch(/@mallory .*approving needs write access/);
  });

  it('refuses, saying so, when the permission cannot be checked', async () => {
    const { gh, api } = await start({ permissions: PERMISSIONS });
    gh.inject({ method: 'GET', path: /collaborators/, status: 403, attempts: 'every' });
    const decision = await decideApproval(api, BASE);
    expect(decision).toMatchObject({ status: 'refused', approved: false, removeLabel: true });
    expect(decision.reason).toMatch(/could not check @alice's access to the repository \(HTTP 403\)/);
    expect(decision.reason).toContain('not counted');
  });

  it('refuses a label added by someone GitHub says is not a collaborator', async () => {
    const { gh, api } = await start({ permissions: PERMISSIONS });
    gh.inject({ method: 'GET', path: /collaborators/, status: 404, attempts: 'every' });
    const decision = await decideApproval(api, BASE);
    expect(decision).toMatchObject({ status: 'refused', removeLabel: true, reason: expect.stringMatching(/@alice is not a collaborator/) });
  });

  it('refuses a labeled event that does not say who added the label', async () => {
    const { api } = await start({ permissions: PERMISSIONS });
    const decision = await decideApproval(api, { ...BASE, sender: '' });
    expect(decision).toMatchObject({ status: 'refused', removeLabel: true, reason: expect.stringContaining('does not say who added the label') });
  });

  it('honours a recorded approval on a later push that adds no escalation', async () => {
    const { gh, api } = await start({ permissions: PERMISSIONS });
    const previous: ApprovalRecord = { by: 'alice', at: '2025-01-01T00:00:00.000Z', fingerprints: [FP_A, FP_B] };
    const decision = await decideApproval(api, { ...BASE, action: 'synchronize', eventLabel: undefined, sender: 'octocat', previous });
    expect(decision).toEqual({ status: 'approved', approved: true, record: previous, uncovered: [], removeLabel: false });
    expect(decision.record?.by).toBe('alice');
    // Who pushed does not matter, and nobody's permission is asked again.
    expect(gh.requests).toEqual([]);
  });

  it('goes stale when a push adds an escalation the record does not cover', async () => {
    const { api } = await start({ permissions: PERMISSIONS });
    const previous: ApprovalRecord = { by: 'alice', at: '2025-01-01T00:00:00.000Z', fingerprints: [FP_A, FP_B] };
    const decision = await decideApproval(api, { ...BASE, escalations: [DROP_A, NEW_C, DROP_B], action: 'synchronize', eventLabel: undefined, previous });
    expect(decision).toMatchObject({ status: 'stale', approved: false, removeLabel: true, record: previous });
    expect(decision.uncovered).toEqual([NEW_C]);
    expect(decision.reason).toMatch(/@alice approved 2 escalation\(s\); 1 new since then need approval/);
  });

  it('does not count a label present without a recorded approval outside its labeled event', async () => {
    const { api } = await start({ permissions: PERMISSIONS });
    for (const input of [
      { ...BASE, action: 'synchronize', eventLabel: undefined },
      // Another label's labeled event is not the approval.
      { ...BASE, action: 'labeled', eventLabel: 'needs-migration-review' },
    ]) {
      const decision = await decideApproval(api, input);
      expect(decision).toMatchObject({ status: 'unrecorded', approved: false, removeLabel: true, uncovered: [DROP_A, DROP_B] });
      expect(decision.reason).toContain('`migration-approved` label was added before these escalations existed');
    }
  });

  it('waits for the label while there are escalations', async () => {
    const { gh, api } = await start({ permissions: PERMISSIONS });
    const decision = await decideApproval(api, { ...BASE, labels: ['needs-migration-review'], action: 'unlabeled' });
    expect(decision).toEqual({ status: 'waiting', approved: false, uncovered: [DROP_A, DROP_B], removeLabel: false });
    expect(gh.requests).toEqual([]);
  });

  it('needs nothing without escalations, keeping a recorded approval while the label stays', async () => {
    const { gh, api } = await start({ permissions: PERMISSIONS });
    expect(await decideApproval(api, { ...BASE, escalations: [] })).toEqual({ status: 'not-needed', approved: false, uncovered: [], removeLabel: false });
    const previous: ApprovalRecord = { by: 'alice', at: '2025-01-01T00:00:00.000Z', fingerprints: [FP_A] };
    expect(await decideApproval(api, { ...BASE, escalations: [], action: 'synchronize', previous })).toMatchObject({ status: 'not-needed', record: previous, removeLabel: false });
    expect(await decideApproval(api, { ...BASE, escalations: [], labels: [], previous })).not.toHaveProperty('record');
    expect(gh.requests).toEqual([]);
  });
});
