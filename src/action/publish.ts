// Publishing to the pull request: escalation label and reviewers, inline review comments, one
// sticky summary per migrations directory. Write failures (forks, read-only tokens) become notices.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Review } from '../core/review-types.js';
import { createGitHubApi } from '../github/api.js';
import { commentableRanges, isCommentable, type LineRange } from '../github/diff-hunks.js';
import { applyEscalation } from '../github/escalation.js';
import type { PullRequestEvent } from '../github/event.js';
import { publishInlineReview } from '../github/publish-review.js';
import { upsertSummary } from '../github/sticky-summary.js';
import { summaryComment } from '../report/summary-comment.js';
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
  const me = await api.whoAmI();

  let approved = false;
  let approvedBy: string | undefined;
  let approval: { label: string; by: string; escalations: string[] } | undefined;
  // Escalations need a person even when errors also fail the review: label and ask either way.
  const escalations = review.findings.filter((f) => f.severity === 'escalate' && !f.ignored);
  if (escalations.length > 0) {
    const result = await applyEscalation(api, {
      pull: event.pull,
      verdict: 'escalate',
      labels: event.labels,
      escalationLabel: inputs.escalationLabel,
      approveLabel: inputs.approveLabel,
      users: inputs.escalationUsers.filter((u) => u !== event.author),
      teams: inputs.escalationTeams,
      eventName: 'pull_request',
      eventAction: event.action,
      ...(event.label ? { eventLabel: event.label } : {}),
      sender: event.sender,
    });
    notices.push(...result.notices);
    approved = result.approved;
    approvedBy = result.approvedBy;
    if (approved) {
      approval = { label: inputs.approveLabel, by: approvedBy ?? 'a maintainer', escalations: escalations.map((f) => `${f.ruleId} at ${f.file}:${f.line}`) };
    }
  }

  const { directories, of } = summaryHome(review);
  const bodies = directories.map((directory) =>
    summaryComment(directories.length === 1 ? review : reviewOfDirectory(review, directory, of), { directory, ...(approval ? { approval } : {}) }),
  );

  if (inputs.comment === 'none') return { notices, approved, ...(approvedBy ? { approvedBy } : {}), summary: bodies.join('\n\n') };

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
      me,
    });
    notices.push(...(result.notices ?? []));
  }

  for (const [i, directory] of directories.entries()) {
    const result = await upsertSummary(api, { pull: event.pull, directory, body: bodies[i], me });
    notices.push(...(result?.notices ?? []));
  }
  return { notices: [...new Set(notices)], approved, ...(approvedBy ? { approvedBy } : {}), summary: bodies.join('\n\n') };
}
