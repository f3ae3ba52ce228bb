// Retries GitHub API calls that failed for reasons that pass: server errors and rate limits.
// Attempts, each wait and the sum of all waits are bounded, so a run never hangs on a broken API.
// A write is not blindly sent twice: a 5xx may come after GitHub applied it, so before re-sending
// the caller's `landed` check looks for it.

export interface RetryOptions {
  /** Retries after the first attempt. */
  retries?: number;
  /** First backoff step; doubles on each retry. */
  baseMs?: number;
  /** Longest single wait; a Retry-After beyond it fails at once instead of stalling the job. */
  maxWaitMs?: number;
  /** Longest sum of waits, over every call sharing a `RetryBudget` (one API client, one run). */
  maxTotalWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** In [0, 1); injected by tests to pin the jitter. */
  random?: () => number;
}

/** Time already spent waiting; shared by the calls of one client so the run's total stays bounded. */
export interface RetryBudget {
  waitedMs: number;
}

export interface RetryCall<T> {
  /** Shared wait budget; a fresh one per call when absent. */
  budget?: RetryBudget;
  /**
   * For writes: after a 5xx (GitHub may have applied the write before failing), looks for the
   * result of an earlier attempt; when found it is returned instead of writing again.
   */
  landed?: () => Promise<T | undefined>;
  /** A write that is not idempotent (a create): without `landed`, a 5xx is final rather than risking a duplicate. */
  creates?: boolean;
}

type Settings = Required<Omit<RetryOptions, 'sleep'>>;

interface HttpError {
  status?: unknown;
  message?: unknown;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function header(err: HttpError, name: string): string | undefined {
  const value = err.response?.headers?.[name];
  return value === undefined ? undefined : String(value);
}

function errorMessage(err: HttpError): string {
  const data = err.response?.data as { message?: unknown } | undefined;
  return `${typeof err.message === 'string' ? err.message : ''} ${typeof data?.message === 'string' ? data.message : ''}`;
}

function statusOf(err: unknown): number | undefined {
  const status = (err as HttpError | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** A rate limit rather than a permission: 429, or a 403 with a secondary-limit message, Retry-After or no quota left. */
export function isRateLimit(err: unknown): boolean {
  const status = statusOf(err);
  if (status === 429) return true;
  if (status !== 403) return false;
  const e = err as HttpError;
  return (
    header(e, 'retry-after') !== undefined || header(e, 'x-ratelimit-remaining') === '0' || /secondary rate limit|rate limit exceeded/i.test(errorMessage(e))
  );
}

/**
 * How long to wait before retrying `err`, or null when it must not be retried (client errors,
 * permission 403s, waits longer than `maxWaitMs`).
 */
export function retryDelay(err: unknown, attempt: number, options: Omit<Settings, 'maxTotalWaitMs'>): number | null {
  const status = statusOf(err);
  if (status === undefined) return null;
  const e = err as HttpError;
  const backoff = Math.min(options.maxWaitMs, options.baseMs * 2 ** attempt);
  // Full jitter keeps parallel jobs hitting the same API from retrying in lockstep.
  const jittered = Math.round(backoff / 2 + (backoff / 2) * options.random());
  if (status >= 500) {
    const after = retryAfterMs(e);
    return after === undefined ? jittered : after <= options.maxWaitMs ? after : null;
  }
  if (status !== 403 && status !== 429) return null;
  const after = retryAfterMs(e);
  if (after !== undefined) return after <= options.maxWaitMs ? after : null;
  if (status === 429 || /secondary rate limit/i.test(errorMessage(e))) {
    // GitHub asks for at least a minute when it gives no Retry-After.
    return Math.min(options.maxWaitMs, Math.max(jittered, 60_000));
  }
  if (header(e, 'x-ratelimit-remaining') === '0') {
    const reset = Number(header(e, 'x-ratelimit-reset'));
    const wait = Number.isFinite(reset) ? reset * 1000 - Date.now() + 1000 : Infinity;
    return wait <= options.maxWaitMs ? Math.max(wait, 0) : null;
  }
  return null;
}

function retryAfterMs(err: HttpError): number | undefined {
  const value = header(err, 'retry-after');
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function retrySettings(options: RetryOptions = {}): Settings & { sleep: (ms: number) => Promise<void> } {
  return {
    retries: options.retries ?? 4,
    baseMs: options.baseMs ?? 1000,
    maxWaitMs: options.maxWaitMs ?? 60_000,
    maxTotalWaitMs: options.maxTotalWaitMs ?? 120_000,
    random: options.random ?? Math.random,
    sleep: options.sleep ?? defaultSleep,
  };
}

export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions = {}, call: RetryCall<T> = {}): Promise<T> {
  const settings = retrySettings(options);
  const budget = call.budget ?? { waitedMs: 0 };
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      const serverError = (statusOf(err) ?? 0) >= 500;
      const blind = serverError && call.creates === true && call.landed === undefined;
      const delay = attempt < settings.retries && !blind ? retryDelay(err, attempt, settings) : null;
      // Past the total budget the failure is final: a job under a long rate limit ends instead of stalling.
      if (delay === null || budget.waitedMs + delay > settings.maxTotalWaitMs) {
        // Even the last failed attempt may have landed: report it as done rather than lost.
        const earlier = serverError && call.landed ? await call.landed().catch(() => undefined) : undefined;
        if (earlier !== undefined) return earlier;
        throw err;
      }
      budget.waitedMs += delay;
      await settings.sleep(delay);
      if (serverError && call.landed) {
        const earlier = await call.landed();
        if (earlier !== undefined) return earlier;
      }
    }
  }
}
