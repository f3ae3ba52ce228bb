// An in-memory stand-in for GitHub's REST API, for the operations the Action calls, on 127.0.0.1.
// Request bodies are checked against GitHub's own OpenAPI schemas (tests/fixtures/github-api), and
// the rules GitHub enforces beyond the schema that a review bot trips over are reproduced: writes
// from a fork's token are refused, review comments must sit inside the diff. Faults are injected
// per route and per attempt, with GitHub's status, headers and error JSON, including writes that
// GitHub applied before it failed and changes someone else made meanwhile.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { createGitHubApi, type GitHubApi } from '../../src/github/api.js';
import { commentableRanges, isCommentable, type LineRange } from '../../src/github/diff-hunks.js';

interface OperationSpec {
  method: string;
  path: string;
  pathParams: string[];
  query: Record<string, unknown>;
  requestBody: { required: boolean; schema: object } | null;
  response: { status: number; schema: object | null };
}

const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/github-api/schemas.json', import.meta.url), 'utf8'),
) as { operations: Record<string, OperationSpec> };

// OpenAPI 3.0 keywords (nullable) are understood by ajv; formats are informative only here.
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });

interface Route {
  id: string;
  spec: OperationSpec;
  pattern: RegExp;
  validateBody: ValidateFunction | undefined;
  validateResponse: ValidateFunction | undefined;
}

const ROUTES: Route[] = Object.entries(fixture.operations).map(([id, spec]) => ({
  id,
  spec,
  // A file path spans several segments; every other parameter is one.
  pattern: new RegExp(`^${spec.path.replace(/\{path\}/g, '(.+)').replace(/\{[^}]+\}/g, '([^/]+)')}$`),
  validateBody: spec.requestBody ? ajv.compile(spec.requestBody.schema) : undefined,
  validateResponse: spec.response.schema ? ajv.compile(spec.response.schema) : undefined,
}));

export interface FakeUser {
  login: string;
  type?: 'User' | 'Bot';
}

export interface FakeFile {
  filename: string;
  status?: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  /** Unified diff hunks; omitted, as GitHub does, for binary or very large files. */
  patch?: string;
  previous_filename?: string;
}

export interface FakeReviewComment {
  id: number;
  pull_request_review_id: number | null;
  path: string;
  line: number;
  start_line: number | null;
  side: 'RIGHT';
  body: string;
  user: FakeUser;
  in_reply_to_id?: number;
  commit_id: string;
}

export interface FakeIssueComment {
  id: number;
  body: string;
  user: FakeUser;
  created_at: string;
  updated_at: string;
}

export interface FakeReview {
  id: number;
  body: string;
  event: string | undefined;
  commit_id: string;
  user: FakeUser;
}

export interface FakeIssueEvent {
  id: number;
  event: string;
  actor: string;
  label?: string;
  created_at: string;
}

export interface FakeGitHubOptions {
  owner?: string;
  repo?: string;
  pullNumber?: number;
  title?: string;
  author?: string;
  headSha?: string;
  baseSha?: string;
  headRef?: string;
  baseRef?: string;
  files?: FakeFile[];
  /** Comments already on the pull request (e.g. from an earlier run); ids are given if absent. */
  reviewComments?: Array<Partial<FakeReviewComment> & Pick<FakeReviewComment, 'path' | 'line' | 'body'>>;
  issueComments?: Array<Partial<FakeIssueComment> & Pick<FakeIssueComment, 'body'>>;
  labels?: string[];
  /** Every write answers 403 as for a workflow token of a pull request from a fork. */
  fork?: boolean;
  /** Who the token belongs to; new comments are written as this user. */
  actor?: FakeUser;
  /** File contents served by GET /repos/{o}/{r}/contents/{path}?ref=. */
  contents?: Array<{ path: string; ref: string; text: string }>;
  /** The issue's timeline of events (labeled, unlabeled, ...); label writes append to it. */
  issueEvents?: Array<Partial<FakeIssueEvent> & Pick<FakeIssueEvent, 'event' | 'actor'>>;
  /** When set, reviewers outside this list are refused with 422 as non-collaborators. */
  collaborators?: string[];
  /**
   * Repository permission per login, for GET .../collaborators/{user}/permission; a login not
   * listed has `none`. Without this option everyone has `write`.
   */
  permissions?: Record<string, 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none'>;
}

export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  /** Operation id from the fixture (e.g. "pulls/create-review"), when the route is known. */
  operation: string | undefined;
  status: number;
  /** Why the body failed GitHub's schema, for requests in `invalidRequests`. */
  schemaErrors?: string[];
  /** Date.now() when the request arrived, to measure the client's waits. */
  at: number;
  /** The request hit an injected fault. */
  faulted?: boolean;
}

export interface FaultOptions {
  /** Seconds, sent as the Retry-After header (secondary rate limits, 503s). */
  retryAfter?: number;
  /** How many matching requests fail before the fault is used up; 1 by default. */
  times?: number;
}

/** What a fault answers: GitHub's status, headers and error body (JSON, or a string sent as HTML). */
export interface FaultReply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface Fault extends Partial<FaultReply> {
  method: string;
  /** Matched against the path without its query string. */
  path: RegExp;
  /**
   * Which of the requests this fault takes hit it, counted from 1: `[1]` (the default) fails the
   * first attempt and lets its retry through; 'every' fails them all. Faults take matching
   * requests in the order they were injected; one is used up after its last listed attempt.
   */
  attempts?: number[] | 'every';
  /** GitHub carried out the request (state changed) and then answered the fault: a POST that landed before its 502. */
  applied?: boolean;
  /** Someone else's change just before the request is handled (a user deletes the comment, a push moves the diff). */
  before?: (state: FakeGitHub['state']) => void;
}

export interface InjectedFault {
  /** Requests this fault answered or acted on. */
  readonly hits: number;
}

export interface FakeGitHub {
  /** Base URL to put in GITHUB_API_URL. */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Requests whose body did not match GitHub's schema (all answered 422). */
  readonly invalidRequests: RecordedRequest[];
  readonly state: {
    files: FakeFile[];
    reviewComments: FakeReviewComment[];
    issueComments: FakeIssueComment[];
    reviews: FakeReview[];
    labels: string[];
    requestedReviewers: string[];
    requestedTeams: string[];
    issueEvents: FakeIssueEvent[];
  };
  /** The next matching request(s) fail with `status` (5xx, 403/429 rate limits, ...). */
  failNext(method: string, pathPattern: RegExp, status: number, options?: FaultOptions): void;
  /** A fault on one route, for chosen attempts: an answer (`status`...), a change made meanwhile (`before`), or both. */
  inject(fault: Fault): InjectedFault;
  close(): Promise<void>;
}

interface ActiveFault {
  fault: Fault;
  /** Matching requests this fault has taken. */
  taken: number;
  hits: number;
}

interface Reply {
  status: number;
  body?: unknown;
  /** A body sent as is (raw file content), not as JSON. */
  raw?: string;
  headers?: Record<string, string>;
}

const DOCS = 'https://docs.github.com/rest';
const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);
const REVIEW_STATES: Record<string, string> = {
  APPROVE: 'APPROVED',
  REQUEST_CHANGES: 'CHANGES_REQUESTED',
  COMMENT: 'COMMENTED',
};

function error(status: number, message: string, errors?: unknown[]): Reply {
  const body: Record<string, unknown> = { message, documentation_url: DOCS, status: String(status) };
  if (errors) body.errors = errors;
  return { status, body };
}

const SECONDARY_RATE_LIMIT =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0400:3B1F:1A2B3C:4D5E6F:67890ABC.';

/** GitHub's answers to the failures a review bot meets, as faults to inject. */
export const GITHUB_ERRORS = {
  /** A write with a read-only token: a fork's pull request, or `permissions:` without write. */
  readOnlyToken: (): FaultReply => error(403, 'Resource not accessible by integration'),
  notFound: (): FaultReply => error(404, 'Not Found'),
  /** A review comment on a line outside the diff, as GitHub names the field. */
  lineOutsideDiff: (): FaultReply =>
    error(422, 'Unprocessable Entity', [
      {
        resource: 'PullRequestReviewThread',
        code: 'custom',
        field: 'pull_request_review_thread.line',
        message: 'pull_request_review_thread.line must be part of the diff',
      },
    ]),
  /** 500 with GitHub's JSON; 502 and 504 come from the load balancer as an HTML page. */
  serverError: (status: 500 | 502 | 503 | 504 = 500): FaultReply =>
    status === 500
      ? error(500, 'Server Error')
      : { status, body: `<html><body><h1>${status}</h1>Unicorn! · GitHub</body></html>` },
  /** A secondary rate limit: 403 (or 429), with Retry-After when GitHub gives one, and the primary quota not exhausted. */
  secondaryRateLimit: (retryAfter?: number, status: 403 | 429 = 403): FaultReply => ({
    ...error(status, SECONDARY_RATE_LIMIT),
    headers: {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4990',
      ...(retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) }),
    },
  }),
  /** The primary quota used up: 403 with x-ratelimit-remaining 0 until x-ratelimit-reset (epoch seconds). */
  primaryRateLimit: (resetInSeconds: number): FaultReply => ({
    ...error(403, 'API rate limit exceeded for installation ID 4242.'),
    headers: {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000 + resetInSeconds)),
    },
  }),
};

/** What `failNext` sends for a status, kept for the tests written against it. */
function legacyFaultReply(status: number, retryAfter: number | undefined): FaultReply {
  const rateLimited = status === 429 || (status === 403 && retryAfter !== undefined);
  const reply = error(status, rateLimited ? SECONDARY_RATE_LIMIT : status >= 500 ? 'Server Error' : 'Forbidden');
  return retryAfter === undefined ? reply : { ...reply, headers: { 'retry-after': String(retryAfter) } };
}

/** The default answer for a status: GitHub's error JSON. */
function defaultFaultReply(status: number): FaultReply {
  const messages: Record<number, string> = { 403: 'Forbidden', 404: 'Not Found', 422: 'Unprocessable Entity', 429: 'Too Many Requests' };
  return error(status, messages[status] ?? (status >= 500 ? 'Server Error' : 'Error'));
}

function formatSchemaErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '(body)'} ${e.message ?? 'is invalid'}`);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const owner = options.owner ?? 'acme';
  const repo = options.repo ?? 'shop';
  const pullNumber = options.pullNumber ?? 7;
  const headSha = options.headSha ?? 'f'.repeat(40);
  const actor: FakeUser = options.actor ?? { login: 'github-actions[bot]', type: 'Bot' };
  const author = options.author ?? 'octocat';
  let nextId = 1000;
  const now = (): string => new Date().toISOString();

  const state: FakeGitHub['state'] = {
    files: (options.files ?? []).map((f) => ({ ...f })),
    reviewComments: (options.reviewComments ?? []).map((c) => ({
      pull_request_review_id: null,
      start_line: null,
      side: 'RIGHT',
      user: actor,
      commit_id: headSha,
      ...c,
      id: c.id ?? nextId++,
    })),
    issueComments: (options.issueComments ?? []).map((c) => ({
      user: actor,
      created_at: now(),
      updated_at: now(),
      ...c,
      id: c.id ?? nextId++,
    })),
    reviews: [],
    labels: [...(options.labels ?? [])],
    requestedReviewers: [],
    requestedTeams: [],
    issueEvents: (options.issueEvents ?? []).map((e) => ({ created_at: now(), ...e, id: e.id ?? nextId++ })),
  };
  const requests: RecordedRequest[] = [];
  const invalidRequests: RecordedRequest[] = [];
  const faults: ActiveFault[] = [];
  let baseUrl = '';

  const htmlPull = `https://github.com/${owner}/${repo}/pull/${pullNumber}`;
  const user = (u: FakeUser): object => ({ login: u.login, type: u.type ?? 'User' });
  const reviewCommentJson = (c: FakeReviewComment): object => ({
    ...c,
    user: user(c.user),
    html_url: `${htmlPull}#discussion_r${c.id}`,
  });
  const issueCommentJson = (c: FakeIssueComment): object => ({
    ...c,
    user: user(c.user),
    html_url: `${htmlPull}#issuecomment-${c.id}`,
  });
  const labelJson = (name: string, index: number): object => ({ id: 500 + index, name });
  const pullJson = (): object => ({
    number: pullNumber,
    state: 'open',
    draft: false,
    title: options.title ?? 'Add migrations',
    html_url: htmlPull,
    user: { login: author },
    head: { sha: headSha, ref: options.headRef ?? 'feature', repo: { full_name: `${owner}/${repo}` } },
    base: {
      sha: options.baseSha ?? 'b'.repeat(40),
      ref: options.baseRef ?? 'main',
      repo: { full_name: `${owner}/${repo}` },
    },
    labels: state.labels.map(labelJson),
    requested_reviewers: state.requestedReviewers.map((login) => ({ login })),
    requested_teams: state.requestedTeams.map((slug) => ({ slug })),
  });

  /** One page of a list, with GitHub's Link header (first/prev/next/last). */
  function page(items: object[], path: string, query: Record<string, string>): Reply {
    const perPage = Math.min(Math.max(Number(query.per_page ?? 30) || 30, 1), 100);
    const pageNo = Math.max(Number(query.page ?? 1) || 1, 1);
    const last = Math.max(Math.ceil(items.length / perPage), 1);
    const link = (n: number): string => {
      const params = new URLSearchParams({ ...query, per_page: String(perPage), page: String(n) });
      return `${baseUrl}${path}?${params}`;
    };
    const rels: string[] = [];
    if (pageNo > 1) rels.push(`<${link(pageNo - 1)}>; rel="prev"`);
    if (pageNo < last) rels.push(`<${link(pageNo + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`);
    if (pageNo > 1) rels.push(`<${link(1)}>; rel="first"`);
    const headers: Record<string, string> = rels.length > 0 ? { link: rels.join(', ') } : {};
    return { status: 200, body: items.slice((pageNo - 1) * perPage, pageNo * perPage), headers };
  }

  type ReviewCommentInput = { path: string; body: string; line?: number; start_line?: number; side?: string; start_side?: string; position?: number };

  /** GitHub's checks on a review's inline comments, beyond the schema. */
  function reviewCommentProblem(c: ReviewCommentInput): string | undefined {
    const file = state.files.find((f) => f.filename === c.path);
    if (!file) return 'Path could not be resolved';
    if (c.line === undefined) return 'fake-github supports only line-based comments (line, not position)';
    if ((c.side ?? 'RIGHT') !== 'RIGHT' || (c.start_side ?? 'RIGHT') !== 'RIGHT') {
      return 'fake-github supports only side RIGHT';
    }
    const ranges: LineRange[] = file.patch === undefined ? [] : commentableRanges(file.patch);
    if (!isCommentable(ranges, c.line)) return 'Pull request review thread line must be part of the diff';
    if (c.start_line !== undefined) {
      if (c.start_line >= c.line) return 'Pull request review thread start_line must precede line';
      if (!isCommentable(ranges, c.start_line)) return 'Pull request review thread start line must be part of the diff';
      if (!isCommentable(ranges, c.start_line, c.line)) {
        return 'Pull request review thread start line must be in the same hunk as the line';
      }
    }
    return undefined;
  }

  const issueEventJson = (e: FakeIssueEvent): object => ({
    id: e.id,
    event: e.event,
    actor: { login: e.actor },
    created_at: e.created_at,
    ...(e.label === undefined ? {} : { label: { name: e.label, color: 'ededed' } }),
  });
  const labelEvent = (event: 'labeled' | 'unlabeled', label: string): void => {
    state.issueEvents.push({ id: nextId++, event, actor: actor.login, label, created_at: now() });
  };

  function handle(
    route: Route,
    params: Record<string, string>,
    path: string,
    query: Record<string, string>,
    body: unknown,
    accept: string,
  ): Reply {
    // GET /user has no repository in its path.
    if (route.spec.pathParams.includes('owner') && (params.owner !== owner || params.repo !== repo)) return error(404, 'Not Found');
    const number = params.pull_number ?? params.issue_number;
    if (number !== undefined && Number(number) !== pullNumber) return error(404, 'Not Found');
    const commentId = params.comment_id === undefined ? undefined : Number(params.comment_id);
    const input = body as Record<string, unknown>;

    switch (route.id) {
      case 'pulls/get':
        return { status: 200, body: pullJson() };
      case 'pulls/list-files':
        return page(
          state.files.map((f) => ({
            sha: 'a'.repeat(40),
            status: 'modified',
            additions: 0,
            deletions: 0,
            changes: 0,
            ...f,
          })),
          path,
          query,
        );
      case 'pulls/list-review-comments':
        return page(state.reviewComments.map(reviewCommentJson), path, query);
      case 'pulls/create-review': {
        const comments = (input.comments ?? []) as ReviewCommentInput[];
        const problems = comments.map(reviewCommentProblem).filter((p): p is string => p !== undefined);
        // One bad comment rejects the whole review, as on GitHub.
        if (problems.length > 0) return error(422, 'Unprocessable Entity', problems);
        const event = input.event as string | undefined;
        if ((event === 'REQUEST_CHANGES' || event === 'COMMENT') && !input.body && comments.length === 0) {
          return error(422, 'Unprocessable Entity', ['Review body is required']);
        }
        const review: FakeReview = {
          id: nextId++,
          body: (input.body as string | undefined) ?? '',
          event,
          commit_id: (input.commit_id as string | undefined) ?? headSha,
          user: actor,
        };
        state.reviews.push(review);
        for (const c of comments) {
          state.reviewComments.push({
            id: nextId++,
            pull_request_review_id: review.id,
            path: c.path,
            line: c.line as number,
            start_line: c.start_line ?? null,
            side: 'RIGHT',
            body: c.body,
            user: actor,
            commit_id: review.commit_id,
          });
        }
        return {
          status: 200,
          body: {
            id: review.id,
            user: user(actor),
            body: review.body,
            state: event ? REVIEW_STATES[event] : 'PENDING',
            html_url: `${htmlPull}#pullrequestreview-${review.id}`,
            commit_id: review.commit_id,
          },
        };
      }
      case 'pulls/update-review-comment': {
        const comment = state.reviewComments.find((c) => c.id === commentId);
        if (!comment) return error(404, 'Not Found');
        comment.body = input.body as string;
        return { status: 200, body: reviewCommentJson(comment) };
      }
      case 'pulls/delete-review-comment': {
        const at = state.reviewComments.findIndex((c) => c.id === commentId);
        if (at < 0) return error(404, 'Not Found');
        state.reviewComments.splice(at, 1);
        return { status: 204 };
      }
      case 'pulls/request-reviewers': {
        const reviewers = (input.reviewers ?? []) as string[];
        if (reviewers.includes(author)) {
          return error(422, 'Review cannot be requested from pull request author.');
        }
        if (options.collaborators && reviewers.some((login) => !options.collaborators?.includes(login))) {
          return error(
            422,
            `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${owner}/${repo} repository.`,
          );
        }
        for (const login of reviewers) if (!state.requestedReviewers.includes(login)) state.requestedReviewers.push(login);
        for (const slug of (input.team_reviewers ?? []) as string[]) {
          if (!state.requestedTeams.includes(slug)) state.requestedTeams.push(slug);
        }
        return { status: 201, body: pullJson() };
      }
      case 'issues/list-comments':
        return page(state.issueComments.map(issueCommentJson), path, query);
      case 'issues/create-comment': {
        const comment: FakeIssueComment = { id: nextId++, body: input.body as string, user: actor, created_at: now(), updated_at: now() };
        state.issueComments.push(comment);
        return { status: 201, body: issueCommentJson(comment) };
      }
      case 'issues/update-comment': {
        const comment = state.issueComments.find((c) => c.id === commentId);
        if (!comment) return error(404, 'Not Found');
        comment.body = input.body as string;
        comment.updated_at = now();
        return { status: 200, body: issueCommentJson(comment) };
      }
      case 'issues/add-labels': {
        // Accepts {labels: [...]} and a bare array; items are names or {name}.
        const raw = (Array.isArray(body) ? body : (input.labels as unknown[])) ?? [];
        for (const item of raw) {
          const name = typeof item === 'string' ? item : (item as { name: string }).name;
          if (!state.labels.includes(name)) {
            state.labels.push(name);
            labelEvent('labeled', name);
          }
        }
        return { status: 200, body: state.labels.map(labelJson) };
      }
      case 'issues/remove-label': {
        const at = state.labels.indexOf(params.name);
        if (at < 0) return error(404, 'Label does not exist');
        state.labels.splice(at, 1);
        labelEvent('unlabeled', params.name);
        return { status: 200, body: state.labels.map(labelJson) };
      }
      case 'issues/list-events':
        return page(state.issueEvents.map(issueEventJson), path, query);
      case 'users/get-authenticated':
        // An installation token (the workflow's GITHUB_TOKEN) is not a user.
        if ((actor.type ?? 'User') === 'Bot') return error(403, 'Resource not accessible by integration');
        return { status: 200, body: user(actor) };
      case 'repos/get-collaborator-permission-level': {
        const login = params.username;
        const level = options.permissions ? (options.permissions[login] ?? 'none') : 'write';
        // The legacy `permission` field folds maintain into write and triage into read, as GitHub does.
        const permission = level === 'maintain' ? 'write' : level === 'triage' ? 'read' : level;
        return { status: 200, body: { permission, role_name: level, user: { login } } };
      }
      case 'repos/get-content': {
        const ref = query.ref ?? headSha;
        const file = (options.contents ?? []).find((c) => c.path === params.path && c.ref === ref);
        if (!file) return error(404, 'Not Found');
        if (accept.includes('raw')) return { status: 200, raw: file.text, headers: { 'content-type': 'application/vnd.github.raw' } };
        const content = Buffer.from(file.text, 'utf8');
        return {
          status: 200,
          body: { type: 'file', encoding: 'base64', size: content.length, path: file.path, sha: 'c'.repeat(40), content: content.toString('base64') },
        };
      }
      default:
        return error(404, 'Not Found');
    }
  }

  /** The fault that takes this request, if it fires on this attempt; used-up faults are dropped. */
  function takeFault(method: string, path: string): Fault | undefined {
    const active = faults.find((f) => f.fault.method.toUpperCase() === method && f.fault.path.test(path));
    if (!active) return undefined;
    const attempts = active.fault.attempts ?? [1];
    active.taken++;
    if (attempts !== 'every' && active.taken >= Math.max(...attempts)) faults.splice(faults.indexOf(active), 1);
    if (attempts !== 'every' && !attempts.includes(active.taken)) return undefined;
    active.hits++;
    return active.fault;
  }

  function faultReply(fault: Fault): Reply {
    const status = fault.status as number;
    const body = fault.body ?? defaultFaultReply(status).body;
    const headers = fault.headers ?? {};
    if (typeof body === 'string') return { status, raw: body, headers: { 'content-type': 'text/html; charset=utf-8', ...headers } };
    return { status, body, headers };
  }

  async function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', baseUrl);
    const path = url.pathname;
    const query = Object.fromEntries(url.searchParams);
    const text = await readBody(req);
    const record: RecordedRequest = {
      method,
      path,
      query,
      headers: { ...req.headers },
      body: undefined,
      operation: undefined,
      status: 0,
      at: Date.now(),
    };
    requests.push(record);

    let reply: Reply;
    let parsedOk = true;
    if (text.length > 0) {
      try {
        record.body = JSON.parse(text);
      } catch {
        parsedOk = false;
      }
    }
    const matched = ROUTES.map((route) => ({ route, m: route.spec.method === method ? route.pattern.exec(path) : null })).find(
      (r) => r.m !== null,
    );
    if (matched) record.operation = matched.route.id;
    const fault = takeFault(method, path);
    if (fault) {
      record.faulted = true;
      fault.before?.(state);
    }

    if (fault?.status !== undefined && !fault.applied) {
      reply = faultReply(fault);
    } else if (!parsedOk) {
      reply = error(400, 'Problems parsing JSON');
    } else if (!matched) {
      reply = error(404, 'Not Found');
    } else if (options.fork && WRITE_METHODS.has(method)) {
      reply = error(403, 'Resource not accessible by integration');
    } else {
      const { route, m } = matched;
      const validate = route.validateBody;
      if (validate && (record.body !== undefined || route.spec.requestBody?.required) && !validate(record.body ?? {})) {
        record.schemaErrors = formatSchemaErrors(validate.errors);
        invalidRequests.push(record);
        reply = error(422, `Invalid request.\n\n${record.schemaErrors.join('\n')}`);
      } else {
        const params = Object.fromEntries(route.spec.pathParams.map((name, i) => [name, decodeURIComponent(m?.[i + 1] ?? '')]));
        reply = handle(route, params, path, query, record.body, String(req.headers.accept ?? ''));
        // The fake's own answers must look like GitHub's, or tests would pass against a fiction.
        if (
          reply.raw === undefined &&
          reply.status === route.spec.response.status &&
          route.validateResponse &&
          !route.validateResponse(reply.body)
        ) {
          reply = error(500, `fake-github answered off-schema: ${formatSchemaErrors(route.validateResponse.errors).join('; ')}`);
        }
      }
      // Carried out, and yet answered with the fault: the client cannot tell it landed.
      if (fault?.status !== undefined) reply = faultReply(fault);
    }

    record.status = reply.status;
    const headers: Record<string, string> = { 'x-github-api-version-selected': '2022-11-28' };
    if (reply.body !== undefined) headers['content-type'] = 'application/json; charset=utf-8';
    Object.assign(headers, reply.headers);
    res.writeHead(reply.status, headers);
    res.end(reply.raw ?? (reply.body === undefined ? undefined : JSON.stringify(reply.body)));
  }

  const server = createServer((req, res) => {
    respond(req, res).catch((err: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: `fake-github crashed: ${String(err)}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    requests,
    invalidRequests,
    state,
    failNext(method, pathPattern, status, faultOptions = {}) {
      const times = faultOptions.times ?? 1;
      const attempts = Array.from({ length: times }, (_, i) => i + 1);
      faults.push({ fault: { method, path: pathPattern, attempts, ...legacyFaultReply(status, faultOptions.retryAfter) }, taken: 0, hits: 0 });
    },
    inject(fault) {
      const active: ActiveFault = { fault, taken: 0, hits: 0 };
      faults.push(active);
      return {
        get hits() {
          return active.hits;
        },
      };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

/** The Action's API client for acme/shop on a fake server, with no waiting between retries. */
export function apiFor(gh: FakeGitHub): GitHubApi {
  return createGitHubApi({ token: 't', apiUrl: gh.url, owner: 'acme', repo: 'shop', retry: { sleep: async () => {} } });
}
