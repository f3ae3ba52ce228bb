// Builds loadMigrations input from an in-memory file tree.
import type { Framework } from '../../src/core/migration-types.js';
import { loadMigrations } from '../../src/migrations/load.js';

export function loadTree(files: Record<string, string>, config: { migrations?: string[]; framework?: Framework } = {}) {
  return loadMigrations({
    paths: Object.keys(files),
    read: (p) => files[p],
    config: { migrations: config.migrations ?? [], framework: config.framework },
  });
}

/** The single migration loaded from a tree, failing loudly when there is not exactly one. */
export function loadOne(files: Record<string, string>, config: { migrations?: string[]; framework?: Framework } = {}) {
  const all = loadTree(files, config);
  if (all.length !== 1) throw new Error(`expected one migration, got ${all.map((s) => s.path).join(', ')}`);
  return all[0];
}

export function lineCount(text: string): number {
  return text.split('\n').length;
}
