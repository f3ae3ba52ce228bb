// Escalation on the pull request: the escalation label, the requested reviewers, and whether (and
// by whom) the approve label was applied. Labels people set are never removed here.
import { refusedWriteNotice, httpStatus, type GitHubApi } from './api.js';
import type { Verdict } from '../core/finding.js';

export interface EscalationOptions {
  pull: number;
  verdict: Verdict;
  /** Label names on the pull request as the event saw them. */
  labels: readonly string[];
  escalationLabel: string;
  approveLabel: string;
  users: readonly string[];
  teams: readonly string[];
  /** The pull request's author, who cannot be asked to review it. */
  author?: string;
  eventName: string;
  eventAction?: string;
  /** The label of a labeled/unlabeled event. */
  eventLabel?: string;
  /** Login of whoever triggered the event. */
  sender?: string;
}

export interface EscalationResult {
  approved: boolean;
  approvedBy?: string;
  notices: string[];
}

const sameLabel = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Runs a call; a 403 becomes a notice (once) and undefined, anything else is rethrown. */
async function tolerant<T>(notices: string[], fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (err) {
    const notice = refusedWriteNotice(err);
    if (!notice) throw err;
    if (!notices.some((n) => n === notice)) notices.push(notice);
    return undefined;
  }
}

async function requestReviewers(api: GitHubApi, pull: number, users: string[], teams: string[], notices: string[]): Promise<void> {
  try {
    await api.requestReviewers(pull, { users, teams });
  } catch (err) {
    if (httpStatus(err) !== 422) throw err;
    // One reviewer who is not a collaborator fails the whole request: ask one at a time so the
    // others still get asked, and say who could not be.
    if (users.length + teams.length === 1) {
      notices.push(`could not request a review from ${[...users, ...teams.map((t) => `team ${t}`)].join('')}: ${message(err)}`);
      return;
    }
    for (const user of users) await requestReviewers(api, pull, [user], [], notices);
    for (const team of teams) await requestReviewers(api, pull, [], [team], notices);
  }
}

async function whoApplied(api: GitHubApi, options: EscalationOptions, notices: string[]): Promise<string | undefined> {
  if (options.eventAction === 'labeled' && options.eventLabel !== undefined && sameLabel(options.eventLabel, options.approveLabel)) {
    return options.sender;
  }
  const events = await tolerant(notices, () => api.listIssueEvents(options.pull));
  const latest = (events ?? []).filter((e) => e.event === 'labeled' && e.label !== undefined && sameLabel(e.label, options.approveLabel)).at(-1);
  return latest?.actor;
}

export async function applyEscalation(api: GitHubApi, options: EscalationOptions): Promise<EscalationResult> {
  const notices: string[] = [];
  if (options.verdict !== 'escalate') return { approved: false, notices };

  const labelled = options.labels.some((l) => sameLabel(l, options.escalationLabel));
  if (!labelled) {
    const added = await tolerant(notices, async () => {
      await api.addLabels(options.pull, [options.escalationLabel]);
      return true;
    });
    // Reviewers are asked once, when the pull request is first escalated, not on every push.
    const users = options.users.filter((u) => options.author === undefined || !sameLabel(u, options.author));
    if (added && users.length + options.teams.length > 0) {
      await tolerant(notices, () => requestReviewers(api, options.pull, users, [...options.teams], notices));
    }
  }

  // An unlabeled event's payload already lacks the label, so removing it revokes approval.
  const approved = options.labels.some((l) => sameLabel(l, options.approveLabel));
  if (!approved) return { approved, notices };
  const approvedBy = await whoApplied(api, options, notices);
  return { approved, ...(approvedBy === undefined ? {} : { approvedBy }), notices };
}
