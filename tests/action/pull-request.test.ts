// The action on a pull request, run as the runner runs dist/index.js, against the fake REST API:
// first run, re-run on the same head, a fork's read-only token, Node 24, an API that misbehaves.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentableRanges, isCommentable } from '../../src/github/diff-hunks.js';
import { summaryMarker } from '../../src/report/summary-comment.js';
import type { FakeGitHub } from '../helpers/fake-github.js';
import { fileAnnotations, fingerprintsIn, notices, readReport, stableOutputs, STACK_TRACE, writesTo, type Report } from './expectations.js';
import { pullRequestPayload, type PullRequestShape } from './payloads.js';
import { disposeRuns, fakeGitHubFor, NODE24, PULL, runAction, type ActionRun } from './run-action.js';
import { bookshopCheckout, EDITED_MIGRATION, EXTRA_MIGRATION, type PullRequestCheckout } from './workspace.js';

const MARKER = summaryMarker('db/migrations');
const FINGERPRINT = /<!-- pg-migration-review:fingerprint=[0-9a-f]{16} -->/;

let checkout: PullRequestCheckout;
let pr: PullRequestShape;
const servers: FakeGitHub[] = [];

beforeAll(() => {
  checkout = bookshopCheckout();
  pr = { number: PULL, baseSha: checkout.baseSha, headSha: checkout.headSha, headRef: checkout.headRef };
});

afterAll(async () => {
  for (const s of servers) await s.close();
  checkout?.repo.dispose();
  disposeRuns();
});

async function server(options: Parameters<typeof fakeGitHubFor>[1] = {}): Promise<FakeGitHub> {
  const api = await fakeGitHubFor(checkout, options);
  servers.push(api);
  return api;
}

interface ReviewBody {
  event: string;
  commit_id: string;
  body?: string;
  comments: { path: string; line: number; start_line?: number; side?: string; body: string }[];
}

describe('first run on "opened"', () => {
  let api: FakeGitHub;
  let run: ActionRun;
  let report: Report;

  beforeAll(async () => {
    api = await server();
    run = await runAction({ workspace: checkout.root, event: 'pull_request', payload: pullRequestPayload('opened', pr), api });
    report = readReport(run);
  });

  it('fails the step on the errors, with a message and no crash', () => {
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.code).toBe(1);
    const failure = run.annotations.find((a) => a.command === 'error' && a.properties.file === undefined);
    expect(failure?.message).toMatch(/verdict fail/);
  });

  it('sets the outputs: verdict, the counts and the JSON report', () => {
    expect(stableOutputs(run)).toEqual({ verdict: 'fail', errors: '7', warnings: '5', escalations: '1', findings: '15', 'sarif-file': '', cache: 'off', 'cache-key': '' });
    expect(existsSync(run.outputs['report-file'])).toBe(true);
    expect(run.outputs['report-file'].startsWith(run.runnerTemp)).toBe(true);
    expect(report.verdict).toBe('fail');
    expect(report.findings).toHaveLength(15);
    const count = (s: string) => String(report.findings.filter((f) => f.severity === s && !f.ignored).length);
    expect([count('error'), count('warning'), count('escalate')]).toEqual([run.outputs.errors, run.outputs.warnings, run.outputs.escalations]);
  });

  it('writes the job summary with the verdict heading and every finding', () => {
    expect(run.summary).toMatch(/^## .*pg-migration-review.*: fail$/m);
    for (const f of report.findings) expect(run.summary).toContain(f.ruleId);
  });

  it('annotates files and lines, at most 10 errors and 10 warnings', () => {
    const errors = fileAnnotations(run, 'error');
    const warnings = fileAnnotations(run, 'warning');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.length).toBeLessThanOrEqual(10);
    expect(warnings.length).toBeLessThanOrEqual(10);
    // 7 errors and 1 escalation fit under the cap: each one is annotated where the report says.
    const severe = report.findings.filter((f) => f.severity === 'error' || f.severity === 'escalate');
    expect(errors.map((a) => `${a.file}:${a.line}`).sort()).toEqual(severe.map((f) => `${f.file}:${f.line}`).sort());
    expect(warnings).toHaveLength(5);
  });

  it('posts one COMMENT review on the head commit, inline comments only inside the diff, most severe first', () => {
    const reviews = api.requests.filter((r) => r.operation === 'pulls/create-review');
    expect(reviews).toHaveLength(1);
    expect(reviews[0].status).toBe(200);
    const body = reviews[0].body as ReviewBody;
    expect(body.event).toBe('COMMENT');
    expect(body.commit_id).toBe(checkout.headSha);
    expect(body.comments.length).toBeGreaterThan(0);
    expect(body.comments.length).toBeLessThanOrEqual(25);
    for (const c of body.comments) {
      const patch = checkout.files.find((f) => f.filename === c.path)?.patch ?? '';
      expect(isCommentable(commentableRanges(patch), c.start_line ?? c.line, c.line), `${c.path}:${c.line}`).toBe(true);
      expect(c.side ?? 'RIGHT').toBe('RIGHT');
      expect(c.body).toMatch(FINGERPRINT);
    }
    // One comment per line: findings on the same line share it, each with its own fingerprint.
    const prints = fingerprintsIn(body.comments.map((c) => c.body));
    expect(new Set(prints).size).toBe(prints.length);
    expect(prints.length).toBeGreaterThanOrEqual(body.comments.length);
    const lines = body.comments.map((c) => `${c.path}:${c.line}`);
    expect(new Set(lines).size).toBe(lines.length);
    const rank = ['❌', '🧑‍⚖️', '⚠️', 'ℹ️'];
    const ranks = body.comments.map((c) => rank.findIndex((icon) => c.body.startsWith(icon)));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('puts every warning or worse inside the diff inline, and notices and the rest (edited-migration at line 1) only in the summary', () => {
    const comments = (api.requests.find((r) => r.operation === 'pulls/create-review')?.body as ReviewBody).comments;
    const inline = new Set(fingerprintsIn(comments.map((c) => c.body)));
    const outside = report.findings.filter((f) => f.file === EDITED_MIGRATION);
    expect(outside.map((f) => f.ruleId)).toEqual(['edited-migration']);
    expect(comments.some((c) => c.path === EDITED_MIGRATION)).toBe(false);
    const inDiff = report.findings.filter((f) => f.file !== EDITED_MIGRATION);
    for (const f of inDiff) expect(inline.has(f.fingerprint), `${f.ruleId} ${f.file}:${f.line}`).toBe(f.severity !== 'notice');
    const summary = api.state.issueComments[0]?.body ?? '';
    expect(summary).toContain('edited-migration');
    // Commented findings are linked from the summary, not repeated there.
    expect(summary).toMatch(/see the inline comment/);
  });

  it('offers one-click suggestions that turn the commented lines into exactly what the fix writes', () => {
    const comments = (api.requests.find((r) => r.operation === 'pulls/create-review')?.body as ReviewBody).comments;
    const own = comments.find((c) => c.path === EXTRA_MIGRATION.path);
    expect(own?.line).toBe(7);
    expect(own?.body).toMatch(/```suggestion\nCREATE INDEX CONCURRENTLY books_published_on_idx ON books \(published_on\);\n```/);
    const withSuggestion = comments.filter((c) => c.body.includes('```suggestion'));
    expect(withSuggestion.length).toBeGreaterThan(1);
    for (const c of withSuggestion) {
      const suggestion = /```suggestion\n([\s\S]*?)\n?```/.exec(c.body)?.[1] ?? '';
      // The finding whose fix it is: the comment's first marker.
      const finding = report.findings.find((f) => f.fingerprint === fingerprintsIn([c.body])[0]);
      const edit = finding?.fix?.edits[0];
      expect(edit, c.body).toBeDefined();
      const lines = readFileSync(`${checkout.root}/${c.path}`, 'utf8').split('\n');
      const [from, to] = [c.start_line ?? c.line, c.line];
      // Applying the suggestion to the commented lines gives the file the fix gives.
      // An empty suggestion deletes the commented lines.
      const suggested = [...lines.slice(0, from - 1), ...(suggestion === '' ? [] : suggestion.split('\n')), ...lines.slice(to)];
      const fixed = [...lines.slice(0, edit!.line - 1), ...(edit!.replacement === '' ? [] : edit!.replacement.split('\n')), ...lines.slice(Math.max(edit!.endLine, edit!.line - 1))];
      expect(suggested.join('\n'), `${c.path}:${c.line}`).toBe(fixed.join('\n'));
    }
  });

  it('creates one sticky summary comment that starts with its marker', () => {
    const created = api.requests.filter((r) => r.operation === 'issues/create-comment');
    expect(created).toHaveLength(1);
    expect(created[0].status).toBe(201);
    const body = (created[0].body as { body: string }).body;
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body.length).toBeLessThan(65_000);
    expect(body).toMatch(/: fail$/m);
  });

  it('sends only requests GitHub accepts, and deletes or edits nothing on a first run', () => {
    expect(api.invalidRequests).toEqual([]);
    expect(api.requests.filter((r) => r.status >= 400 && r.path !== '/user')).toEqual([]);
    const writes = writesTo(api).map((r) => r.operation ?? `${r.method} ${r.path}`);
    const allowed = ['issues/create-comment', 'pulls/create-review', 'issues/add-labels', 'pulls/request-reviewers'];
    expect(writes.filter((w) => !allowed.includes(w))).toEqual([]);
  });

  describe('second run on "synchronize" with the same head', () => {
    let again: ActionRun;
    let before: { comments: number; issueComments: number; requests: number };

    beforeAll(async () => {
      before = { comments: api.state.reviewComments.length, issueComments: api.state.issueComments.length, requests: api.requests.length };
      again = await runAction({ workspace: checkout.root, event: 'pull_request', payload: pullRequestPayload('synchronize', pr), api });
    });

    it('reports the same outcome', () => {
      expect(again.stderr).not.toMatch(STACK_TRACE);
      expect(again.code).toBe(1);
      expect(stableOutputs(again)).toEqual(stableOutputs(run));
    });

    it('posts no comment twice and deletes none', () => {
      const newRequests = api.requests.slice(before.requests);
      const reviews = newRequests.filter((r) => r.operation === 'pulls/create-review');
      const posted = reviews.flatMap((r) => (r.body as ReviewBody).comments ?? []);
      expect(posted).toEqual([]);
      expect(newRequests.filter((r) => r.method === 'DELETE')).toEqual([]);
      expect(api.state.reviewComments).toHaveLength(before.comments);
      const prints = fingerprintsIn(api.state.reviewComments.map((c) => c.body));
      expect(new Set(prints).size).toBe(prints.length);
    });

    it('updates the summary comment in place instead of creating another', () => {
      const newRequests = api.requests.slice(before.requests);
      expect(newRequests.filter((r) => r.operation === 'issues/create-comment')).toEqual([]);
      const updates = newRequests.filter((r) => r.operation === 'issues/update-comment');
      expect(updates).toHaveLength(1);
      expect(updates[0].path).toBe(`/repos/acme/shop/issues/comments/${api.state.issueComments[0].id}`);
      expect((updates[0].body as { body: string }).body.startsWith(MARKER)).toBe(true);
      expect(api.state.issueComments).toHaveLength(before.issueComments);
      expect(api.invalidRequests).toEqual([]);
    });
  });

  describe('from a fork, with a read-only token', () => {
    let fork: FakeGitHub;
    let forked: ActionRun;

    beforeAll(async () => {
      fork = await server({ fork: true });
      const payload = pullRequestPayload('opened', { ...pr, headRepo: 'contributor/shop', author: 'contributor' });
      forked = await runAction({ workspace: checkout.root, event: 'pull_request', payload, api: fork });
    });

    it('keeps the exit status, outputs, annotations and job summary of a normal run', () => {
      expect(forked.stderr).not.toMatch(STACK_TRACE);
      expect(forked.code).toBe(run.code);
      expect(stableOutputs(forked)).toEqual(stableOutputs(run));
      expect(fileAnnotations(forked, 'error')).toEqual(fileAnnotations(run, 'error'));
      expect(forked.summary).toMatch(/^## .*pg-migration-review.*: fail$/m);
      expect(existsSync(forked.outputs['report-file'])).toBe(true);
    });

    it('turns the refused writes into one notice about the read-only token', () => {
      const refused = notices(forked).filter((n) => /read-only|not accessible|permission|fork/i.test(n));
      expect(refused).toHaveLength(1);
      expect(fork.state.reviewComments).toEqual([]);
      expect(fork.state.issueComments).toEqual([]);
      expect(fork.invalidRequests).toEqual([]);
    });
  });

  describe('on Node 24, the runtime action.yml names', () => {
    let node24: ActionRun;
    let api24: FakeGitHub;

    beforeAll(async () => {
      api24 = await server();
      node24 = await runAction({ workspace: checkout.root, event: 'pull_request', payload: pullRequestPayload('opened', pr), api: api24, node: NODE24 });
    });

    it('behaves as on Node 20: exit status, outputs, the same API writes', () => {
      expect(node24.stderr).not.toMatch(STACK_TRACE);
      expect(node24.code).toBe(1);
      expect(stableOutputs(node24)).toEqual(stableOutputs(run));
      expect(writesTo(api24).map((r) => r.operation)).toEqual(writesTo(api).slice(0, writesTo(api24).length).map((r) => r.operation));
      expect(api24.state.reviewComments.map((c) => c.body)).toEqual(
        api.state.reviewComments.slice(0, api24.state.reviewComments.length).map((c) => c.body),
      );
      expect(api24.invalidRequests).toEqual([]);
    });
  });
});

describe('an API error GitHub does not usually give (404 on the summary comment)', () => {
  let api: FakeGitHub;
  let run: ActionRun;

  beforeAll(async () => {
    api = await server();
    api.failNext('POST', /^\/repos\/acme\/shop\/issues\/7\/comments$/, 404, { times: 10 });
    run = await runAction({ workspace: checkout.root, event: 'pull_request', payload: pullRequestPayload('reopened', pr), api });
  });

  it('still leaves the outputs, annotations and job summary, and fails with a message rather than a stack trace', () => {
    expect(run.outputs.verdict).toBe('fail');
    expect(run.summary).toMatch(/^## .*pg-migration-review.*: fail$/m);
    expect(fileAnnotations(run, 'error').length).toBeGreaterThan(0);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });
});

describe('with a base-snapshot cache folder (as actions/cache restores it)', () => {
  it('saves the base replay on the first run and reuses it on the next, with the same verdict and findings', async () => {
    const api = await server();
    const inputs = { 'cache-dir': '.pg-migration-review-cache', comment: 'none' };
    const first = await runAction({ workspace: checkout.root, event: 'pull_request', payload: pullRequestPayload('opened', pr), api, inputs });
    const second = await runAction({ workspace: checkout.root, event: 'pull_request', payload: pullRequestPayload('synchronize', pr), api, inputs });
    try {
      expect([first.outputs.cache, second.outputs.cache]).toEqual(['miss', 'hit']);
      expect(first.outputs['cache-key']).toMatch(/^[0-9a-f]{32}$/);
      expect(second.outputs['cache-key']).toBe(first.outputs['cache-key']);
      expect(existsSync(`${checkout.root}/.pg-migration-review-cache/base-${first.outputs['cache-key']}.tar.gz`)).toBe(true);
      const strip = (r: Report) => r.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`);
      expect(strip(readReport(second))).toEqual(strip(readReport(first)));
      expect([second.code, second.outputs.verdict]).toEqual([first.code, first.outputs.verdict]);
    } finally {
      rmSync(`${checkout.root}/.pg-migration-review-cache`, { recursive: true, force: true });
    }
  });
});
