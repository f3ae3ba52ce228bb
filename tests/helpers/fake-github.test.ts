import { afterEach, describe, expect, it } from 'vitest';
import { GITHUB_ERRORS, startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from './fake-github.js';

const PATCH = [
  '@@ -1,3 +1,5 @@',
  ' CREATE TABLE users (id bigint);',
  '+ALTER TABLE users ADD COLUMN email text;',
  '+CREATE INDEX users_email ON users (email);',
  ' SELECT 1;',
  ' SELECT 2;',
].join('\n');

const PR = '/repos/acme/shop/pulls/7';
let server: FakeGitHub | undefined;

async function start(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  server = await startFakeGitHub({ files: [{ filename: 'db/001.sql', patch: PATCH }], ...options });
  return server;
}

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function call(
  gh: FakeGitHub,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: unknown; headers: Headers }> {
  const res = await fetch(`${gh.url}${path}`, {
    method,
    headers: { authorization: 'token test', 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined, headers: res.headers };
}

describe('fake GitHub: reviews', () => {
  it('records a valid review and lists its comments afterwards', async () => {
    const gh = await start();
    const review = await call(gh, 'POST', `${PR}/reviews`, {
      event: 'COMMENT',
      body: 'pg-migration-review found 1 problem',
      comments: [{ path: 'db/001.sql', line: 3, start_line: 2, side: 'RIGHT', body: 'Index built without CONCURRENTLY' }],
    });
    expect(review.status).toBe(200);
    expect(review.json).toMatchObject({ state: 'COMMENTED', user: { login: 'github-actions[bot]' } });
    expect(gh.requests).toMatchObject([{ method: 'POST', path: `${PR}/reviews`, operation: 'pulls/create-review', status: 200 }]);
    expect(gh.requests[0].headers.authorization).toBe('token test');
    expect(gh.invalidRequests).toEqual([]);

    const listed = await call(gh, 'GET', `${PR}/comments`);
    expect(listed.json).toMatchObject([
      { path: 'db/001.sql', line: 3, start_line: 2, body: 'Index built without CONCURRENTLY', pull_request_review_id: (review.json as { id: number }).id },
    ]);
  });

  it('answers 422 to a body that breaks GitHub\'s schema and keeps it in invalidRequests', async () => {
    const gh = await start();
    // "event" must be one of APPROVE / REQUEST_CHANGES / COMMENT; comments need a body.
    const res = await call(gh, 'POST', `${PR}/reviews`, { event: 'COMMENTED', comments: [{ path: 'db/001.sql', line: 2 }] });
    expect(res.status).toBe(422);
    expect((res.json as { message: string }).message).toMatch(/^Invalid request/);
    expect(gh.invalidRequests).toHaveLength(1);
    expect(gh.invalidRequests[0].schemaErrors?.join('\n')).toMatch(/event.*allowed values[\s\S]*comments\/0 must have required property 'body'/);
    expect(gh.state.reviews).toEqual([]);
  });

  it('rejects the whole review when a comment lies outside the diff', async () => {
    const gh = await start();
    const res = await call(gh, 'POST', `${PR}/reviews`, {
      event: 'COMMENT',
      comments: [
        { path: 'db/001.sql', line: 2, body: 'inside' },
        { path: 'db/001.sql', line: 9, body: 'outside' },
      ],
    });
    expect(res.status).toBe(422);
    expect(res.json).toMatchObject({ errors: ['Pull request review thread line must be part of the diff'] });
    expect(gh.state.reviewComments).toEqual([]);
    expect(gh.invalidRequests).toEqual([]); // schema-valid, refused on GitHub's diff rule
  });

  it('rejects comments on files outside the pull request and spans crossing hunks', async () => {
    const twoHunks = '@@ -1,1 +1,2 @@\n a\n+b\n@@ -20,1 +21,2 @@\n c\n+d';
    const gh = await start({ files: [{ filename: 'db/002.sql', patch: twoHunks }] });
    const other = await call(gh, 'POST', `${PR}/reviews`, { event: 'COMMENT', comments: [{ path: 'db/001.sql', line: 1, body: 'x' }] });
    expect(other.json).toMatchObject({ errors: ['Path could not be resolved'] });
    const span = await call(gh, 'POST', `${PR}/reviews`, {
      event: 'COMMENT',
      comments: [{ path: 'db/002.sql', start_line: 2, line: 21, body: 'x' }],
    });
    expect(span.status).toBe(422);
  });
});

describe('fake GitHub: lists and comments', () => {
  it('paginates with per_page, page and a Link header', async () => {
    const files = Array.from({ length: 5 }, (_, i) => ({ filename: `db/${i}.sql`, patch: PATCH }));
    const gh = await start({ files });
    const first = await call(gh, 'GET', `${PR}/files?per_page=2`);
    expect((first.json as Array<{ filename: string }>).map((f) => f.filename)).toEqual(['db/0.sql', 'db/1.sql']);
    const link = first.headers.get('link') ?? '';
    const next = /<([^>]+)>; rel="next"/.exec(link)?.[1];
    expect(next).toBe(`${gh.url}${PR}/files?per_page=2&page=2`);
    expect(link).toContain('page=3>; rel="last"');

    const last = await call(gh, 'GET', `${PR}/files?per_page=2&page=3`);
    expect((last.json as unknown[]).length).toBe(1);
    expect(last.headers.get('link')).not.toContain('rel="next"');
  });

  it('creates, updates and lists issue comments, and deletes review comments', async () => {
    const gh = await start({ reviewComments: [{ id: 11, path: 'db/001.sql', line: 2, body: 'old finding' }] });
    const created = await call(gh, 'POST', '/repos/acme/shop/issues/7/comments', { body: 'summary v1' });
    expect(created.status).toBe(201);
    const id = (created.json as { id: number }).id;
    const updated = await call(gh, 'PATCH', `/repos/acme/shop/issues/comments/${id}`, { body: 'summary v2' });
    expect(updated.json).toMatchObject({ id, body: 'summary v2' });
    const listed = await call(gh, 'GET', '/repos/acme/shop/issues/7/comments');
    expect(listed.json).toMatchObject([{ id, body: 'summary v2' }]);

    expect((await call(gh, 'DELETE', '/repos/acme/shop/pulls/comments/11')).status).toBe(204);
    expect((await call(gh, 'DELETE', '/repos/acme/shop/pulls/comments/11')).status).toBe(404);
    expect(gh.state.reviewComments).toEqual([]);
  });

  it('adds labels and requests reviewers, refusing the author as reviewer', async () => {
    const gh = await start({ labels: ['db'] });
    const labels = await call(gh, 'POST', '/repos/acme/shop/issues/7/labels', { labels: ['migration-risk', 'db'] });
    expect(labels.json).toMatchObject([{ name: 'db' }, { name: 'migration-risk' }]);
    expect((await call(gh, 'POST', '/repos/acme/shop/issues/7/labels', { labels: [] })).status).toBe(422); // minItems 1

    const requested = await call(gh, 'POST', `${PR}/requested_reviewers`, { reviewers: ['dba-alice'] });
    expect(requested.status).toBe(201);
    expect(gh.state.requestedReviewers).toEqual(['dba-alice']);
    expect((await call(gh, 'POST', `${PR}/requested_reviewers`, { reviewers: ['octocat'] })).status).toBe(422);

    const pull = await call(gh, 'GET', PR);
    expect(pull.json).toMatchObject({ number: 7, labels: [{ name: 'db' }, { name: 'migration-risk' }], head: { sha: 'f'.repeat(40) } });
  });

  it('answers 404 for another repository or pull request', async () => {
    const gh = await start();
    expect((await call(gh, 'GET', '/repos/acme/other/pulls/7')).status).toBe(404);
    expect((await call(gh, 'GET', '/repos/acme/shop/pulls/8/files')).status).toBe(404);
  });
});

describe('fake GitHub: forks and faults', () => {
  it('refuses every write from a fork with 403 but still serves reads', async () => {
    const gh = await start({ fork: true });
    const write = await call(gh, 'POST', '/repos/acme/shop/issues/7/comments', { body: 'x' });
    expect(write.status).toBe(403);
    expect(write.json).toMatchObject({ message: 'Resource not accessible by integration' });
    expect((await call(gh, 'POST', `${PR}/reviews`, { event: 'COMMENT', body: 'x' })).status).toBe(403);
    expect((await call(gh, 'GET', `${PR}/files`)).status).toBe(200);
    expect(gh.state.issueComments).toEqual([]);
  });

  it('injects a 5xx and a secondary rate limit with Retry-After, each used up once', async () => {
    const gh = await start();
    gh.failNext('GET', /\/files$/, 502);
    gh.failNext('POST', /\/reviews$/, 403, { retryAfter: 7 });
    expect((await call(gh, 'GET', `${PR}/files`)).status).toBe(502);
    expect((await call(gh, 'GET', `${PR}/files`)).status).toBe(200);

    const limited = await call(gh, 'POST', `${PR}/reviews`, { event: 'COMMENT', body: 'x' });
    expect(limited.status).toBe(403);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect((limited.json as { message: string }).message).toMatch(/secondary rate limit/);
    expect(gh.state.reviews).toEqual([]);
    expect((await call(gh, 'POST', `${PR}/reviews`, { event: 'COMMENT', body: 'x' })).status).toBe(200);
    expect(gh.requests.map((r) => r.status)).toEqual([502, 200, 403, 200]);
  });

  it('fails a fault `times` times before answering normally', async () => {
    const gh = await start();
    gh.failNext('get', /\/pulls\/7$/, 503, { times: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await call(gh, 'GET', PR)).status);
    expect(statuses).toEqual([503, 503, 200]);
  });

  it('injects a fault on chosen attempts of one route, with GitHub\'s headers and error JSON', async () => {
    const gh = await start();
    const fault = gh.inject({ method: 'POST', path: /\/issues\/7\/comments$/, attempts: [2, 3], ...GITHUB_ERRORS.secondaryRateLimit(1, 429) });
    const statuses: number[] = [];
    let limited: Awaited<ReturnType<typeof call>> | undefined;
    for (let i = 0; i < 4; i++) {
      const res = await call(gh, 'POST', '/repos/acme/shop/issues/7/comments', { body: `c${i}` });
      statuses.push(res.status);
      if (res.status === 429) limited = res;
    }
    expect(statuses).toEqual([201, 429, 429, 201]);
    expect(fault.hits).toBe(2);
    expect(limited?.headers.get('retry-after')).toBe('1');
    expect(limited?.json).toMatchObject({ message: expect.stringMatching(/^You have exceeded a secondary rate limit/), status: '429' });
    expect(gh.state.issueComments.map((c) => c.body)).toEqual(['c0', 'c3']);
    expect(gh.requests.map((r) => r.faulted ?? false)).toEqual([false, true, true, false]);
  });

  it('applies a write and then answers the fault, as when GitHub fails after committing', async () => {
    const gh = await start();
    gh.inject({ method: 'POST', path: /\/reviews$/, applied: true, ...GITHUB_ERRORS.serverError(502) });
    const res = await fetch(`${gh.url}${PR}/reviews`, { method: 'POST', body: JSON.stringify({ event: 'COMMENT', body: 'x' }) });
    expect(res.status).toBe(502);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('Unicorn');
    expect(gh.state.reviews).toHaveLength(1);
  });

  it('runs a change made meanwhile before handling the request, and answers as GitHub would afterwards', async () => {
    const gh = await start({ issueComments: [{ id: 31, body: 'summary' }] });
    const fault = gh.inject({ method: 'PATCH', path: /\/issues\/comments\/31$/, before: (state) => void state.issueComments.splice(0, 1) });
    const res = await call(gh, 'PATCH', '/repos/acme/shop/issues/comments/31', { body: 'v2' });
    expect(res.status).toBe(404);
    expect(res.json).toMatchObject({ message: 'Not Found' });
    expect(fault.hits).toBe(1);
  });

  it('keeps failing with attempts "every", and builds the primary rate-limit headers', async () => {
    const gh = await start();
    gh.inject({ method: 'GET', path: /\/files$/, attempts: 'every', ...GITHUB_ERRORS.primaryRateLimit(60) });
    const asked = Date.now();
    const first = await call(gh, 'GET', `${PR}/files`);
    const second = await call(gh, 'GET', `${PR}/files`);
    expect([first.status, second.status]).toEqual([403, 403]);
    expect(first.headers.get('x-ratelimit-remaining')).toBe('0');
    // The reset is 60 s after the request arrived, which is after `asked` however slow the machine.
    const reset = Number(first.headers.get('x-ratelimit-reset'));
    expect(reset * 1000).toBeGreaterThanOrEqual(asked + 60_000);
    expect(gh.requests[1].at).toBeGreaterThanOrEqual(gh.requests[0].at);
  });

  it('answers 400 to a body that is not JSON', async () => {
    const gh = await start();
    const res = await fetch(`${gh.url}/repos/acme/shop/issues/7/comments`, { method: 'POST', body: '{nope' });
    expect(res.status).toBe(400);
  });
});
