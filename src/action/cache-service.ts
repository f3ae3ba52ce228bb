// The base-snapshot cache kept in GitHub's cache service by the action itself (@actions/cache),
// so a workflow gets cached runs without an actions/cache step. The folder is restored before
// the review (exactly for this base commit, else the newest entry of this scope, which the review
// then uses or ignores by its own key) and saved after a review that replayed a new base. The
// cache is an optimisation: every failure of the service becomes a notice, never a failed step.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import * as cache from '@actions/cache';

export interface CachePlan {
  /** The folder the review reads and writes its snapshots in. */
  dir: string;
  /** The key this run saves under, and the prefix of the keys it may restore. */
  key: string;
  prefix: string;
}

/** Where and under which keys; undefined when the service is not there (self-hosted runners without it, local runs). */
export function planCache(options: { enabled: boolean; dir?: string; runnerTemp: string; scope: string; baseSha?: string }): CachePlan | undefined {
  if (!options.enabled || !options.baseSha || !cache.isFeatureAvailable()) return undefined;
  // Keys are per scope, so matrix jobs of different databases keep their own snapshots.
  const scope = createHash('sha256').update(options.scope).digest('hex').slice(0, 12);
  const prefix = `pg-migration-review-base-v1-${scope}-`;
  return { dir: options.dir ?? join(options.runnerTemp, 'pg-migration-review-cache'), key: `${prefix}${options.baseSha}`, prefix };
}

/** Restores the folder; returns the key restored, or undefined. Notices say what went wrong. */
export async function restoreBaseCache(plan: CachePlan, notices: string[]): Promise<string | undefined> {
  try {
    return await cache.restoreCache([plan.dir], plan.key, [plan.prefix]);
  } catch (err) {
    notices.push(`The base cache could not be restored (${(err as Error).message}); the base is replayed.`);
    return undefined;
  }
}

/** Saves the folder under the plan's key, unless that exact entry was restored. */
export async function saveBaseCache(plan: CachePlan, restored: string | undefined, notices: string[]): Promise<void> {
  if (restored === plan.key) return;
  try {
    await cache.saveCache([plan.dir], plan.key);
  } catch (err) {
    // Another job saving the same key first is the usual reason; the next run restores theirs.
    notices.push(`The base cache could not be saved (${(err as Error).message}).`);
  }
}
