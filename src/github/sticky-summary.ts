// The sticky summary: one issue comment per migrations directory, found by its marker and edited
// in place on every run. Only a comment this token wrote is edited, whatever others paste. A
// summary deleted meanwhile is posted anew, and a create GitHub answered 5xx is looked for before
// it is sent again, so the pull request ends with exactly one.
import { markerScope } from '../report/review-comment.js';
import { summaryMarker } from '../report/summary-comment.js';
import { refusedWriteNotice, httpStatus, type GitHubApi, type IssueComment } from './api.js';
import { ownsComment, type CommentOwner } from './comment-owner.js';

export interface SummaryResult {
  action: 'created' | 'updated' | 'none';
  id?: number;
  notices: string[];
}

export async function upsertSummary(
  api: GitHubApi,
  options: { pull: number; directory: string; body: string; owner: CommentOwner },
): Promise<SummaryResult> {
  const marker = summaryMarker(options.directory, options.owner.scope);
  // The marker is a whole first line: another scope's or directory's marker never matches.
  const isOurs = (c: IssueComment): boolean => ownsComment(options.owner, c) && c.body.split('\n', 1)[0] === marker;
  try {
    const comments = await api.listIssueComments(options.pull);
    // The oldest first, should an earlier race have left two.
    const ours = comments.filter(isOurs);
    for (const comment of ours) {
      try {
        await api.updateIssueComment(comment.id, options.body);
        return { action: 'updated', id: comment.id, notices: [] };
      } catch (err) {
        // Deleted by someone between the list and the edit: the next one, or a new one, takes its place.
        if (httpStatus(err) !== 404) throw err;
      }
    }
    const seen = new Set(comments.map((c) => c.id));
    const landed = async (): Promise<{ id: number } | undefined> => {
      const now = await api.listIssueComments(options.pull);
      const created = now.find((c) => isOurs(c) && !seen.has(c.id));
      return created ? { id: created.id } : undefined;
    };
    const created = await api.createIssueComment(options.pull, options.body, landed);
    return { action: 'created', id: created.id, notices: [] };
  } catch (err) {
    const notice = refusedWriteNotice(err);
    if (!notice) throw err;
    return { action: 'none', notices: [notice] };
  }
}

const SUMMARY_LINE = /^<!-- pg-migration-review:summary:(.*?)(?: scope=(\S+))? -->$/;

/** This job's summary comments (any directory of its scope), for the approvals they record. */
export function ownSummaries(comments: readonly IssueComment[], owner: CommentOwner): IssueComment[] {
  const scope = owner.scope ? markerScope(owner.scope) : undefined;
  return comments.filter((c) => {
    const m = SUMMARY_LINE.exec(c.body.split('\n', 1)[0]);
    return m !== null && m[2] === scope && ownsComment(owner, c);
  });
}
