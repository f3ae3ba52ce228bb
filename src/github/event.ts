// What the triggering event asks for, read from the runner's environment and event payload.
import { readFileSync } from 'node:fs';

export interface PullRequestEvent {
  kind: 'pull-request';
  action: string;
  pull: number;
  baseSha: string;
  headSha: string;
  baseRef: string;
  author: string;
  labels: string[];
  /** From a fork: the token is read-only there. */
  fork: boolean;
  /** On labeled/unlabeled: the label and who changed it. */
  label?: string;
  sender: string;
}

export type EventPlan =
  | PullRequestEvent
  | { kind: 'merge-group'; baseSha: string; headSha: string; headRef: string }
  | { kind: 'push'; before?: string; after: string }
  | { kind: 'audit' }
  | { kind: 'unsupported'; message: string };

const PR_ACTIONS = ['opened', 'synchronize', 'reopened', 'labeled', 'unlabeled', 'ready_for_review', 'edited'];

interface Payload {
  action?: string;
  pull_request?: {
    number: number;
    base: { sha: string; ref: string; repo?: { full_name?: string } };
    head: { sha: string; repo?: { full_name?: string } | null };
    user?: { login?: string };
    labels?: { name: string }[];
  };
  merge_group?: { base_sha: string; head_sha: string; head_ref?: string };
  before?: string;
  after?: string;
  label?: { name: string };
  sender?: { login?: string };
}

export function readEvent(env: NodeJS.ProcessEnv): EventPlan {
  const name = env.GITHUB_EVENT_NAME ?? '';
  let payload: Payload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Payload;
    } catch (err) {
      return { kind: 'unsupported', message: `could not read the event payload at ${env.GITHUB_EVENT_PATH}: ${(err as Error).message}` };
    }
  }
  switch (name) {
    case 'pull_request': {
      const pr = payload.pull_request;
      if (!pr) return { kind: 'unsupported', message: 'the pull_request event payload has no pull_request' };
      const action = payload.action ?? '';
      if (!PR_ACTIONS.includes(action)) return { kind: 'unsupported', message: `pull_request "${action}" events need no review` };
      return {
        kind: 'pull-request',
        action,
        pull: pr.number,
        baseSha: pr.base.sha,
        headSha: pr.head.sha,
        baseRef: pr.base.ref,
        author: pr.user?.login ?? '',
        labels: (pr.labels ?? []).map((l) => l.name),
        fork: !!pr.head.repo?.full_name && pr.head.repo.full_name !== pr.base.repo?.full_name,
        ...(payload.label ? { label: payload.label.name } : {}),
        sender: payload.sender?.login ?? '',
      };
    }
    case 'merge_group': {
      const group = payload.merge_group;
      if (!group) return { kind: 'unsupported', message: 'the merge_group event payload has no merge_group' };
      return { kind: 'merge-group', baseSha: group.base_sha, headSha: group.head_sha, headRef: group.head_ref ?? '' };
    }
    case 'push': {
      const before = payload.before && !/^0+$/.test(payload.before) ? payload.before : undefined;
      return { kind: 'push', ...(before ? { before } : {}), after: payload.after ?? env.GITHUB_SHA ?? 'HEAD' };
    }
    case 'workflow_dispatch':
    case 'schedule':
      return { kind: 'audit' };
    default:
      return {
        kind: 'unsupported',
        message: `pg-migration-review reviews pull_request, merge_group and push events and audits on workflow_dispatch; "${name || 'no event'}" is none of them, so there is nothing to do`,
      };
  }
}
