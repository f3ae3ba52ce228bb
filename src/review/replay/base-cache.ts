// The replayed base database, saved and reused: replaying the base branch's history is the same
// work on every run of a pull request. An entry is keyed by a hash of everything the replay
// depends on (the engine's version, the base migrations' paths, frameworks, transaction models
// and reviewed text, the platform setups); it is checked against its recorded size and SHA-256
// before use, and anything that does not match is ignored, never trusted.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../../core/catalog.js';
import type { MigrationSource } from '../../core/migration-types.js';
import type { BaseReplayProblem } from '../../core/review-types.js';
import type { CascadeState } from './failure-cascade.js';
import { VERSION } from '../../version.js';

/** Bumped when what an entry holds, or how the replay builds it, changes. */
const FORMAT = 3;
/** Entries kept per cache directory (newest first): a few base branches at once. */
const KEEP = 4;

export interface BaseSnapshot {
  /** gzipped PGlite data directory after the base history. */
  dataDir: Uint8Array;
  /** Extensions the engine must load for it. */
  extensions: string[];
  /** Base files that failed to replay, as the review reports them. */
  problems: BaseReplayProblem[];
  cascade: CascadeState;
  /** The schema after the base history (read once when the entry is made). */
  catalog?: Catalog;
}

interface EntryMeta {
  format: number;
  key: string;
  engine: string;
  bytes: number;
  sha256: string;
  extensions: string[];
  problems: BaseReplayProblem[];
  cascade: CascadeState;
  catalog?: Catalog;
  /** SHA-256 of the fields above that the review reads (extensions, problems, cascade, catalog). */
  payloadSha256: string;
  createdAt: string;
}

/** The metadata a review trusts, in a fixed order, for its checksum. */
function payload(m: Pick<EntryMeta, 'extensions' | 'problems' | 'cascade' | 'catalog'>): string {
  return JSON.stringify([m.extensions, m.problems, m.cascade, m.catalog ?? null]);
}

export type CacheLookup = { status: 'hit'; snapshot: BaseSnapshot } | { status: 'miss'; reason: string };

const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

/**
 * The key of a base history: what a replay of it depends on. `engineParts` names the engine
 * (PGlite version) and the platform setups (roles, prelude SQL) the replay starts with.
 */
export function baseCacheKey(sources: readonly MigrationSource[], engineParts: readonly string[]): string {
  const h = createHash('sha256');
  h.update(`pg-migration-review ${VERSION} format ${FORMAT}\n`);
  for (const part of engineParts) h.update(`${part}\n`);
  for (const s of sources) h.update(`${s.path}\0${s.framework}\0${s.transaction}\0${s.repeatable}\0${sha256(s.reviewedText)}\n`);
  return h.digest('hex').slice(0, 32);
}

const dataPath = (dir: string, key: string): string => join(dir, `base-${key}.tar.gz`);
const metaPath = (dir: string, key: string): string => join(dir, `base-${key}.json`);

/** The entry for `key`, verified; a miss says why (absent, unreadable, mismatched, corrupt). */
export function readBaseCache(dir: string, key: string): CacheLookup {
  let meta: EntryMeta;
  try {
    meta = JSON.parse(readFileSync(metaPath(dir, key), 'utf8')) as EntryMeta;
  } catch (err) {
    const absent = (err as NodeJS.ErrnoException).code === 'ENOENT';
    return { status: 'miss', reason: absent ? 'no entry for this base' : 'entry metadata unreadable' };
  }
  if (meta.format !== FORMAT || meta.key !== key || meta.engine !== VERSION) return { status: 'miss', reason: 'entry made by another version' };
  let data: Uint8Array;
  try {
    data = new Uint8Array(readFileSync(dataPath(dir, key)));
  } catch {
    return { status: 'miss', reason: 'entry data missing' };
  }
  if (data.length !== meta.bytes || sha256(data) !== meta.sha256) return { status: 'miss', reason: 'entry data corrupt (size or SHA-256 differs)' };
  if (!Array.isArray(meta.problems) || !Array.isArray(meta.extensions) || !meta.cascade) return { status: 'miss', reason: 'entry metadata incomplete' };
  if (sha256(payload(meta)) !== meta.payloadSha256) return { status: 'miss', reason: 'entry metadata corrupt (SHA-256 differs)' };
  // Used now: pruning drops the entries used least recently.
  try {
    const now = new Date();
    utimesSync(metaPath(dir, key), now, now);
  } catch {
    // A read-only cache is still usable.
  }
  return {
    status: 'hit',
    snapshot: { dataDir: data, extensions: meta.extensions, problems: meta.problems, cascade: meta.cascade, ...(meta.catalog ? { catalog: meta.catalog } : {}) },
  };
}

/** Saves an entry (atomically: written aside, then renamed) and prunes the oldest beyond a few. */
export function writeBaseCache(dir: string, key: string, snapshot: BaseSnapshot): void {
  mkdirSync(dir, { recursive: true });
  const trusted = { extensions: snapshot.extensions, problems: snapshot.problems, cascade: snapshot.cascade, ...(snapshot.catalog ? { catalog: snapshot.catalog } : {}) };
  const meta: EntryMeta = {
    format: FORMAT,
    key,
    engine: VERSION,
    bytes: snapshot.dataDir.length,
    sha256: sha256(snapshot.dataDir),
    extensions: snapshot.extensions,
    problems: snapshot.problems,
    cascade: snapshot.cascade,
    ...(snapshot.catalog ? { catalog: snapshot.catalog } : {}),
    payloadSha256: sha256(payload(trusted)),
    createdAt: new Date().toISOString(),
  };
  const tmp = `.tmp-${process.pid}-${Date.now()}`;
  writeFileSync(join(dir, `${tmp}.tar.gz`), snapshot.dataDir);
  writeFileSync(join(dir, `${tmp}.json`), JSON.stringify(meta));
  // Data first: a reader that finds the metadata also finds the data it describes.
  renameSync(join(dir, `${tmp}.tar.gz`), dataPath(dir, key));
  renameSync(join(dir, `${tmp}.json`), metaPath(dir, key));
  prune(dir);
}

/** Entries by last use, newest first. */
function entriesByUse(dir: string): { key: string; at: number }[] {
  return readdirSync(dir)
    .filter((f) => /^base-[0-9a-f]+\.json$/.test(f))
    .map((f) => ({ key: f.slice(5, -5), at: statSync(join(dir, f)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
}

function prune(dir: string): void {
  for (const old of entriesByUse(dir).slice(KEEP)) {
    rmSync(metaPath(dir, old.key), { force: true });
    rmSync(dataPath(dir, old.key), { force: true });
  }
}
