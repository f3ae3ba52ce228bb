// Retries GitHub API calls that failed for reasons that pass: server errors and secondary rate
// limits. Attempts and each wait are bounded, so a run never hangs on a broken API.

export interface RetryOptions {
  /** Retries after the first attempt. */
  retries?: number;
  /** First backoff step; doubles on each retry. */
  baseMs?: number;
  /** Longest single wait; a Retry-After beyond it fails at once instead of stalling the job. */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** In [0, 1); injected by tests to pin the jitter. */
  random?: () => number;
}

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

/**
 * How long to wait before retrying `err`, or null when it must not be retried (client errors,
 * permission 403s, waits longer than `maxWaitMs`).
 */
export function retryDelay(err: unknown, attempt: number, options: Required<Omit<RetryOptions, 'sleep'>>): number | null {
  if (typeof err !== 'object' || err === null) return null;
  const e = err as HttpError;
  const status = typeof e.status === 'number' ? e.status : undefined;
  if (status === undefined) return null;
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
  if (/secondary rate limit/i.test(errorMessage(e))) {
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

export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const settings = {
    retries: options.retries ?? 4,
    baseMs: options.baseMs ?? 1000,
    maxWaitMs: options.maxWaitMs ?? 60_000,
    random: options.random ?? Math.random,
  };
  const sleep = options.sleep ?? defaultSleep;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      const delay = attempt < settings.retries ? retryDelay(err, attempt, settings) : null;
      if (delay === null) throw err;
      await sleep(delay);
    }
  }
}
