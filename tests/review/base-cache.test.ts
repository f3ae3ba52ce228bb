// The base-snapshot cache on real repositories: a second review of the same base starts from the
// saved replay and reports exactly what a fresh replay reports; a corrupt, foreign or unloadable
// entry is ignored and replaced, never trusted.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/core/config.js';
import type { Review } from '../../src/core/review-types.js';
import { reviewBranch } from '../../src/review/review-branch.js';
import { TempRepo } from '../helpers/temp-repo.js';
import { lines } from '../e2e/helpers.js';

const dirs: string[] = [];
const repos: TempRepo[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  for (const r of repos) r.dispose();
});

function cacheDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'pgmr-cache-'));
  dirs.push(d);
  return d;
}

/** A base history with a not-replayable statement (postgis) and a pull request touching both. */
function repo(extraBase: Record<string, string> = {}): TempRepo {
  const r = new TempRepo();
  repos.push(r);
  r.write({
    'db/migrations/0001_init.sql': lines(
      'CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);',
      'CREATE EXTENSION IF NOT EXISTS postgis;',
      'CREATE TABLE places (id bigint PRIMARY KEY, spot geometry(Point, 4326));',
    ),
    'db/migrations/0002_orders.sql': lines('CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL);'),
    ...extraBase,
  }).commit('base').branch('feature');
  r.write({
    'db/migrations/0003_change.sql': lines(
      'CREATE INDEX orders_user_id_idx ON orders (user_id);',
      'ALTER TABLE places ADD COLUMN area geometry(Polygon, 4326);',
    ),
  }).commit('pr');
  return r;
}

const review = (r: TempRepo, dir?: string): Promise<Review> =>
  reviewBranch({ root: r.root, base: 'main', config: DEFAULT_CONFIG, ...(dir ? { cacheDir: dir } : {}) });

/** What a user reads: findings and base problems, without timings. */
const outcome = (r: Review) => ({ findings: r.findings, baseProblems: r.baseProblems, verdict: r.verdict });

describe('base-snapshot cache', () => {
  it('misses and saves, then hits with the same findings, base problems and failure cascade as without a cache', async () => {
    const r = repo();
    const dir = cacheDir();
    const plain = await review(r);
    const first = await review(r, dir);
    const second = await review(r, dir);
    expect([plain.stats.cache, first.stats.cache, second.stats.cache]).toEqual(['off', 'miss', 'hit']);
    expect(second.stats.cacheKey).toBe(first.stats.cacheKey);
    expect(outcome(first)).toEqual(outcome(plain));
    expect(outcome(second)).toEqual(outcome(plain));
    // The postgis gap of the base is remembered: the geometry column is not a replay-error, and
    // the table whose geometry type failed with it is not listed as a base problem of its own.
    expect(second.baseProblems.map((p) => p.line)).toEqual([2]);
    expect(second.findings.filter((f) => f.ruleId === 'replay-error')).toEqual([]);
    expect(second.findings.map((f) => f.ruleId)).toContain('require-concurrent-index');
  }, 60_000);

  it('ignores an entry whose data was corrupted, says why, and replaces it', async () => {
    const r = repo();
    const dir = cacheDir();
    const first = await review(r, dir);
    const data = join(dir, readdirSync(dir).find((f) => f.endsWith('.tar.gz'))!);
    const bytes = readFileSync(data);
    bytes[bytes.length >> 1] ^= 0xff;
    writeFileSync(data, bytes);
    const again = await review(r, dir);
    expect(again.stats.cache).toBe('miss');
    expect(again.stats.cacheNote).toMatch(/corrupt/);
    expect(outcome(again)).toEqual(outcome(first));
    expect((await review(r, dir)).stats.cache).toBe('hit');
  }, 60_000);

  it('ignores unreadable metadata and an entry that does not load as a database', async () => {
    const r = repo();
    const dir = cacheDir();
    const first = await review(r, dir);
    const meta = join(dir, readdirSync(dir).find((f) => f.endsWith('.json'))!);
    writeFileSync(meta, '{ not json');
    const unreadable = await review(r, dir);
    expect([unreadable.stats.cache, unreadable.stats.cacheNote]).toEqual(['miss', 'entry metadata unreadable']);

    // Valid JSON, edited: a table removed from the saved schema is detected, not believed.
    const saved = JSON.parse(readFileSync(meta, 'utf8')) as { catalog: { tables: Record<string, unknown> } };
    delete saved.catalog.tables['public.orders'];
    writeFileSync(meta, JSON.stringify(saved));
    const edited = await review(r, dir);
    expect([edited.stats.cache, edited.stats.cacheNote]).toEqual(['miss', 'entry metadata corrupt (SHA-256 differs)']);
    expect(outcome(edited)).toEqual(outcome(first));

    // Garbage with a matching size and checksum: verified, but PGlite cannot load it.
    const data = join(dir, readdirSync(dir).find((f) => f.endsWith('.tar.gz'))!);
    const garbage = Buffer.from('not a database '.repeat(64));
    writeFileSync(data, garbage);
    const entry = JSON.parse(readFileSync(meta, 'utf8')) as Record<string, unknown>;
    const { createHash } = await import('node:crypto');
    writeFileSync(meta, JSON.stringify({ ...entry, bytes: garbage.length, sha256: createHash('sha256').update(garbage).digest('hex') }));
    const unloadable = await review(r, dir);
    expect(unloadable.stats.cache).toBe('miss');
    expect(unloadable.stats.cacheNote).toMatch(/did not load/);
    expect(outcome(unloadable)).toEqual(outcome(first));
  }, 90_000);

  it('keys entries by the base history: another base misses, the first still hits', async () => {
    const dir = cacheDir();
    const a = repo();
    const b = repo({ 'db/migrations/0002_orders.sql': lines('CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL, note text);') });
    const firstA = await review(a, dir);
    const firstB = await review(b, dir);
    expect(firstB.stats.cache).toBe('miss');
    expect(firstB.stats.cacheKey).not.toBe(firstA.stats.cacheKey);
    expect((await review(a, dir)).stats.cache).toBe('hit');
    expect((await review(b, dir)).stats.cache).toBe('hit');
  }, 90_000);
});
