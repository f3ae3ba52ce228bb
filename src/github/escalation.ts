// Escalation on the pull request: the escalation label and the requested reviewers. Whether the
// escalations are approved is decided in approval.ts.
import { refusedWriteNotice, httpStatus, type GitHubApi } from './api.js';

export interface EscalationOptions {
  pull: number;
  /** Label names on the pull request as the event saw them. */
  labels: readonly string[];
  escalationLabel: string;
  users: readonly string[];
  teams: readonly string[];
  /** The pull request's author, who cannot be asked to review it. */
  author?: string;
}

export interface EscalationResult {
  /** Who the escalation asks (configured reviewers, the author left out), asked now or on the first escalation. */
  asked: string[];
  notices: string[];
}

const sameLabel = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Runs a call; a 403 becomes a notice (once) and undefined, anything else is rethrown. */
export async function tolerant<T>(notices: string[], fn: () => Promise<T>): Promise<T | undefined> {
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

/** Labels an escalated pull request and, the first time, requests the configured reviewers. */
export async function applyEscalation(api: GitHubApi, options: EscalationOptions): Promise<EscalationResult> {
  const notices: string[] = [];
  const users = options.users.filter((u) => options.author === undefined || !sameLabel(u, options.author));
  const asked = [...users.map((u) => `@${u}`), ...options.teams.map((t) => `team ${t}`)];
  const labelled = options.labels.some((l) => sameLabel(l, options.escalationLabel));
  if (!labelled) {
    const added = await tolerant(notices, async () => {
      await api.addLabels(options.pull, [options.escalationLabel]);
      return true;
    });
    // Reviewers are asked once, when the pull request is first escalated, not on every push.
    if (added && users.length + options.teams.length > 0) {
      await tolerant(notices, () => requestReviewers(api, options.pull, users, [...options.teams], notices));
    }
  }
  return { asked, notices };
}
