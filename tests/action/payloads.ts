// Event payloads shaped like GitHub's webhook payloads (the fields the runner writes to
// GITHUB_EVENT_PATH), trimmed to what a reader could plausibly look at.
export const OWNER = 'acme';
export const REPO = 'shop';
export const FULL_NAME = `${OWNER}/${REPO}`;

let nextId = 9_000_000;
const id = (): number => nextId++;

export interface Account {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
}

export function account(login: string, type: Account['type'] = 'User'): Account & Record<string, unknown> {
  return { login, id: id(), node_id: `U_${login}`, type, site_admin: false, html_url: `https://github.com/${login}` };
}

function repository(fullName: string, defaultBranch = 'main'): Record<string, unknown> {
  const [owner, name] = fullName.split('/');
  return {
    id: id(),
    node_id: `R_${name}`,
    name,
    full_name: fullName,
    private: false,
    owner: account(owner, owner === OWNER ? 'Organization' : 'User'),
    html_url: `https://github.com/${fullName}`,
    fork: fullName !== FULL_NAME,
    default_branch: defaultBranch,
  };
}

function label(name: string): Record<string, unknown> {
  return { id: id(), node_id: `LA_${name}`, name, color: 'ededed', default: false, description: null };
}

export interface PullRequestShape {
  number: number;
  baseSha: string;
  headSha: string;
  baseRef?: string;
  headRef: string;
  author?: string;
  labels?: string[];
  /** The head repository's full name; a different one than acme/shop makes it a fork. */
  headRepo?: string;
  title?: string;
}

export type PullRequestAction = 'opened' | 'synchronize' | 'reopened' | 'labeled' | 'unlabeled' | 'closed';

/** `pull_request` with `action`; `label` and `sender` as GitHub sends them on labeled/unlabeled. */
export function pullRequestPayload(
  action: PullRequestAction,
  pr: PullRequestShape,
  extra: { label?: string; sender?: string; before?: string } = {},
): Record<string, unknown> {
  const author = pr.author ?? 'octocat';
  const headRepo = pr.headRepo ?? FULL_NAME;
  const baseRef = pr.baseRef ?? 'main';
  const payload: Record<string, unknown> = {
    action,
    number: pr.number,
    pull_request: {
      url: `https://api.github.com/repos/${FULL_NAME}/pulls/${pr.number}`,
      id: id(),
      node_id: `PR_${pr.number}`,
      html_url: `https://github.com/${FULL_NAME}/pull/${pr.number}`,
      number: pr.number,
      state: 'open',
      locked: false,
      title: pr.title ?? 'Gift cards and shipping',
      user: account(author),
      body: 'Adds gift cards and parcel tracking.',
      labels: (pr.labels ?? []).map(label),
      draft: false,
      merged: false,
      mergeable: null,
      requested_reviewers: [],
      requested_teams: [],
      head: {
        label: `${headRepo.split('/')[0]}:${pr.headRef}`,
        ref: pr.headRef,
        sha: pr.headSha,
        user: account(headRepo.split('/')[0]),
        repo: repository(headRepo),
      },
      base: {
        label: `${OWNER}:${baseRef}`,
        ref: baseRef,
        sha: pr.baseSha,
        user: account(OWNER, 'Organization'),
        repo: repository(FULL_NAME),
      },
      author_association: 'MEMBER',
      created_at: '2025-01-14T09:12:00Z',
      updated_at: '2025-01-14T10:02:00Z',
    },
    repository: repository(FULL_NAME),
    organization: { login: OWNER, id: id() },
    sender: account(extra.sender ?? author),
  };
  if (extra.label !== undefined) payload.label = label(extra.label);
  if (action === 'synchronize') {
    payload.before = extra.before ?? pr.headSha;
    payload.after = pr.headSha;
  }
  return payload;
}

export function mergeGroupPayload(group: { baseSha: string; headSha: string; number: number; baseRef?: string }): Record<string, unknown> {
  const baseRef = group.baseRef ?? 'main';
  return {
    action: 'checks_requested',
    merge_group: {
      head_sha: group.headSha,
      head_ref: `refs/heads/gh-readonly-queue/${baseRef}/pr-${group.number}-${group.baseSha}`,
      base_sha: group.baseSha,
      base_ref: `refs/heads/${baseRef}`,
      head_commit: { id: group.headSha, tree_id: 'e'.repeat(40), message: `Merge pull request #${group.number}` },
    },
    repository: repository(FULL_NAME),
    organization: { login: OWNER, id: id() },
    sender: account('github-merge-queue[bot]', 'Bot'),
  };
}

export function pushPayload(push: { before: string; after: string; ref?: string; pusher?: string }): Record<string, unknown> {
  const pusher = push.pusher ?? 'octocat';
  return {
    ref: push.ref ?? 'refs/heads/main',
    before: push.before,
    after: push.after,
    created: /^0+$/.test(push.before),
    deleted: false,
    forced: false,
    base_ref: null,
    compare: `https://github.com/${FULL_NAME}/compare/${push.before.slice(0, 12)}...${push.after.slice(0, 12)}`,
    commits: [{ id: push.after, message: 'pull request change', distinct: true }],
    head_commit: { id: push.after, message: 'pull request change' },
    repository: repository(FULL_NAME),
    pusher: { name: pusher, email: `${pusher}@example.com` },
    sender: account(pusher),
  };
}

export function workflowDispatchPayload(ref = 'refs/heads/main', sender = 'octocat'): Record<string, unknown> {
  return { inputs: {}, ref, workflow: '.github/workflows/migrations.yml', repository: repository(FULL_NAME), sender: account(sender) };
}

/** An event the action does not handle. */
export function issuesPayload(): Record<string, unknown> {
  return {
    action: 'opened',
    issue: { id: id(), number: 12, title: 'Slow checkout page', state: 'open', user: account('octocat'), labels: [] },
    repository: repository(FULL_NAME),
    sender: account('octocat'),
  };
}
