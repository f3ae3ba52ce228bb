// Entry point of the migrations layer: from repository paths and a reader to ordered MigrationSources.
import type { Config } from '../core/config.js';
import type { Framework, MigrationSource } from '../core/migration-types.js';
import { codeTransactionReason, findCodeMigrations } from './code.js';
import { detectFramework } from './detect.js';
import { markerGatedCandidates, selectMigrationPaths } from './discover.js';
import { hasDbmateMarkers } from './frameworks/dbmate.js';
import { hasGooseMarkers } from './frameworks/goose.js';
import { DIALECTS } from './frameworks/index.js';
import { parsePopName } from './frameworks/pop.js';
import { hasSqlMigrateMarkers } from './frameworks/sql-migrate.js';
import { findLayouts } from './layouts.js';
import { basename } from './paths.js';
import { directoryOf, orderMigrations, type Orderable } from './order.js';

export { directoryOf } from './order.js';
export { splitVersion, compareVersions, naturalCompare } from './version.js';
export { selectMigrationPaths, DEFAULT_MIGRATION_GLOBS } from './discover.js';
export { detectFramework } from './detect.js';

export interface LoadInput {
  /** Every repository-relative POSIX path of the tree or revision. */
  paths: readonly string[];
  /** The text of a path, or undefined when it cannot be read (decoding is the caller's job). */
  read: (path: string) => string | undefined;
  config: Pick<Config, 'migrations' | 'framework'>;
}

function hasFrameworkMarkers(text: string): boolean {
  return hasGooseMarkers(text) || hasSqlMigrateMarkers(text) || hasDbmateMarkers(text);
}

/**
 * pop applies a dialect-less file only when no file of the same version targets PostgreSQL;
 * the generic one is dropped like pop drops it.
 */
function dropShadowedPopFiles(paths: string[], frameworks: ReadonlyMap<string, Framework>): string[] {
  const specific = new Set<string>();
  for (const p of paths) {
    const name = parsePopName(basename(p));
    if (frameworks.get(p) === 'pop' && name?.dialect !== undefined) specific.add(`${p.slice(0, p.lastIndexOf('/') + 1)}${name.version}`);
  }
  return paths.filter((p) => {
    const name = parsePopName(basename(p));
    if (frameworks.get(p) !== 'pop' || !name || name.dialect !== undefined) return true;
    return !specific.has(`${p.slice(0, p.lastIndexOf('/') + 1)}${name.version}`);
  });
}

/**
 * Selects the migration files, detects their framework, reads them, keeps only their "up"
 * parts for review and orders them as the framework applies them. Texts are kept exactly as
 * read (a BOM, if the caller left one, is the sql layer's to handle). Unreadable paths are left out.
 * Code migrations (goose `.go`, Flyway Java) of the same sequences take their place in the order
 * with `code` set and empty texts; they are never read.
 */
export function loadMigrations(input: LoadInput): MigrationSource[] {
  const all = new Set(input.paths);
  const cache = new Map<string, string | undefined>();
  const read = (path: string): string | undefined => {
    if (!all.has(path)) return undefined;
    if (!cache.has(path)) cache.set(path, input.read(path));
    return cache.get(path);
  };

  const layouts = findLayouts(input.paths, read);
  let selected = selectMigrationPaths(input.paths, input.config.migrations, layouts);
  if (input.config.migrations.length === 0) {
    const gated = markerGatedCandidates(input.paths, selected, layouts).filter((p) => hasFrameworkMarkers(read(p) ?? ''));
    selected = [...selected, ...gated];
  }
  selected = selected.filter((p) => read(p) !== undefined);

  const frameworks = detectFramework(selected, read, input.config.framework, (p) => all.has(p), layouts);
  selected = dropShadowedPopFiles(selected, frameworks);

  // Directory-wide facts (postgres-migrations markers, ...), read once per directory.
  const byDirectory = new Map<string, string[]>();
  for (const path of selected) {
    const key = `${frameworks.get(path)}\u0000${directoryOf({ path, framework: frameworks.get(path) ?? 'plain' })}`;
    const list = byDirectory.get(key);
    if (list) list.push(path);
    else byDirectory.set(key, [path]);
  }
  const traits = new Map<string, ReadonlySet<string>>();
  for (const files of byDirectory.values()) {
    const dialect = DIALECTS[frameworks.get(files[0]) ?? 'plain'];
    const found = new Set(dialect.directoryTraits?.(files.map((f) => read(f) ?? '')) ?? []);
    for (const f of files) traits.set(f, found);
  }

  const candidates: Array<Omit<MigrationSource, 'order'> & Orderable> = selected.map((path) => {
    const framework = frameworks.get(path) ?? 'plain';
    const dialect = DIALECTS[framework];
    const text = read(path) as string;
    const analysis = dialect.analyze({ path, text, read, exists: (p) => all.has(p), traits: traits.get(path) ?? new Set() });
    const { version, repeatable } = dialect.version(path);
    return {
      path,
      framework,
      version,
      repeatable,
      rank: dialect.rank?.(path, read, layouts),
      sequence: dialect.sequence?.(path, layouts),
      transaction: analysis.transaction,
      transactionReason: analysis.transactionReason,
      text,
      reviewedText: analysis.reviewedText,
      directives: analysis.directives,
    };
  });
  for (const { path, framework, code, sequence } of findCodeMigrations(input.paths, frameworks, layouts)) {
    const { version, repeatable } = DIALECTS[framework].version(path);
    candidates.push({
      path,
      framework,
      version,
      repeatable,
      sequence,
      transaction: 'wrapped',
      transactionReason: codeTransactionReason(code),
      text: '',
      reviewedText: '',
      directives: [code === 'go' ? 'Go migration' : 'Java migration'],
      code,
    });
  }

  return orderMigrations(candidates).map(({ rank: _rank, sequence: _sequence, ...source }, order) => ({ ...source, order }));
}
