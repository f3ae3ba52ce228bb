// The few GitHub REST calls the Action makes, each retried on transient failures, with the
// answers cut down to the fields the Action reads. Creates are re-sent after a 5xx only when the
// caller can check that the first attempt did not land; all calls share one wait budget.
import { getOctokit } from '@actions/github';
import { isRateLimit, withRetry, type RetryBudget, type RetryOptions } from './retry.js';

/** GitHub lists at most this many files of a pull request. */
export const PULL_FILES_CAP = 3000;
const PER_PAGE = 100;

export interface PullFile {
  filename: string;
  status: string;
  /** Unified diff hunks; absent for binary and very large files. */
  patch?: string;
  previous_filename?: string;
}

export interface ReviewComment {
  id: number;
  /** Login of the author; undefined for a deleted account. */
  user: string | undefined;
  /** `User` or `Bot`. */
  userType?: string;
  body: string;
  path: string;
  htmlUrl?: string;
  line: number | null;
  inReplyToId?: number;
  /** The review the comment was posted with. */
  reviewId?: number;
}

export interface IssueComment {
  id: number;
  user: string | undefined;
  userType?: string;
  body: string;
}

export interface PullRequestInfo {
  number: number;
  author: string | undefined;
  labels: string[];
  headSha: string;
}

/** A user's access to the repository: admin, maintain and write can approve; read, triage and none cannot. */
export type Permission = 'admin' | 'write' | 'read' | 'none';

export interface IssueEvent {
  event: string;
  actor: string | undefined;
  label?: string;
  createdAt: string;
}

export interface NewReviewComment {
  path: string;
  line: number;
  startLine?: number;
  side: 'RIGHT' | 'LEFT';
  startSide?: 'RIGHT' | 'LEFT';
  body: string;
}

/**
 * For a create call: finds what an earlier attempt created, should GitHub have applied it before
 * answering 5xx; undefined when it did not land. Without one, a failed create is never re-sent.
 */
export type Landed = () => Promise<{ id: number } | undefined>;

export interface GitHubApi {
  listPullFiles(pull: number): Promise<{ files: PullFile[]; truncated: boolean }>;
  /** The file at `ref`, or undefined when it does not exist there. */
  getFileContent(path: string, ref: string): Promise<Buffer | undefined>;
  listReviewComments(pull: number): Promise<ReviewComment[]>;
  createReview(pull: number, review: { commitId: string; body?: string; comments: NewReviewComment[] }, landed?: Landed): Promise<{ id: number }>;
  deleteReviewComment(id: number): Promise<void>;
  listIssueComments(pull: number): Promise<IssueComment[]>;
  createIssueComment(pull: number, body: string, landed?: Landed): Promise<{ id: number }>;
  updateIssueComment(id: number, body: string): Promise<void>;
  addLabels(pull: number, labels: string[]): Promise<void>;
  removeLabel(pull: number, label: string): Promise<void>;
  requestReviewers(pull: number, reviewers: { users: string[]; teams: string[] }): Promise<void>;
  listIssueEvents(pull: number): Promise<IssueEvent[]>;
  /**
   * Login the token acts as: the workflow token cannot ask (401/403) and is github-actions[bot];
   * undefined when GitHub answers otherwise (some app and enterprise tokens get 404).
   */
  whoAmI(): Promise<string | undefined>;
  getPull(pull: number): Promise<PullRequestInfo>;
  /** The user's permission on the repository (`GET .../collaborators/{user}/permission`). */
  getPermission(user: string): Promise<Permission>;
}

export interface GitHubApiOptions {
  token: string;
  /** GITHUB_API_URL (GitHub Enterprise Server has its own). */
  apiUrl: string;
  owner: string;
  repo: string;
  retry?: RetryOptions;
}

export const WORKFLOW_BOT = 'github-actions[bot]';

/** HTTP status of an Octokit error, if it is one. */
export function httpStatus(err: unknown): number | undefined {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

const FORBIDDEN = 'cannot write comments with this token (fork pull request or read-only permissions)';
const RATE_LIMITED = "GitHub's rate limit outlasted the retries; the pull request was not fully updated";

/**
 * The notice for a write GitHub refused for good: a 403 (fork pull requests, read-only tokens) or
 * a rate limit that outlasted the retries. Undefined for any other error.
 */
export function refusedWriteNotice(err: unknown): string | undefined {
  const status = httpStatus(err);
  if (status !== 403 && status !== 429) return undefined;
  const message = err instanceof Error ? err.message : String(err);
  return `${isRateLimit(err) ? RATE_LIMITED : FORBIDDEN}: ${message}`;
}

function toBuffer(data: unknown): Buffer | undefined {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  // A JSON content object (a server that ignored the raw media type).
  const file = data as { type?: string; encoding?: string; content?: string } | null;
  if (file?.type === 'file' && file.encoding === 'base64' && typeof file.content === 'string') return Buffer.from(file.content, 'base64');
  return undefined;
}

export function createGitHubApi(options: GitHubApiOptions): GitHubApi {
  const octokit = getOctokit(options.token, { baseUrl: options.apiUrl.replace(/\/+$/, '') });
  const { owner, repo } = options;
  // One wait budget for the whole run, so many rate-limited calls cannot add up to a stalled job.
  const budget: RetryBudget = { waitedMs: 0 };
  const call = <T>(fn: () => Promise<T>): Promise<T> => withRetry(fn, options.retry, { budget });
  /** A create call: retried only where `landed` can tell whether an earlier attempt went through. */
  const create = (fn: () => Promise<{ id: number }>, landed: Landed | undefined): Promise<{ id: number }> =>
    withRetry(fn, options.retry, { budget, creates: true, ...(landed ? { landed } : {}) });

  /** Every page of a list, each page retried on its own; stops at a short page or at `cap` items. */
  async function all<T>(fetchPage: (page: number) => Promise<T[]>, cap = Infinity): Promise<T[]> {
    const items: T[] = [];
    for (let page = 1; items.length < cap; page++) {
      const batch = await call(() => fetchPage(page));
      items.push(...batch);
      if (batch.length < PER_PAGE) break;
    }
    return items.slice(0, cap);
  }

  return {
    async listPullFiles(pull) {
      const files = await all(async (page) => {
        const { data } = await octokit.rest.pulls.listFiles({ owner, repo, pull_number: pull, per_page: PER_PAGE, page });
        return data.map(
          (f): PullFile => ({
            filename: f.filename,
            status: f.status,
            ...(f.patch === undefined ? {} : { patch: f.patch }),
            ...(f.previous_filename === undefined ? {} : { previous_filename: f.previous_filename }),
          }),
        );
      }, PULL_FILES_CAP);
      // Exactly 3,000 may be complete, but GitHub gives no way to tell from the list itself.
      return { files, truncated: files.length >= PULL_FILES_CAP };
    },

    async getFileContent(path, ref) {
      try {
        const { data } = await call(() => octokit.rest.repos.getContent({ owner, repo, path, ref, mediaType: { format: 'raw' } }));
        return toBuffer(data);
      } catch (err) {
        if (httpStatus(err) === 404) return undefined;
        throw err;
      }
    },

    listReviewComments(pull) {
      return all(async (page) => {
        const { data } = await octokit.rest.pulls.listReviewComments({ owner, repo, pull_number: pull, per_page: PER_PAGE, page });
        return data.map(
          (c): ReviewComment => ({
            id: c.id,
            user: c.user?.login,
            ...(c.user?.type ? { userType: c.user.type } : {}),
            body: c.body,
            path: c.path,
            ...(c.html_url ? { htmlUrl: c.html_url } : {}),
            line: c.line ?? null,
            ...(c.in_reply_to_id === undefined ? {} : { inReplyToId: c.in_reply_to_id }),
            ...(typeof c.pull_request_review_id === 'number' ? { reviewId: c.pull_request_review_id } : {}),
          }),
        );
      });
    },

    async createReview(pull, review, landed) {
      const comments = review.comments.map((c) => ({
        path: c.path,
        line: c.line,
        side: c.side,
        body: c.body,
        ...(c.startLine === undefined ? {} : { start_line: c.startLine, start_side: c.startSide ?? c.side }),
      }));
      return create(async () => {
        const { data } = await octokit.rest.pulls.createReview({
          owner,
          repo,
          pull_number: pull,
          commit_id: review.commitId,
          event: 'COMMENT',
          ...(review.body === undefined ? {} : { body: review.body }),
          comments,
        });
        return { id: data.id };
      }, landed);
    },

    async deleteReviewComment(id) {
      await call(() => octokit.rest.pulls.deleteReviewComment({ owner, repo, comment_id: id }));
    },

    listIssueComments(pull) {
      return all(async (page) => {
        const { data } = await octokit.rest.issues.listComments({ owner, repo, issue_number: pull, per_page: PER_PAGE, page });
        return data.map((c): IssueComment => ({ id: c.id, user: c.user?.login, ...(c.user?.type ? { userType: c.user.type } : {}), body: c.body ?? '' }));
      });
    },

    createIssueComment(pull, body, landed) {
      return create(async () => {
        const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: pull, body });
        return { id: data.id };
      }, landed);
    },

    async updateIssueComment(id, body) {
      await call(() => octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body }));
    },

    async addLabels(pull, labels) {
      await call(() => octokit.rest.issues.addLabels({ owner, repo, issue_number: pull, labels }));
    },

    async removeLabel(pull, label) {
      await call(() => octokit.rest.issues.removeLabel({ owner, repo, issue_number: pull, name: label }));
    },

    async requestReviewers(pull, { users, teams }) {
      await call(() => octokit.rest.pulls.requestReviewers({ owner, repo, pull_number: pull, reviewers: users, team_reviewers: teams }));
    },

    listIssueEvents(pull) {
      return all(async (page) => {
        const { data } = await octokit.rest.issues.listEvents({ owner, repo, issue_number: pull, per_page: PER_PAGE, page });
        return data.map((e): IssueEvent => {
          const label = 'label' in e ? (e.label as { name?: string } | undefined)?.name : undefined;
          return { event: e.event, actor: e.actor?.login, ...(label === undefined ? {} : { label }), createdAt: e.created_at };
        });
      });
    },

    async whoAmI() {
      try {
        const { data } = await call(() => octokit.rest.users.getAuthenticated());
        return data.login;
      } catch (err) {
        // An installation token (GITHUB_TOKEN) gets 403 here; it writes as the Actions bot.
        if (httpStatus(err) === 403 || httpStatus(err) === 401) return WORKFLOW_BOT;
        // Anything else (404 for some app tokens, an outage): own comments are told by marker and bot account.
        return undefined;
      }
    },

    async getPull(pull) {
      const { data } = await call(() => octokit.rest.pulls.get({ owner, repo, pull_number: pull }));
      return { number: data.number, author: data.user?.login, labels: data.labels.map((l) => l.name ?? '').filter((n) => n !== ''), headSha: data.head.sha };
    },

    async getPermission(user) {
      const { data } = await call(() => octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: user }));
      const p = data.permission;
      return p === 'admin' || p === 'write' || p === 'read' ? p : p === 'maintain' ? 'write' : 'none';
    },
  };
}
