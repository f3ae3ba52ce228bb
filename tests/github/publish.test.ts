import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import { createGitHubApi, type GitHubApi } from '../../src/github/api.js';
import { commentableRanges, isCommentable } from '../../src/github/diff-hunks.js';
import { publishInlineReview } from '../../src/github/publish-review.js';
import { upsertSummary } from '../../src/github/sticky-summary.js';
import type { CommentOwner } from '../../src/github/comment-owner.js';
import { inlineComment, parseFingerprint, parseFingerprints } from '../../src/report/review-comment.js';
import { findingFingerprint } from '../../src/core/fingerprint.js';
import { summaryMarker } from '../../src/report/summary-comment.js';
import { GITHUB_ERRORS, startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from '../helpers/fake-github.js';

const PATH = 'db/migrations/002_orders.sql';
const TEXT = [
  'CREATE TABLE legacy (id bigint);',
  'ALTER TABLE orders ADD COLUMN note text;',
  'CREATE INDEX orders_note',
  '  ON orders (note);',
  'ALTER TABLE orders DROP COLUMN legacy;',
  'SELECT 1;',
].join('\n');
// The file is new: every line is in the diff.
const PATCH = ['@@ -0,0 +1,6 @@', ...TEXT.split('\n').map((l) => `+${l}`)].join('\n');
const OTHER = 'db/migrations/001_init.sql';
const OTHER_TEXT = 'CREATE TABLE orders (id bigint);\nSELECT 2;\nSELECT 3;\nSELECT 4;\nSELECT 5;';
// Only the end of the older file changed: its line 1 is outside every hunk.
const OTHER_PATCH = '@@ -4 +4,2 @@\n SELECT 4;\n+SELECT 5;';

function finding(ruleId: string, line: number, endLine = line, severity: Finding['severity'] = 'warning', file = PATH): Finding {
  return {
    ruleId,
    layer: 'knowledge',
    severity,
    file,
    line,
    column: 1,
    endLine,
    message: `${ruleId} message`,
    help: 'do it differently',
    verified: 'static',
    ignored: false,
    docs: `https://example.test/rules/${ruleId}`,
  };
}

const INDEX = finding('index-not-concurrent', 3, 4, 'error');
const DROP = finding('drop-column', 5, 5, 'escalate');
const NOTE = finding('add-column-note', 2);
const OUTSIDE = finding('old-file-rule', 1, 1, 'warning', OTHER);
const FILE_TEXTS = new Map([
  [PATH, TEXT],
  [OTHER, OTHER_TEXT],
]);
const HUNKS = new Map([
  [PATH, commentableRanges(PATCH)],
  [OTHER, commentableRanges(OTHER_PATCH)],
]);
const commentable = (path: string, line: number, endLine: number): boolean => isCommentable(HUNKS.get(path) ?? [], line, endLine);
const HEAD = 'f'.repeat(40);
const BOT = 'github-actions[bot]';
const OWNER: CommentOwner = { login: BOT, scope: '' };

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

async function start(options: FakeGitHubOptions = {}): Promise<{ gh: FakeGitHub; api: GitHubApi }> {
  gh = await startFakeGitHub({
    files: [
      { filename: PATH, status: 'added', patch: PATCH },
      { filename: OTHER, status: 'modified', patch: OTHER_PATCH },
    ],
    ...options,
  });
  const api = createGitHubApi({ token: 't', apiUrl: gh.url, owner: 'acme', repo: 'shop', retry: { sleep: async () => {} } });
  return { gh, api };
}

function publish(api: GitHubApi, findings: Finding[], extra: { commentable?: typeof commentable; owner?: CommentOwner; minSeverity?: Finding['severity'] } = {}) {
  return publishInlineReview(api, {
    pull: 7,
    commitId: HEAD,
    review: { findings },
    fileTexts: FILE_TEXTS,
    commentable: extra.commentable ?? commentable,
    owner: extra.owner ?? OWNER,
    ...(extra.minSeverity ? { minSeverity: extra.minSeverity } : {}),
  });
}

const writes = (server: FakeGitHub): string[] =>
  server.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.operation ?? r.path} ${r.status}`);

describe('publishInlineReview + upsertSummary', () => {
  it('posts one review with the inline findings and one summary, then re-runs without duplicating', async () => {
    const { gh, api } = await start();
    const findings = [NOTE, INDEX, DROP, OUTSIDE];
    const first = await publish(api, findings);
    const summary1 = await upsertSummary(api, { pull: 7, directory: 'db/migrations', body: `${summaryMarker('db/migrations')}\nrun 1`, owner: OWNER });

    expect(first).toMatchObject({ posted: 3, kept: 0, deleted: 0, notices: [] });
    expect(first.notInline).toEqual([OUTSIDE]);
    expect(summary1.action).toBe('created');
    expect(gh.invalidRequests).toEqual([]);
    expect(writes(gh)).toEqual(['POST pulls/create-review 200', 'POST issues/create-comment 201']);
    const review = gh.requests.find((r) => r.operation === 'pulls/create-review')?.body as {
      event: string;
      commit_id: string;
      comments: { path: string; line: number; start_line?: number; side: string; body: string }[];
    };
    expect(review.event).toBe('COMMENT');
    expect(review.commit_id).toBe(HEAD);
    // Most severe first; the multi-line statement is a ranged comment.
    expect(review.comments.map((c) => [c.line, c.start_line])).toEqual([
      [4, 3],
      [5, undefined],
      [2, undefined],
    ]);
    expect(review.comments[0].body).toBe(inlineComment(INDEX, TEXT).body);
    expect(gh.state.reviewComments.map((c) => parseFingerprint(c.body))).toEqual([INDEX, DROP, NOTE].map((f) => findingFingerprint(f, TEXT)));
    // The summary links each commented finding to its comment.
    const url = (line: number): string | undefined => {
      const c = gh.state.reviewComments.find((x) => x.line === line);
      return c ? `https://github.com/acme/shop/pull/7#discussion_r${c.id}` : undefined;
    };
    expect(first.commented).toEqual(
      new Map([
        [findingFingerprint(INDEX, TEXT), url(4)],
        [findingFingerprint(DROP, TEXT), url(5)],
        [findingFingerprint(NOTE, TEXT), url(2)],
      ]),
    );

    gh.requests.length = 0;
    const second = await publish(api, findings);
    const summary2 = await upsertSummary(api, { pull: 7, directory: 'db/migrations', body: `${summaryMarker('db/migrations')}\nrun 2`, owner: OWNER });
    expect(second).toMatchObject({ posted: 0, kept: 3, deleted: 0 });
    expect(second.commented).toEqual(first.commented);
    expect(summary2).toMatchObject({ action: 'updated', id: summary1.id });
    expect(writes(gh)).toEqual(['PATCH issues/update-comment 200']);
    expect(gh.state.issueComments.map((c) => c.body)).toEqual([`${summaryMarker('db/migrations')}\nrun 2`]);
    expect(gh.state.reviews).toHaveLength(1);
  });

  it('posts only the new finding next to earlier comments, and deletes comments whose finding is gone unless replied to', async () => {
    const { gh, api } = await start();
    await publish(api, [INDEX, DROP, NOTE]);
    const dropComment = gh.state.reviewComments.find((c) => c.line === 5)!;
    const noteComment = gh.state.reviewComments.find((c) => c.line === 2)!;
    // A reviewer answers the drop-column comment.
    gh.state.reviewComments.push({ ...dropComment, id: 1, body: 'intended, see ticket', user: { login: 'alice' }, in_reply_to_id: dropComment.id });
    gh.requests.length = 0;

    const result = await publish(api, [INDEX, finding('new-rule', 6)]);
    expect(result).toMatchObject({ posted: 1, kept: 2, deleted: 1 });
    expect(writes(gh)).toEqual(['POST pulls/create-review 200', `DELETE pulls/delete-review-comment 204`]);
    expect(gh.requests.find((r) => r.method === 'DELETE')?.path).toBe(`/repos/acme/shop/pulls/comments/${noteComment.id}`);
    expect(gh.state.reviewComments.map((c) => c.id)).toContain(dropComment.id);
  });

  it('never touches comments written by others, even with our markers', async () => {
    const foreignInline = { path: PATH, line: 2, body: inlineComment(NOTE, TEXT).body, user: { login: 'mallory' } };
    const foreignSummary = { body: `${summaryMarker('db/migrations')}\nfake summary`, user: { login: 'mallory' } };
    const { gh, api } = await start({ reviewComments: [foreignInline], issueComments: [foreignSummary] });

    // NOTE is gone now; the comment with its fingerprint belongs to someone else.
    const result = await publish(api, [INDEX]);
    const summary = await upsertSummary(api, { pull: 7, directory: 'db/migrations', body: `${summaryMarker('db/migrations')}\nours`, owner: OWNER });
    expect(result).toMatchObject({ posted: 1, kept: 0, deleted: 0 });
    expect(summary.action).toBe('created');
    expect(writes(gh)).toEqual(['POST pulls/create-review 200', 'POST issues/create-comment 201']);
    expect(gh.state.issueComments.map((c) => c.body)).toEqual([foreignSummary.body, `${summaryMarker('db/migrations')}\nours`]);
    // A second run finds its own summary, not the foreign one.
    await upsertSummary(api, { pull: 7, directory: 'db/migrations', body: `${summaryMarker('db/migrations')}\nours 2`, owner: OWNER });
    expect(gh.state.issueComments.map((c) => c.body)).toEqual([foreignSummary.body, `${summaryMarker('db/migrations')}\nours 2`]);
  });

  it('leaves notices to the summary unless asked to comment them inline', async () => {
    const HINT = finding('add-column-hint', 6, 6, 'notice');
    const { gh, api } = await start();
    const result = await publish(api, [INDEX, HINT]);
    expect(result).toMatchObject({ posted: 1, notInline: [HINT] });
    expect(result.commented.has(findingFingerprint(HINT, TEXT))).toBe(false);
    expect(gh.state.reviewComments.map((c) => c.line)).toEqual([4]);

    // Lowered floor: the notice gets its comment, next to the one already there.
    const again = await publish(api, [INDEX, HINT], { minSeverity: 'notice' });
    expect(again).toMatchObject({ posted: 1, kept: 1, deleted: 0, notInline: [] });
    expect(gh.state.reviewComments.map((c) => c.line)).toEqual([4, 6]);
  });

  it('puts findings on the same line in one comment, most severe first, with a marker each', async () => {
    const ALSO = finding('drop-column-data', 5, 5, 'error');
    const { gh, api } = await start();
    const result = await publish(api, [DROP, ALSO]);
    expect(result).toMatchObject({ posted: 1, notInline: [] });
    expect(gh.state.reviewComments).toHaveLength(1);
    const [comment] = gh.state.reviewComments;
    expect(comment.line).toBe(5);
    const blocks = comment.body.split('\n\n---\n\n');
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toContain('`drop-column-data`');
    expect(blocks[1]).toContain('`drop-column`');
    expect(parseFingerprints(comment.body)).toEqual([findingFingerprint(ALSO, TEXT), findingFingerprint(DROP, TEXT)]);
    expect([...result.commented.keys()].sort()).toEqual([findingFingerprint(ALSO, TEXT), findingFingerprint(DROP, TEXT)].sort());

    // Both still there: kept. One gone: the shared comment is replaced by one for the other.
    gh.requests.length = 0;
    expect(await publish(api, [DROP, ALSO])).toMatchObject({ posted: 0, kept: 1, deleted: 0 });
    expect(writes(gh)).toEqual([]);
    const after = await publish(api, [DROP]);
    expect(after).toMatchObject({ posted: 1, kept: 0, deleted: 1 });
    expect(gh.state.reviewComments.map((c) => parseFingerprints(c.body))).toEqual([[findingFingerprint(DROP, TEXT)]]);
  });

  it("never edits or deletes another scope's comments, inline or summary", async () => {
    const A: CommentOwner = { login: BOT, scope: 'a' };
    const B: CommentOwner = { login: BOT, scope: 'b' };
    const { gh, api } = await start();
    expect(await publish(api, [INDEX], { owner: A })).toMatchObject({ posted: 1 });
    const aComment = gh.state.reviewComments[0];
    expect(parseFingerprints(aComment.body, 'a')).toEqual([findingFingerprint(INDEX, TEXT)]);
    expect(parseFingerprints(aComment.body)).toEqual([]);
    expect(parseFingerprint(aComment.body, 'b')).toBeNull();

    // Scope b has no INDEX finding: a's comment is not b's to retire.
    const b = await publish(api, [DROP], { owner: B });
    expect(b).toMatchObject({ posted: 1, kept: 0, deleted: 0 });
    expect(b.commented.has(findingFingerprint(INDEX, TEXT))).toBe(false);
    // Scope a, now without findings, deletes its own comment and leaves b's.
    const a = await publish(api, [], { owner: A });
    expect(a).toMatchObject({ posted: 0, kept: 0, deleted: 1 });
    expect(gh.state.reviewComments.map((c) => parseFingerprints(c.body, 'b'))).toEqual([[findingFingerprint(DROP, TEXT)]]);
    // And a job without a scope owns neither.
    expect(await publish(api, [], { owner: OWNER })).toMatchObject({ deleted: 0 });
    expect(gh.state.reviewComments).toHaveLength(1);

    // One summary per scope for the same directory, each edited only by its own job.
    await upsertSummary(api, { pull: 7, directory: 'db/migrations', body: `${summaryMarker('db/migrations', 'a')}\nA`, owner: A });
    await upsertSummary(api, { pull: 7, directory: 'db/migrations', body: `${summaryMarker('db/migrations', 'b')}\nB`, owner: B });
    await upsertSummary(api, { pull: 7, directory: 'db/migrations', body: `${summaryMarker('db/migrations', 'b')}\nB2`, owner: B });
    await upsertSummary(api, { pull: 7, directory: 'db/migrations', body: `${summaryMarker('db/migrations')}\nnone`, owner: OWNER });
    expect(gh.state.issueComments.map((c) => c.body.split('\n')[1])).toEqual(['A', 'B2', 'none']);
  });

  it('tells its own comments by marker and bot account when the token cannot say who it is, never a pasted marker', async () => {
    const ANON: CommentOwner = { login: undefined, scope: '' };
    const mallory = { login: 'mallory', type: 'User' as const };
    const { gh, api } = await start({
      reviewComments: [
        // Ours from an earlier run (the workflow bot), for a finding now gone.
        { id: 701, path: PATH, line: 2, body: inlineComment(NOTE, TEXT).body },
        // A person's comment with pasted markers: one of a current finding, one of a gone one.
        { id: 702, path: PATH, line: 5, body: `copied: ${inlineComment(DROP, TEXT).body}`, user: mallory },
        { id: 703, path: PATH, line: 2, body: inlineComment(NOTE, TEXT).body, user: mallory },
      ],
      issueComments: [{ id: 801, body: `${summaryMarker('db/migrations')}\nby a person`, user: mallory }],
    });
    const result = await publish(api, [INDEX, DROP], { owner: ANON });
    // DROP is commented anew: the person's comment does not stand for it.
    expect(result).toMatchObject({ posted: 2, kept: 0, deleted: 1 });
    expect(gh.requests.filter((r) => r.method === 'DELETE').map((r) => r.path)).toEqual(['/repos/acme/shop/pulls/comments/701']);
    expect(gh.state.reviewComments.map((c) => c.id)).toEqual(expect.arrayContaining([702, 703]));

    const summary = await upsertSummary(api, { pull: 7, directory: 'db/migrations', body: `${summaryMarker('db/migrations')}\nours`, owner: ANON });
    expect(summary.action).toBe('created');
    await upsertSummary(api, { pull: 7, directory: 'db/migrations', body: `${summaryMarker('db/migrations')}\nours 2`, owner: ANON });
    expect(gh.state.issueComments.map((c) => [c.id === 801, c.body.split('\n')[1]])).toEqual([
      [true, 'by a person'],
      [false, 'ours 2'],
    ]);
  });

  it('keeps one sticky summary per directory', async () => {
    const { gh, api } = await start();
    await upsertSummary(api, { pull: 7, directory: 'a/migrations', body: `${summaryMarker('a/migrations')}\nA`, owner: OWNER });
    await upsertSummary(api, { pull: 7, directory: 'b/migrations', body: `${summaryMarker('b/migrations')}\nB`, owner: OWNER });
    await upsertSummary(api, { pull: 7, directory: 'a/migrations', body: `${summaryMarker('a/migrations')}\nA2`, owner: OWNER });
    expect(gh.state.issueComments.map((c) => c.body.split('\n')[1])).toEqual(['A2', 'B']);
  });

  it('re-reads the diff after a 422 and posts the review again without the comment outside it', async () => {
    const { gh, api } = await start();
    // A stale diff claims the old file's first line is commentable; GitHub disagrees.
    const result = await publish(api, [INDEX, OUTSIDE], { commentable: () => true });
    expect(gh.requests.filter((r) => r.operation === 'pulls/create-review').map((r) => r.status)).toEqual([422, 200]);
    expect(result.posted).toBe(1);
    expect(result.notInline).toEqual([OUTSIDE]);
    expect(result.notices).toEqual([expect.stringContaining(`old-file-rule at ${OTHER}:1`)]);
    expect(gh.state.reviews).toHaveLength(1);
    expect(gh.state.reviewComments.map((c) => parseFingerprint(c.body))).toEqual([findingFingerprint(INDEX, TEXT)]);
  });

  it('moves every finding to the summary when GitHub refuses the review for a reason the diff does not explain', async () => {
    const { gh, api } = await start();
    gh.inject({ method: 'POST', path: /\/pulls\/7\/reviews$/, ...GITHUB_ERRORS.lineOutsideDiff() });
    const result = await publish(api, [INDEX, NOTE]);
    expect(gh.requests.filter((r) => r.operation === 'pulls/create-review').map((r) => r.status)).toEqual([422]);
    expect(result.posted).toBe(0);
    expect(result.notInline).toEqual(expect.arrayContaining([INDEX, NOTE]));
    expect(result.notices).toEqual([expect.stringMatching(/refused the inline review comments .*pull_request_review_thread\.line must be part of the diff/)]);
    expect(gh.state.reviewComments).toEqual([]);
  });

  it('turns 403s on a fork pull request into one notice, without throwing', async () => {
    const { gh, api } = await start({ fork: true, reviewComments: [{ path: PATH, line: 2, body: inlineComment(NOTE, TEXT).body }] });
    const result = await publish(api, [INDEX]);
    const summary = await upsertSummary(api, { pull: 7, directory: 'db', body: `${summaryMarker('db')}\nx`, owner: OWNER });
    expect(result.notices).toEqual([expect.stringMatching(/^cannot write comments with this token \(fork pull request or read-only permissions\): /)]);
    expect(result.notInline).toEqual([INDEX]);
    expect(summary).toMatchObject({ action: 'none', notices: [expect.stringContaining('cannot write comments')] });
    expect(gh.requests.filter((r) => r.method !== 'GET').map((r) => r.status)).toEqual([403, 403]);
  });

  it('turns a 403 on reading comments into a notice too', async () => {
    const { gh, api } = await start();
    gh.failNext('GET', /\/pulls\/7\/comments$/, 403);
    gh.failNext('GET', /\/issues\/7\/comments$/, 403);
    const result = await publish(api, [INDEX]);
    const summary = await upsertSummary(api, { pull: 7, directory: 'db', body: 'x', owner: OWNER });
    expect(result).toMatchObject({ posted: 0, notInline: [INDEX], notices: [expect.stringContaining('cannot write comments')] });
    expect(summary.action).toBe('none');
    expect(writes(gh)).toEqual([]);
  });

  it('rethrows errors that are not about permissions', async () => {
    const { gh, api } = await start();
    gh.failNext('POST', /\/issues\/7\/comments$/, 404);
    await expect(upsertSummary(api, { pull: 7, directory: 'db', body: 'x', owner: OWNER })).rejects.toMatchObject({ status: 404 });
  });
});

describe('publishing when GitHub fails part-way', () => {
  const MARKER = summaryMarker('db/migrations');
  const landedThenFailed = (path: RegExp, status: 500 | 502) => ({ method: 'POST', path, applied: true, ...GITHUB_ERRORS.serverError(status) });

  it('does not post a review twice when GitHub created it and then answered 502', async () => {
    const { gh, api } = await start();
    const fault = gh.inject(landedThenFailed(/\/pulls\/7\/reviews$/, 502));
    const result = await publish(api, [INDEX, NOTE]);
    expect(fault.hits).toBe(1);
    expect(result).toMatchObject({ posted: 2, notices: [] });
    expect(gh.state.reviews).toHaveLength(1);
    expect(gh.requests.filter((r) => r.operation === 'pulls/create-review').map((r) => r.status)).toEqual([502]);
  });

  it('does not create the summary twice when GitHub created it and then answered 500', async () => {
    const { gh, api } = await start();
    gh.inject(landedThenFailed(/\/issues\/7\/comments$/, 500));
    const summary = await upsertSummary(api, { pull: 7, directory: 'db/migrations', body: `${MARKER}\nrun 1`, owner: OWNER });
    expect(summary).toMatchObject({ action: 'created', id: gh.state.issueComments[0].id });
    expect(gh.state.issueComments.map((c) => c.body)).toEqual([`${MARKER}\nrun 1`]);
  });

  it('re-sends a create that failed without landing', async () => {
    const { gh, api } = await start();
    gh.inject({ method: 'POST', path: /\/pulls\/7\/reviews$/, ...GITHUB_ERRORS.serverError(502) });
    gh.inject({ method: 'POST', path: /\/issues\/7\/comments$/, ...GITHUB_ERRORS.serverError(500) });
    expect(await publish(api, [INDEX])).toMatchObject({ posted: 1 });
    expect(await upsertSummary(api, { pull: 7, directory: 'db/migrations', body: `${MARKER}\nx`, owner: OWNER })).toMatchObject({ action: 'created' });
    expect(gh.state.reviews).toHaveLength(1);
    expect(gh.state.issueComments).toHaveLength(1);
    expect(writes(gh)).toEqual(['POST pulls/create-review 502', 'POST pulls/create-review 200', 'POST issues/create-comment 500', 'POST issues/create-comment 201']);
  });

  it('moves the findings to the summary with a notice when GitHub keeps failing', async () => {
    const { gh, api } = await start();
    gh.inject({ method: 'POST', path: /\/pulls\/7\/reviews$/, attempts: 'every', ...GITHUB_ERRORS.serverError(502) });
    const result = await publish(api, [INDEX, NOTE]);
    expect(result.posted).toBe(0);
    expect(result.notInline).toEqual(expect.arrayContaining([INDEX, NOTE]));
    expect(result.notices).toEqual([expect.stringContaining('GitHub failed to post the inline review comments')]);
    expect(gh.state.reviews).toEqual([]);
  });

  it('creates the summary anew when a person deleted it between the list and the edit', async () => {
    const { gh, api } = await start({ issueComments: [{ id: 501, body: `${MARKER}\nold` }] });
    gh.inject({ method: 'PATCH', path: /\/issues\/comments\/501$/, before: (state) => void state.issueComments.splice(0, 1) });
    const summary = await upsertSummary(api, { pull: 7, directory: 'db/migrations', body: `${MARKER}\nnew`, owner: OWNER });
    expect(summary.action).toBe('created');
    expect(gh.state.issueComments.map((c) => c.body)).toEqual([`${MARKER}\nnew`]);
    expect(writes(gh)).toEqual(['PATCH issues/update-comment 404', 'POST issues/create-comment 201']);
  });

  it('ignores a stale inline comment that was deleted before the action could', async () => {
    const stale = { id: 601, path: PATH, line: 2, body: inlineComment(NOTE, TEXT).body };
    const { gh, api } = await start({ reviewComments: [stale] });
    gh.inject({ method: 'DELETE', path: /\/pulls\/comments\/601$/, before: (state) => void state.reviewComments.splice(0, 1) });
    const result = await publish(api, [INDEX]);
    expect(result).toMatchObject({ posted: 1, deleted: 0, notices: [] });
    expect(writes(gh)).toEqual(['POST pulls/create-review 200', 'DELETE pulls/delete-review-comment 404']);
  });

  it('says a rate limit, not a read-only token, stopped the writes when it outlasts the retries', async () => {
    const { gh, api } = await start();
    gh.inject({ method: 'POST', path: /\/issues\/7\/comments$/, attempts: 'every', ...GITHUB_ERRORS.primaryRateLimit(3600) });
    const summary = await upsertSummary(api, { pull: 7, directory: 'db', body: 'x', owner: OWNER });
    expect(summary).toMatchObject({ action: 'none', notices: [expect.stringMatching(/^GitHub's rate limit outlasted the retries/)] });
    expect(gh.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });
});
