// Publishing to the pull request: the approval state, escalation label and reviewers, inline review
// comments, one sticky summary per migrations directory (per scope). Write failures (forks,
// read-only tokens) and refused reads become notices; the review stands either way.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Review } from '../core/review-types.js';
import { createGitHubApi } from '../github/api.js';
import { commentableRanges, isCommentable, type LineRange } from '../github/diff-hunks.js';
import { approvalLine, decideApproval, mergeRecords, parseApprovalRecord } from '../github/approval.js';
import { httpStatus, type IssueComment } from '../github/api.js';
import type { CommentOwner } from '../github/comment-owner.js';
import { applyEscalation, tolerant } from '../github/escalation.js';
import type { PullRequestEvent } from '../github/event.js';
import { publishInlineReview } from '../github/publish-review.js';
import { ownSummaries, upsertSummary } from '../github/sticky-summary.js';
import { summaryComment, type GateState } from '../report/summary-comment.js';
import type { ActionInputs } from './inputs.js';

export interface Publication {
  notices: string[];
  approved: boolean;
  approvedBy?: string;
  /** The summary markdown as posted (also the job summary). */
  summary?: string;
}

/** The migrations directory a file belongs to: up to its `migrations`/`migration` folder, else its folder. */
export function migrationsDirectory(path: string): string {
  const parts = path.split('/');
  const at = parts.findLastIndex((p, i) => i < parts.length - 1 && /^migrations?$/.test(p));
  if (at >= 0) return parts.slice(0, at + 1).join('/');
  return parts.length > 1 ? parts.slice(0, -1).join('/') : '.';
}

/**
 * The summary each file belongs to: migrations by their directory; query files, and findings on
 * files outside the review, with the first migrations directory (the queries run against it).
 */
function summaryHome(review: Review): { directories: string[]; of: (path: string) => string } {
  const migrations = new Set(review.files.filter((f) => !f.framework.endsWith(' queries')).map((f) => f.path));
  const directories = [...new Set([...migrations].map(migrationsDirectory))];
  if (directories.length === 0) directories.push('.');
  return { directories, of: (path) => (migrations.has(path) ? migrationsDirectory(path) : directories[0]) };
}

/** The review restricted to one directory's files, for that directory's summary comment. */
function reviewOfDirectory(review: Review, directory: string, of: (path: string) => string): Review {
  const inDir = (p: string) => of(p) === directory;
  return { ...review, files: review.files.filter((f) => inDir(f.path)), findings: review.findings.filter((f) => inDir(f.file)) };
}

export async function publishToPullRequest(review: Review, event: PullRequestEvent, inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<Publication> {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '/').split('/');
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const api = createGitHubApi({ token: inputs.githubToken, apiUrl: env.GITHUB_API_URL || 'https://api.github.com', owner, repo });
  const notices: string[] = [];
  const who: CommentOwner = { login: await api.whoAmI(), scope: inputs.scope };
  if (who.login === undefined) notices.push("GitHub would not say which account the token is (GET /user); this run's own comments are told by their markers and a bot author.");

  // Earlier summaries carry the approval this pull request was given.
  let comments: IssueComment[] = [];
  try {
    comments = await api.listIssueComments(event.pull);
  } catch (err) {
    notices.push(`Could not read the pull request's comments, so no earlier approval is known: ${(err as Error).message}`);
  }
  const previous = mergeRecords(ownSummaries(comments, who).map((c) => parseApprovalRecord(c.body)));
  const escalations = review.findings.filter((f) => f.severity === 'escalate' && !f.ignored);
  const decision = await decideApproval(api, {
    escalations,
    labels: event.labels,
    approveLabel: inputs.approveLabel,
    action: event.action,
    ...(event.label ? { eventLabel: event.label } : {}),
    sender: event.sender,
    author: event.author,
    allowSelfApproval: inputs.allowSelfApproval,
    previous,
  });
  let asked: string[] = [];
  // Escalations need a person even when errors also fail the review: label and ask either way.
  if (escalations.length > 0) {
    const result = await applyEscalation(api, {
      pull: event.pull,
      labels: event.labels,
      escalationLabel: inputs.escalationLabel,
      users: inputs.escalationUsers,
      teams: inputs.escalationTeams,
      author: event.author,
    });
    notices.push(...result.notices);
    asked = result.asked;
  }
  if (decision.reason) notices.push(`Not approved: ${decision.reason}.`);
  if (decision.removeLabel && event.labels.includes(inputs.approveLabel)) {
    const removed = await tolerant(notices, async () => {
      await api.removeLabel(event.pull, inputs.approveLabel);
      return true;
    }).catch((err: unknown) => (httpStatus(err) === 404 ? true : Promise.reject(err)));
    if (!removed) notices.push(`The "${inputs.approveLabel}" label stays on the pull request but approves nothing: remove it and add it again to approve.`);
  }
  const gate: GateState = {
    approveLabel: inputs.approveLabel,
    status: decision.status,
    ...(decision.record ? { by: decision.record.by, at: decision.record.at, recordLine: approvalLine(decision.record) } : {}),
    uncovered: decision.uncovered,
    ...(decision.reason ? { reason: decision.reason } : {}),
    asked,
  };
  const approval = { approved: decision.approved, ...(decision.approved && decision.record ? { approvedBy: decision.record.by } : {}) };

  let commented: ReadonlyMap<string, string | undefined> = new Map();
  if (inputs.comment === 'review' && review.findings.length > 0) {
    const listed = await api.listPullFiles(event.pull);
    if (listed.truncated) notices.push('The pull request has more than 3,000 files; GitHub lists only the first 3,000, so findings in the others are in the summary only.');
    const hunks = new Map<string, LineRange[]>(listed.files.map((f) => [f.filename, f.patch ? commentableRanges(f.patch) : []]));
    const fileTexts = new Map<string, string>();
    for (const f of review.files) {
      try {
        fileTexts.set(f.path, readFileSync(join(workspace, f.path), 'utf8'));
      } catch {
        // Deleted files have no text: their findings go to the summary.
      }
    }
    const result = await publishInlineReview(api, {
      pull: event.pull,
      commitId: event.headSha,
      review,
      fileTexts,
      commentable: (path, line, endLine) => isCommentable(hunks.get(path) ?? [], line, endLine),
      owner: who,
      minSeverity: inputs.inlineMinSeverity,
    });
    notices.push(...(result.notices ?? []));
    commented = result.commented;
  }

  const { directories, of } = summaryHome(review);
  const bodies = directories.map((directory) =>
    summaryComment(directories.length === 1 ? review : reviewOfDirectory(review, directory, of), { directory, scope: inputs.scope, gate, commented }),
  );
  if (inputs.comment !== 'none') {
    for (const [i, directory] of directories.entries()) {
      const result = await upsertSummary(api, { pull: event.pull, directory, body: bodies[i], owner: who });
      notices.push(...(result?.notices ?? []));
    }
  } else if (decision.record && decision.record !== previous) {
    notices.push('With `comment: none` the approval is not recorded on the pull request: later runs and the merge queue will not see it.');
  }
  return { notices: [...new Set(notices)], ...approval, summary: bodies.join('\n\n') };
}
