// Which changes a review covers for each event: the pull request's (from git when the checkout
// has the base commit, else from the REST API), the merge group's, or the pushed range.
import type { Config } from '../core/config.js';
import type { Review } from '../core/review-types.js';
import type { EventPlan } from '../github/event.js';
import { createGitHubApi } from '../github/api.js';
import { apiChangeSource, baseCommitAvailable } from '../github/changed-files.js';
import { gitChangeSource } from '../review/inputs/change-source.js';
import { discoveryReads } from '../review/inputs/read-history.js';
import { reviewChanges } from '../review/review-branch.js';

type ReviewablePlan = Exclude<EventPlan, { kind: 'unsupported' } | { kind: 'audit' }>;

export async function reviewForEvent(plan: ReviewablePlan, options: { workspace: string; config: Config; token: string; cacheDir?: string }): Promise<Review> {
  const { workspace } = options;
  // Every review of an event shares the config and the base-snapshot cache.
  const config = { config: options.config, ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}) };
  if (plan.kind === 'pull-request') {
    if (baseCommitAvailable(workspace, plan.baseSha)) return reviewChanges({ source: gitChangeSource(workspace, plan.baseSha), ...config });
    const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '/').split('/');
    const api = createGitHubApi({ token: options.token, apiUrl: process.env.GITHUB_API_URL || 'https://api.github.com', owner, repo });
    const listed = await api.listPullFiles(plan.pull);
    const source = await apiChangeSource({ root: workspace, files: listed.files, discover: discoveryReads(options.config), readBaseFile: (path) => api.getFileContent(path, plan.baseSha) });
    return reviewChanges({ source, ...config });
  }
  if (plan.kind === 'merge-group') return reviewChanges({ source: gitChangeSource(workspace, plan.baseSha), ...config });
  // push: the pushed range when its start is in the checkout, else the branch against its merge-base.
  const base = plan.before && baseCommitAvailable(workspace, plan.before) ? plan.before : undefined;
  return reviewChanges({ source: gitChangeSource(workspace, base), ...config });
}
