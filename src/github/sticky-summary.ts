// The sticky summary: one issue comment per migrations directory, found by its marker and edited
// in place on every run. Only a comment this token wrote is edited, whatever others paste. A
// summary deleted meanwhile is posted anew, and a create GitHub answered 5xx is looked for before
// it is sent again, so the pull request ends with exactly one.
import { summaryMarker } from '../report/summary-comment.js';
import { refusedWriteNotice, httpStatus, type GitHubApi, type IssueComment } from './api.js';

export interface SummaryResult {
  action: 'created' | 'updated' | 'none';
  id?: number;
  notices: string[];
}

export async function upsertSummary(
  api: GitHubApi,
  options: { pull: number; directory: string; body: string; me: string },
): Promise<SummaryResult> {
  const marker = summaryMarker(options.directory);
  const isOurs = (c: IssueComment): boolean => c.user === options.me && c.body.startsWith(marker);
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
