// The bundled action against a GitHub API that fails the way GitHub does: read-only tokens (403),
// comments deleted meanwhile (404), review lines outside a moved diff (422), 5xx after the write
// landed, and rate limits with Retry-After. Whatever fails, the verdict, the exit status and the
// job summary stay those of the review, and no comment is posted twice or lost.
// The scenarios are independent, so they run two at a time (each action holds a PGlite), which
// keeps the file fast on two cores without crowding out the other test files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summaryMarker } from '../../src/report/summary-comment.js';
import { GITHUB_ERRORS, type FakeGitHub, type FakeGitHubOptions, type RecordedRequest } from '../helpers/fake-github.js';
import { fingerprintsIn, notices, readReport, STACK_TRACE, writesTo, type Report } from './expectations.js';
import { pullRequestPayload } from './payloads.js';
import { disposeRuns, fakeGitHubFor, PULL, runAction, type ActionRun } from './run-action.js';
import { bookshopCheckout, dropColumnCheckout, EXTRA_MIGRATION, type PullRequestCheckout } from './workspace.js';

const MARKER = summaryMarker('db/migrations');
const REPO = '/repos/acme/shop';
const REVIEWS = new RegExp(`^${REPO}/pulls/${PULL}/reviews$`);
const ISSUE_COMMENTS = new RegExp(`^${REPO}/issues/${PULL}/comments$`);
const LABELS = new RegExp(`^${REPO}/issues/${PULL}/labels$`);
const PULL_FILES = new RegExp(`^${REPO}/pulls/${PULL}/files$`);
const ANY = /.*/;
/** Why a run could not publish at all: the failure the recovery is there to prevent. */
const LOST = /Could not publish to the pull request/;

interface Outcome {
  api: FakeGitHub;
  run: ActionRun;
  report: Report;
}

let bookshop: PullRequestCheckout;
let dropColumn: PullRequestCheckout;
const servers: FakeGitHub[] = [];

async function scenario(
  checkout: PullRequestCheckout,
  setup: (api: FakeGitHub) => void,
  options: { api?: FakeGitHubOptions; inputs?: Record<string, string> } = {},
): Promise<Outcome> {
  const api = await fakeGitHubFor(checkout, options.api);
  servers.push(api);
  setup(api);
  const pr = { number: PULL, baseSha: checkout.baseSha, headSha: checkout.headSha, headRef: checkout.headRef };
  const run = await runAction({ workspace: checkout.root, event: 'pull_request', payload: pullRequestPayload('opened', pr), api, inputs: options.inputs });
  return { api, run, report: readReport(run) };
}

/** Runs the thunks, at most `width` at once, and returns their results in order. */
async function inParallel<T>(width: number, thunks: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = new Array<T>(thunks.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    for (let i = next++; i < thunks.length; i = next++) results[i] = await thunks[i]();
  };
  await Promise.all(Array.from({ length: Math.min(width, thunks.length) }, lane));
  return results;
}

const ops = (api: FakeGitHub, operation: string): RecordedRequest[] => api.requests.filter((r) => r.operation === operation);
const summaries = (api: FakeGitHub): string[] => api.state.issueComments.filter((c) => c.body.startsWith(MARKER)).map((c) => c.body);

/** The step's result is the review's: outputs from the report, the gate by the verdict, the job summary whole, no crash. */
function expectIntact({ run, report }: Outcome, gateFails: boolean): void {
  expect(run.stderr).not.toMatch(STACK_TRACE);
  expect(run.code).toBe(gateFails ? 1 : 0);
  const count = (severity: string) => String(report.findings.filter((f) => f.severity === severity && !f.ignored).length);
  expect(run.outputs).toMatchObject({
    verdict: report.verdict,
    errors: count('error'),
    warnings: count('warning'),
    escalations: count('escalate'),
    findings: String(report.findings.length),
  });
  expect(run.summary).toMatch(new RegExp(`^## .*pg-migration-review.*: ${report.verdict}$`, 'm'));
  for (const f of report.findings) expect(run.summary, `${f.ruleId} ${f.file}:${f.line}`).toContain(`\`${f.file}:${f.line}\``);
  // The only error not on a file is the gate's, and it names the verdict.
  const stepErrors = run.annotations.filter((a) => a.command === 'error' && a.properties.file === undefined).map((a) => a.message);
  expect(stepErrors).toEqual(gateFails ? [expect.stringContaining(`verdict ${report.verdict}`)] : []);
  expect(notices(run).filter((n) => LOST.test(n))).toEqual([]);
}

/** One summary comment, the one the job summary shows, every finding in it; no inline comment twice. */
function expectNothingDuplicatedOrLost({ api, run, report }: Outcome): void {
  const bodies = summaries(api);
  expect(bodies).toHaveLength(1);
  expect(run.summary).toContain(bodies[0]);
  for (const f of report.findings) expect(bodies[0], `${f.ruleId} ${f.file}:${f.line}`).toContain(`\`${f.file}:${f.line}\``);
  expect(api.state.reviews).toHaveLength(1);
  const prints = fingerprintsIn(api.state.reviewComments.map((c) => c.body));
  expect(prints.length).toBeGreaterThan(0);
  expect(new Set(prints).size).toBe(prints.length);
  expect(api.invalidRequests).toEqual([]);
}

let readOnly: Outcome;
let readOnlyNeverFails: Outcome;
let deleted: Outcome;
let movedDiff: Outcome;
let landed: Outcome;
let rateLimited: Outcome;
const STALE_FINGERPRINT = '0123456789abcdef';
const STALE_ID = 4242;
const OLD_SUMMARY_ID = 4343;

/** Every write refused, as for a fork's pull request. */
function refuseWrites(api: FakeGitHub): void {
  for (const method of ['POST', 'PATCH', 'PUT', 'DELETE']) api.inject({ method, path: ANY, attempts: 'every', ...GITHUB_ERRORS.readOnlyToken() });
}

/** A re-run: a person deletes the summary and a stale inline comment between the action's list and its write. */
function deletedMeanwhile(api: FakeGitHub): void {
  api.inject({ method: 'PATCH', path: new RegExp(`/issues/comments/${OLD_SUMMARY_ID}$`), before: (s) => void s.issueComments.splice(0, 1) });
  api.inject({ method: 'DELETE', path: new RegExp(`/pulls/comments/${STALE_ID}$`), before: (s) => void s.reviewComments.splice(0, 1) });
}

const EARLIER_RUN: FakeGitHubOptions = {
  issueComments: [{ id: OLD_SUMMARY_ID, body: `${MARKER}\n## pg-migration-review: pass (an earlier run)` }],
  reviewComments: [
    { id: STALE_ID, path: EXTRA_MIGRATION.path, line: 7, body: `⚠️ a finding since fixed\n\n<!-- pg-migration-review:fingerprint=${STALE_FINGERPRINT} -->` },
  ],
};

/** A push lands while the action runs: the new index migration's line 7 leaves the diff before the review is posted. */
function diffMoves(api: FakeGitHub): void {
  api.inject({
    method: 'POST',
    path: REVIEWS,
    before: (s) => {
      const file = s.files.find((f) => f.filename === EXTRA_MIGRATION.path);
      if (file) file.patch = '@@ -0,0 +1,3 @@\n+-- +goose NO TRANSACTION\n+\n+-- +goose Up';
    },
  });
}

/** GitHub creates the review and the summary, then answers 502 and 500; a read and a label write fail without effect. */
function failAfterApplying(api: FakeGitHub): void {
  api.inject({ method: 'POST', path: REVIEWS, applied: true, ...GITHUB_ERRORS.serverError(502) });
  api.inject({ method: 'POST', path: ISSUE_COMMENTS, applied: true, ...GITHUB_ERRORS.serverError(500) });
  api.inject({ method: 'GET', path: PULL_FILES, attempts: [1, 2], ...GITHUB_ERRORS.serverError(502) });
  api.inject({ method: 'POST', path: LABELS, ...GITHUB_ERRORS.serverError(503) });
}

/** Secondary rate limits with a one-second Retry-After (403 and 429), and one that asks for an hour. */
function rateLimit(api: FakeGitHub): void {
  api.inject({ method: 'POST', path: REVIEWS, ...GITHUB_ERRORS.secondaryRateLimit(1) });
  api.inject({ method: 'POST', path: ISSUE_COMMENTS, ...GITHUB_ERRORS.secondaryRateLimit(1, 429) });
  api.inject({ method: 'POST', path: LABELS, attempts: 'every', ...GITHUB_ERRORS.secondaryRateLimit(3600, 429) });
}

beforeAll(async () => {
  bookshop = bookshopCheckout();
  dropColumn = dropColumnCheckout();
  [readOnly, readOnlyNeverFails, deleted, movedDiff, landed, rateLimited] = await inParallel(2, [
    // An escalation, which the gate must still stop with every write refused.
    () => scenario(dropColumn, refuseWrites),
    () => scenario(dropColumn, refuseWrites, { inputs: { 'fail-on': 'never' } }),
    () => scenario(bookshop, deletedMeanwhile, { api: EARLIER_RUN }),
    () => scenario(bookshop, diffMoves),
    () => scenario(bookshop, failAfterApplying),
    () => scenario(bookshop, rateLimit),
  ]);
}, 240_000);

afterAll(async () => {
  for (const s of servers) await s.close();
  bookshop?.repo.dispose();
  dropColumn?.repo.dispose();
  disposeRuns();
});

describe('403 on every write (a fork pull request, a read-only token)', () => {
  it('keeps the verdict, the job summary and the gate: the escalation still fails the step', () => {
    expectIntact(readOnly, true);
    expect(readOnly.run.outputs.verdict).toBe('escalate');
    expect(readOnly.run.summary).toContain('drop-column');
  });

  it('passes under fail-on: never, with the refusal as a notice and no error', () => {
    expectIntact(readOnlyNeverFails, false);
  });

  it('says once that the token cannot write, and writes nothing', () => {
    for (const { run, api } of [readOnly, readOnlyNeverFails]) {
      expect(notices(run).filter((n) => /cannot write comments with this token/.test(n))).toHaveLength(1);
      expect(writesTo(api).length).toBeGreaterThan(0);
      expect(writesTo(api).every((r) => r.status === 403)).toBe(true);
      expect(api.state.reviewComments).toEqual([]);
      expect(api.state.issueComments).toEqual([]);
      expect(api.state.labels).toEqual([]);
    }
  });
});

describe('404 on a comment deleted meanwhile', () => {
  it('keeps the verdict, the exit status and the job summary', () => {
    expectIntact(deleted, true);
  });

  it('creates exactly one new summary when the old one was deleted before the edit', () => {
    expect(ops(deleted.api, 'issues/update-comment').map((r) => r.status)).toEqual([404]);
    expect(ops(deleted.api, 'issues/create-comment').map((r) => r.status)).toEqual([201]);
    expect(deleted.api.state.issueComments.map((c) => c.id)).not.toContain(OLD_SUMMARY_ID);
    expectNothingDuplicatedOrLost(deleted);
  });

  it('takes a stale inline comment that is already gone as deleted, and posts the current findings', () => {
    expect(ops(deleted.api, 'pulls/delete-review-comment').map((r) => r.status)).toEqual([404]);
    expect(fingerprintsIn(deleted.api.state.reviewComments.map((c) => c.body))).not.toContain(STALE_FINGERPRINT);
    expect(ops(deleted.api, 'pulls/create-review').map((r) => r.status)).toEqual([200]);
  });
});

describe('422 "line must be part of the diff" after the diff moved', () => {
  const bodyOf = (r: RecordedRequest) => r.body as { comments: { path: string; line: number; body: string }[] };

  it('keeps the verdict, the exit status and the job summary', () => {
    expectIntact(movedDiff, true);
  });

  it('posts the review again without the comment now outside the diff, and nothing else dropped', () => {
    const posts = ops(movedDiff.api, 'pulls/create-review');
    expect(posts.map((r) => r.status)).toEqual([422, 200]);
    const [refused, accepted] = posts.map((r) => bodyOf(r).comments.map((c) => `${c.path}:${c.line}`));
    expect(refused).toContain(`${EXTRA_MIGRATION.path}:7`);
    expect(accepted).toEqual(refused.filter((c) => c !== `${EXTRA_MIGRATION.path}:7`));
    expect(movedDiff.api.state.reviewComments.map((c) => `${c.path}:${c.line}`)).toEqual(accepted);
    expectNothingDuplicatedOrLost(movedDiff);
  });

  it('names the finding that moved to the summary comment', () => {
    const moved = movedDiff.report.findings.filter((f) => f.file === EXTRA_MIGRATION.path && f.line === 7);
    expect(moved.length).toBeGreaterThan(0);
    const notice = notices(movedDiff.run).find((n) => /outside the pull request's current diff/.test(n));
    for (const f of moved) {
      expect(notice).toContain(`${f.ruleId} at ${f.file}:${f.line}`);
      expect(summaries(movedDiff.api)[0]).toContain(`\`${f.file}:${f.line}\``);
    }
  });
});

describe('5xx on a write GitHub had already applied', () => {
  it('keeps the verdict, the exit status and the job summary, with no notice of a failure', () => {
    expectIntact(landed, true);
    expect(notices(landed.run).filter((n) => /GitHub failed|refused|rate limit/i.test(n))).toEqual([]);
  });

  it('finds the review and the summary it created instead of posting them twice', () => {
    expect(ops(landed.api, 'pulls/create-review').map((r) => r.status)).toEqual([502]);
    expect(ops(landed.api, 'issues/create-comment').map((r) => r.status)).toEqual([500]);
    expectNothingDuplicatedOrLost(landed);
  });

  it('retries reads and idempotent writes that failed without effect', () => {
    expect(landed.api.requests.filter((r) => r.path.match(PULL_FILES)).map((r) => r.status)).toEqual([502, 502, 200]);
    expect(ops(landed.api, 'issues/add-labels').map((r) => r.status)).toEqual([503, 200]);
    expect(landed.api.state.labels).toEqual(['needs-migration-review']);
  });
});

describe('secondary rate limits', () => {
  const gapAfterFault = (api: FakeGitHub, operation: string): number => {
    const [limited, retried] = ops(api, operation);
    return retried.at - limited.at;
  };

  it('keeps the verdict, the exit status and the job summary', () => {
    expectIntact(rateLimited, true);
  });

  it('retries a 403 and a 429 after their Retry-After, then posts each once', () => {
    expect(ops(rateLimited.api, 'pulls/create-review').map((r) => r.status)).toEqual([403, 200]);
    expect(ops(rateLimited.api, 'issues/create-comment').map((r) => r.status)).toEqual([429, 201]);
    expect(gapAfterFault(rateLimited.api, 'pulls/create-review')).toBeGreaterThanOrEqual(1000);
    expect(gapAfterFault(rateLimited.api, 'issues/create-comment')).toBeGreaterThanOrEqual(1000);
    expectNothingDuplicatedOrLost(rateLimited);
  });

  it('does not wait an hour when Retry-After asks for one: it gives up on that write with a notice', () => {
    expect(ops(rateLimited.api, 'issues/add-labels').map((r) => r.status)).toEqual([429]);
    expect(notices(rateLimited.run).filter((n) => /rate limit outlasted the retries/.test(n))).toHaveLength(1);
    expect(notices(rateLimited.run).filter((n) => /cannot write comments with this token/.test(n))).toEqual([]);
    // Waiting the hour instead would have left no notice and outlasted the test: no clock needed here.
  });
});
