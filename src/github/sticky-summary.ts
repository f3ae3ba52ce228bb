// The sticky summary: one issue comment per migrations directory, found by its marker and edited
// in place on every run. Only a comment this token wrote is edited, whatever others paste.
import { summaryMarker } from '../report/summary-comment.js';
import { forbiddenNotice, type GitHubApi } from './api.js';

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
  try {
    const comments = await api.listIssueComments(options.pull);
    // The oldest one, should an earlier race have left two.
    const ours = comments.find((c) => c.user === options.me && c.body.startsWith(marker));
    if (ours) {
      await api.updateIssueComment(ours.id, options.body);
      return { action: 'updated', id: ours.id, notices: [] };
    }
    const created = await api.createIssueComment(options.pull, options.body);
    return { action: 'created', id: created.id, notices: [] };
  } catch (err) {
    const notice = forbiddenNotice(err);
    if (!notice) throw err;
    return { action: 'none', notices: [notice] };
  }
}
