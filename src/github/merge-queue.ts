// The merge queue's run: which pull requests a merge group holds, and whether their escalations
// were approved on the pull requests themselves. Nothing is written here; the approvals recorded
// in each pull request's own summary (see approval.ts) are read, and honoured only while the
// approve label is still on that pull request.
import type { Finding } from '../core/finding.js';
import type { GitHubApi } from './api.js';
import { mergeRecords, parseApprovalRecord } from './approval.js';
import type { CommentOwner } from './comment-owner.js';
import { ownSummaries } from './sticky-summary.js';

/**
 * The queued pull requests: the one named by the queue's branch
 * (`gh-readonly-queue/<base>/pr-<N>-<sha>`) and those entered ahead of it in the same group, named
 * by the commits the queue made ("Merge pull request #N", squash titles ending "(#N)").
 */
export function queuedPulls(headRef: string, commitMessages: readonly string[]): number[] {
  const found = new Set<number>();
  const own = /(?:^|\/)gh-readonly-queue\/.+\/pr-(\d+)-[0-9a-f]{7,40}$/.exec(headRef);
  for (const message of commitMessages) {
    const subject = message.split('\n', 1)[0];
    const m = /^Merge pull request #(\d+)\b/.exec(subject) ?? /\(#(\d+)\)\s*$/.exec(subject);
    if (m) found.add(Number(m[1]));
  }
  if (own) found.add(Number(own[1]));
  return [...found].sort((a, b) => a - b);
}

export interface QueueApproval {
  approved: boolean;
  /** Escalations no queued pull request's approval covers. */
  uncovered: Finding[];
  /** `#12 by @alice`, for the log and the job summary. */
  approvals: string[];
  notices: string[];
}

export async function mergeGroupApproval(
  api: GitHubApi,
  options: { pulls: readonly number[]; approveLabel: string; owner: CommentOwner; escalations: readonly Finding[] },
): Promise<QueueApproval> {
  const notices: string[] = [];
  const approvals: string[] = [];
  const covered = new Set<string>();
  if (options.pulls.length === 0) {
    notices.push('Could not tell which pull request this merge group holds (no gh-readonly-queue/…/pr-N-… branch, no pull request numbers in its commits).');
  }
  for (const pull of options.pulls) {
    try {
      const info = await api.getPull(pull);
      if (!info.labels.some((l) => l.toLowerCase() === options.approveLabel.toLowerCase())) continue;
      const record = mergeRecords(ownSummaries(await api.listIssueComments(pull), options.owner).map((c) => parseApprovalRecord(c.body)));
      if (!record) {
        notices.push(`#${pull} has the "${options.approveLabel}" label but no recorded approval in its summary comment.`);
        continue;
      }
      for (const fp of record.fingerprints) covered.add(fp);
      approvals.push(`#${pull} by @${record.by}`);
    } catch (err) {
      notices.push(`Could not read the approval of #${pull}: ${(err as Error).message}`);
    }
  }
  const uncovered = options.escalations.filter((f) => !covered.has(f.fingerprint as string));
  return { approved: options.escalations.length > 0 && uncovered.length === 0, uncovered, approvals, notices };
}
