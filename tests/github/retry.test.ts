import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubApi } from '../../src/github/api.js';
import { withRetry } from '../../src/github/retry.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';

function httpError(status: number, message = 'boom', headers: Record<string, string> = {}): Error {
  return Object.assign(new Error(message), { status, response: { headers, data: { message } } });
}

/** A function failing with the given errors in turn, then answering 'ok'. */
function failing(...errors: Error[]): { fn: () => Promise<string>; calls: () => number } {
  let calls = 0;
  return {
    fn: async () => {
      const err = errors[calls++];
      if (err) throw err;
      return 'ok';
    },
    calls: () => calls,
  };
}

function recorder(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return { waits, sleep: async (ms) => void waits.push(ms) };
}

describe('withRetry', () => {
  it('retries server errors with growing, jittered, capped waits', async () => {
    const { sleep, waits } = recorder();
    const f = failing(httpError(502), httpError(500), httpError(503), httpError(504));
    await expect(withRetry(f.fn, { sleep, baseMs: 1000, maxWaitMs: 5000, random: () => 0.9999999 })).resolves.toBe('ok');
    expect(f.calls()).toBe(5);
    expect(waits).toEqual([1000, 2000, 4000, 5000]);
    const low = recorder();
    await withRetry(failing(httpError(502), httpError(502)).fn, { sleep: low.sleep, baseMs: 1000, random: () => 0 });
    expect(low.waits).toEqual([500, 1000]);
  });

  it('gives up after the allowed retries and rethrows the last error', async () => {
    const { sleep, waits } = recorder();
    let calls = 0;
    const alwaysDown = async (): Promise<never> => {
      calls++;
      throw httpError(503, 'still down');
    };
    await expect(withRetry(alwaysDown, { sleep, retries: 3 })).rejects.toThrow('still down');
    expect(calls).toBe(4);
    expect(waits).toHaveLength(3);
  });

  it('honours Retry-After on secondary rate limits (403 and 429)', async () => {
    const { sleep, waits } = recorder();
    const f = failing(
      httpError(403, 'You have exceeded a secondary rate limit', { 'retry-after': '7' }),
      httpError(429, 'Too many requests', { 'retry-after': '2' }),
    );
    await expect(withRetry(f.fn, { sleep })).resolves.toBe('ok');
    expect(waits).toEqual([7000, 2000]);
  });

  it('waits a minute on a secondary rate limit without Retry-After, within maxWaitMs', async () => {
    const { sleep, waits } = recorder();
    await withRetry(failing(httpError(403, 'You have exceeded a secondary rate limit.')).fn, { sleep });
    await withRetry(failing(httpError(403, 'You have exceeded a secondary rate limit.')).fn, { sleep, maxWaitMs: 10_000 });
    expect(waits).toEqual([60_000, 10_000]);
  });

  it('fails at once when Retry-After asks for longer than maxWaitMs', async () => {
    const { sleep, waits } = recorder();
    const f = failing(httpError(429, 'slow down', { 'retry-after': '3600' }));
    await expect(withRetry(f.fn, { sleep })).rejects.toThrow('slow down');
    expect(waits).toEqual([]);
  });

  it('passes permission 403s, 404s, 422s and non-HTTP errors through without retrying', async () => {
    for (const err of [httpError(403, 'Resource not accessible by integration'), httpError(404), httpError(422), new TypeError('bug')]) {
      const { sleep, waits } = recorder();
      const f = failing(err);
      await expect(withRetry(f.fn, { sleep })).rejects.toBe(err);
      expect(f.calls()).toBe(1);
      expect(waits).toEqual([]);
    }
  });
});

describe('withRetry: total wait and writes', () => {
  it('stops once the waits would pass maxTotalWaitMs, counting every call sharing the budget', async () => {
    const { sleep, waits } = recorder();
    const budget = { waitedMs: 0 };
    const limited = () => failing(httpError(429, 'slow down', { 'retry-after': '40' }), httpError(429, 'slow down', { 'retry-after': '40' }));
    await expect(withRetry(limited().fn, { sleep, maxTotalWaitMs: 100_000 }, { budget })).resolves.toBe('ok');
    await expect(withRetry(limited().fn, { sleep, maxTotalWaitMs: 100_000 }, { budget })).rejects.toThrow('slow down');
    expect(waits).toEqual([40_000, 40_000]);
    expect(budget.waitedMs).toBe(80_000);
  });

  it('waits for the reset of an exhausted primary quota when it is near, and gives up when it is not', async () => {
    const { sleep, waits } = recorder();
    const exhausted = (inSeconds: number) =>
      httpError(403, 'API rate limit exceeded for installation ID 1.', {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + inSeconds),
      });
    await expect(withRetry(failing(exhausted(2)).fn, { sleep })).resolves.toBe('ok');
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(1000);
    expect(waits[0]).toBeLessThanOrEqual(4000);
    await expect(withRetry(failing(exhausted(3600)).fn, { sleep })).rejects.toMatchObject({ status: 403 });
    expect(waits).toHaveLength(1);
  });

  it('backs off at least a minute on a 429 without Retry-After', async () => {
    const { sleep, waits } = recorder();
    await withRetry(failing(httpError(429, 'Too Many Requests')).fn, { sleep });
    expect(waits).toEqual([60_000]);
  });

  it('looks for an earlier attempt of a create after a 5xx, and returns it instead of sending again', async () => {
    const { sleep } = recorder();
    const f = failing(httpError(502), httpError(502));
    let checks = 0;
    const landed = async () => (++checks === 2 ? 'landed' : undefined);
    await expect(withRetry(f.fn, { sleep }, { creates: true, landed })).resolves.toBe('landed');
    expect([f.calls(), checks]).toEqual([2, 2]);
  });

  it('does not re-send a create after a 5xx when nothing can tell whether it landed, but does after a rate limit', async () => {
    const { sleep } = recorder();
    const down = failing(httpError(500));
    await expect(withRetry(down.fn, { sleep }, { creates: true })).rejects.toMatchObject({ status: 500 });
    expect(down.calls()).toBe(1);
    const limited = failing(httpError(403, 'You have exceeded a secondary rate limit', { 'retry-after': '1' }));
    await expect(withRetry(limited.fn, { sleep }, { creates: true })).resolves.toBe('ok');
    expect(limited.calls()).toBe(2);
  });

  it('checks once more after the last failed attempt, so a create that landed is not reported lost', async () => {
    const { sleep } = recorder();
    const f = failing(httpError(502), httpError(502));
    let checks = 0;
    const landed = async () => (++checks === 2 ? 'landed' : undefined);
    await expect(withRetry(f.fn, { sleep, retries: 1 }, { creates: true, landed })).resolves.toBe('landed');
    expect(f.calls()).toBe(2);
  });
});

describe('GitHub API client retries against the fake server', () => {
  let gh: FakeGitHub | undefined;
  afterEach(async () => {
    await gh?.close();
    gh = undefined;
  });

  it('recovers from 5xx and secondary rate limits, honouring Retry-After', async () => {
    gh = await startFakeGitHub({ issueComments: [{ body: 'hello' }] });
    const { sleep, waits } = recorder();
    const api = createGitHubApi({ token: 't', apiUrl: gh.url, owner: 'acme', repo: 'shop', retry: { sleep, random: () => 0.9999999 } });
    gh.failNext('GET', /\/issues\/7\/comments$/, 502, { times: 2 });
    gh.failNext('POST', /\/issues\/7\/comments$/, 403, { retryAfter: 3 });
    expect((await api.listIssueComments(7)).map((c) => c.body)).toEqual(['hello']);
    await api.createIssueComment(7, 'second');
    expect(waits).toEqual([1000, 2000, 3000]);
    expect(gh.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 502', 'GET 502', 'GET 200', 'POST 403', 'POST 201']);
    expect(gh.state.issueComments.map((c) => c.body)).toEqual(['hello', 'second']);
  });

  it('stops after a bounded number of attempts when the API stays down', async () => {
    gh = await startFakeGitHub();
    const { sleep } = recorder();
    const api = createGitHubApi({ token: 't', apiUrl: gh.url, owner: 'acme', repo: 'shop', retry: { sleep, retries: 2 } });
    gh.failNext('GET', /\/issues\/7\/comments$/, 500, { times: 100 });
    await expect(api.listIssueComments(7)).rejects.toMatchObject({ status: 500 });
    expect(gh.requests).toHaveLength(3);
  });
});
