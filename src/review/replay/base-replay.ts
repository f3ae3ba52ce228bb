// The base branch's history on the engine: replayed file by file, or started from a cached
// replay of the same history (see base-cache.ts). A cache entry that does not load is dropped
// and the history replayed as if there were none; a fresh replay fills the cache.
import type { Config } from '../../core/config.js';
import type { Framework, MigrationSource } from '../../core/migration-types.js';
import type { BaseReplayProblem } from '../../core/review-types.js';
import type { ParsedSql } from '../../core/sql-types.js';
import { baseCacheKey, readBaseCache, writeBaseCache } from './base-cache.js';
import { extensionsCreated, parseSource } from '../inputs/parse-source.js';
import type { History } from '../inputs/read-history.js';
import { engineKeyParts, startReplayer, type Replayer } from './replayer.js';
import type { PhaseTimer } from '../timer.js';

export interface CacheOutcome {
  status: 'hit' | 'miss' | 'off';
  key?: string;
  /** Why a lookup missed or a save failed, for the report. */
  note?: string;
}

export interface ReplayedBase {
  replayer: Replayer;
  problems: BaseReplayProblem[];
  cache: CacheOutcome;
}

/** The sources the base replay runs, in order: the configured base-schema file first. */
function replayedSources(options: BaseReplayOptions): MigrationSource[] {
  return options.baseSchema ? [options.baseSchema, ...options.base.sources] : options.base.sources;
}

export interface BaseReplayOptions {
  base: History;
  /** The files under review, parsed: the extensions they create must be loadable too. */
  changed: readonly ParsedSql[];
  frameworks: readonly Framework[];
  config: Config;
  /** The configured base-schema file (see inputs/read-base-schema.ts), replayed before the history. */
  baseSchema?: MigrationSource;
  cacheDir?: string;
  timer: PhaseTimer;
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

export async function replayBase(options: BaseReplayOptions): Promise<ReplayedBase> {
  const { base, config, frameworks, timer } = options;
  const changedExtensions = extensionsCreated(options.changed);
  const sources = replayedSources(options);
  const key = options.cacheDir ? baseCacheKey(sources, engineKeyParts(frameworks)) : undefined;

  if (options.cacheDir && key) {
    const lookup = readBaseCache(options.cacheDir, key);
    if (lookup.status === 'hit') {
      timer.start('base-replay');
      const { snapshot } = lookup;
      try {
        const replayer = await startReplayer(union(snapshot.extensions, changedExtensions), frameworks, config, snapshot);
        return { replayer, problems: [...snapshot.problems], cache: { status: 'hit', key } };
      } catch (err) {
        const note = `cache entry ${key} did not load (${err instanceof Error ? err.message : String(err)}); replayed the history instead`;
        return fresh({ status: 'miss', key, note });
      }
    }
    return fresh({ status: 'miss', key, note: lookup.reason });
  }
  return fresh({ status: 'off' });

  async function fresh(cache: CacheOutcome): Promise<ReplayedBase> {
    timer.start('parse');
    const parsed = sources.map((s) => parseSource(s, base.problems.get(s.path)));
    timer.start('base-replay');
    const baseExtensions = extensionsCreated(parsed);
    const replayer = await startReplayer(union(baseExtensions, changedExtensions), frameworks, config);
    const problems: BaseReplayProblem[] = [];
    try {
      problems.push(...(await replayer.replayBase(sources.map((source, i) => ({ source, parsed: parsed[i], ...(source === options.baseSchema ? { schema: true } : {}) })))));
      if (options.cacheDir && cache.key) {
        try {
          const start = await replayer.snapshot();
          writeBaseCache(options.cacheDir, cache.key, { ...start, extensions: baseExtensions, problems });
        } catch (err) {
          cache = { ...cache, note: `${cache.note ? `${cache.note}; ` : ''}could not save the cache entry: ${err instanceof Error ? err.message : String(err)}` };
        }
      }
    } catch (err) {
      await replayer.session.close();
      throw err;
    }
    return { replayer, problems, cache };
  }
}
