// Approvals of escalations. An approval is given by adding the approve label, by someone with write
// access who is not the pull request's author (unless the team allows it), and covers the
// escalations present at that moment, by fingerprint. The sticky summary records it in a hidden
// line, so later runs (a push, the merge queue) honour exactly what was approved: a push that adds
// an escalation needs a new approval, and the stale label is taken off so adding it again is one click.
import type { Finding } from '../core/finding.js';
import { httpStatus, type GitHubApi } from './api.js';

export interface ApprovalRecord {
  by: string;
  /** ISO time of the approval. */
  at: string;
  /** Fingerprints of the escalations it covers. */
  fingerprints: string[];
}

const RECORD = /<!-- pg-migration-review:approval (\{.*?\}) -->/;

/** The hidden line a summary carries for its approval; JSON of logins and hex cannot end the HTML comment. */
export function approvalLine(record: ApprovalRecord): string {
  const safe = { by: record.by.replace(/[^A-Za-z0-9_.[\]-]/g, ''), at: record.at, fingerprints: record.fingerprints.filter((f) => /^[0-9a-f]{16}$/.test(f)) };
  return `<!-- pg-migration-review:approval ${JSON.stringify(safe)} -->`;
}

export function parseApprovalRecord(body: string): ApprovalRecord | undefined {
  const m = RECORD.exec(body);
  if (!m) return undefined;
  try {
    const r = JSON.parse(m[1]) as Partial<ApprovalRecord>;
    if (typeof r.by !== 'string' || typeof r.at !== 'string' || !Array.isArray(r.fingerprints)) return undefined;
    return { by: r.by, at: r.at, fingerprints: r.fingerprints.filter((f): f is string => typeof f === 'string') };
  } catch {
    return undefined;
  }
}

/** Several summaries (one per directory) may each hold a record: their union, the latest approver named. */
export function mergeRecords(records: readonly (ApprovalRecord | undefined)[]): ApprovalRecord | undefined {
  const present = records.filter((r): r is ApprovalRecord => r !== undefined);
  if (present.length === 0) return undefined;
  const latest = [...present].sort((a, b) => a.at.localeCompare(b.at)).at(-1) as ApprovalRecord;
  return { by: latest.by, at: latest.at, fingerprints: [...new Set(present.flatMap((r) => r.fingerprints))] };
}

export type ApprovalStatus =
  /** No escalation to approve. */
  | 'not-needed'
  /** Escalations, no approve label. */
  | 'waiting'
  | 'approved'
  /** The label was added by someone who may not approve (the author, no write access, not checkable). */
  | 'refused'
  /** An approval exists but the push since added escalations it does not cover. */
  | 'stale'
  /** The label is there but no approval of these escalations was recorded (added before they existed). */
  | 'unrecorded';

export interface ApprovalDecision {
  status: ApprovalStatus;
  approved: boolean;
  /** What the summary records from now on. */
  record?: ApprovalRecord;
  /** Escalations no approval covers. */
  uncovered: Finding[];
  /** Why, in a sentence, for the summary and the log. */
  reason?: string;
  /** The approve label no longer means approved: take it off. */
  removeLabel: boolean;
}

export interface ApprovalInput {
  escalations: readonly Finding[];
  labels: readonly string[];
  approveLabel: string;
  /** The pull_request event's action and, on labeled/unlabeled, the label and who set it. */
  action: string;
  eventLabel?: string;
  sender: string;
  author: string;
  allowSelfApproval: boolean;
  /** The approval recorded by an earlier run, if any. */
  previous: ApprovalRecord | undefined;
  now?: Date;
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
const fp = (f: Finding): string => f.fingerprint as string;

/** Why `user` may not approve, or undefined when they may. A permission GitHub would not tell is a refusal, said as such. */
async function disqualified(api: GitHubApi, user: string, input: ApprovalInput): Promise<string | undefined> {
  if (!user) return 'the event does not say who added the label';
  if (same(user, input.author) && !input.allowSelfApproval) {
    return `@${user} opened this pull request and cannot approve its own escalations (set \`allow-self-approval: true\` for a team of one)`;
  }
  try {
    const permission = await api.getPermission(user);
    if (permission === 'admin' || permission === 'write') return undefined;
    return permission === 'none'
      ? `@${user} has no access to the repository; approving needs write access`
      : `@${user} has ${permission} access to the repository; approving needs write access`;
  } catch (err) {
    const status = httpStatus(err);
    if (status === 404) return `@${user} is not a collaborator of the repository; approving needs write access`;
    return `the token could not check @${user}'s access to the repository (${status ? `HTTP ${status}` : (err as Error).message}), so the approval is not counted`;
  }
}

export async function decideApproval(api: GitHubApi, input: ApprovalInput): Promise<ApprovalDecision> {
  const { escalations, previous } = input;
  const labelled = input.labels.some((l) => same(l, input.approveLabel));
  if (escalations.length === 0) return { status: 'not-needed', approved: false, ...(labelled && previous ? { record: previous } : {}), uncovered: [], removeLabel: false };
  if (!labelled) return { status: 'waiting', approved: false, uncovered: [...escalations], removeLabel: false };

  // The run of the labeled event itself: its sender approves what is escalated now.
  if (input.action === 'labeled' && input.eventLabel !== undefined && same(input.eventLabel, input.approveLabel)) {
    const why = await disqualified(api, input.sender, input);
    if (why) return { status: 'refused', approved: false, uncovered: [...escalations], reason: why, removeLabel: true };
    const record: ApprovalRecord = { by: input.sender, at: (input.now ?? new Date()).toISOString(), fingerprints: [...new Set(escalations.map(fp))] };
    return { status: 'approved', approved: true, record, uncovered: [], removeLabel: false };
  }
  if (!previous) {
    return {
      status: 'unrecorded',
      approved: false,
      uncovered: [...escalations],
      reason: `the \`${input.approveLabel}\` label was added before these escalations existed (or its approval was not recorded), so it does not approve them`,
      removeLabel: true,
    };
  }
  const covered = new Set(previous.fingerprints);
  const uncovered = escalations.filter((f) => !covered.has(fp(f)));
  if (uncovered.length === 0) return { status: 'approved', approved: true, record: previous, uncovered: [], removeLabel: false };
  return {
    status: 'stale',
    approved: false,
    record: previous,
    uncovered,
    reason: `@${previous.by} approved ${previous.fingerprints.length} escalation(s); ${uncovered.length} new since then need approval`,
    removeLabel: true,
  };
}
