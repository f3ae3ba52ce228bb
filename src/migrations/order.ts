// Apply order: per migrations directory by the framework's version rules, directories in natural order.
import type { Framework, MigrationSource } from '../core/migration-types.js';
import { dieselVersionText } from './frameworks/diesel.js';
import { dialectOf } from './frameworks/index.js';
import { flywayDescription, flywayLocation } from './frameworks/flyway.js';
import { basename, dirname } from './paths.js';
import { compareVersions, naturalCompare } from './version.js';

/**
 * The migrations directory a file belongs to, the unit in which versions are compared:
 * - Prisma, Hasura and diesel: the folder holding the per-migration folders;
 * - Flyway: its classpath location (flywayLocation: Java classes and SQL scripts of one package
 *   together, a `migration(s)` folder with its subfolders as one sequence);
 * - every other framework: the file's folder.
 * sqitch projects are one sequence per deploy folder (the dialect's `sequence`), set by loading.
 */
export function directoryOf(source: Pick<MigrationSource, 'path' | 'framework'>): string {
  const parent = dirname(source.path);
  if (dialectOf(source.framework).folderPerMigration) {
    const name = basename(source.path);
    if ((name === 'migration.sql' || name === 'up.sql') && /^\d/.test(basename(parent))) return dirname(parent);
    return parent;
  }
  if (source.framework === 'flyway') return flywayLocation(source.path);
  return parent;
}

export interface Orderable {
  path: string;
  framework: Framework;
  version: number[];
  repeatable: boolean;
  /** Position given by a plan or manifest beside the files (sqitch.plan, manifest.json). */
  rank?: number;
  /** The sequence the file belongs to when its layout says so (sqitch deploy folder); else directoryOf. */
  sequence?: string;
}

/**
 * Order of two files of one directory: planned files by their plan rank first; then versioned
 * files by version, element by element (never as strings); then unversioned ones; repeatable
 * ones (Flyway `R__`) last, by Flyway's description in plain string order. Ties go by natural
 * name order, then path. Prisma and diesel are the exceptions that prove the rule: Prisma's
 * migrate engine sorts folder names as plain strings and diesel its version strings, so this does too.
 * Rules comparing two files of a directory (out-of-order) should use this, not `version` alone.
 */
export function compareInDirectory(a: Orderable, b: Orderable): number {
  const ar = a.rank !== undefined;
  const br = b.rank !== undefined;
  if (ar !== br) return ar ? -1 : 1;
  if (ar && br && a.rank !== b.rank) return (a.rank as number) - (b.rank as number);
  if (a.repeatable !== b.repeatable) return a.repeatable ? 1 : -1;
  if (a.repeatable && a.framework === 'flyway' && b.framework === 'flyway') {
    const da = flywayDescription(a.path);
    const db = flywayDescription(b.path);
    if (da !== db) return da < db ? -1 : 1;
  }
  if (a.framework === 'diesel' && b.framework === 'diesel') {
    const va = dieselVersionText(a.path);
    const vb = dieselVersionText(b.path);
    if (va !== vb) return va < vb ? -1 : 1;
  }
  if (a.framework === 'prisma' && b.framework === 'prisma') {
    // Prisma applies folders in plain name order: `20250625_x` sorts after `20250604085536_y`.
    const fa = basename(dirname(a.path));
    const fb = basename(dirname(b.path));
    if (fa !== fb) return fa < fb ? -1 : 1;
  }
  const av = a.version.length > 0;
  const bv = b.version.length > 0;
  if (av !== bv) return av ? -1 : 1;
  const byVersion = compareVersions(a.version, b.version);
  if (byVersion !== 0) return byVersion;
  return naturalCompare(basename(a.path), basename(b.path)) || naturalCompare(a.path, b.path);
}

/**
 * Sorts files into apply order. Files of several migrations directories are ordered within
 * each directory; directories follow each other in natural path order (`v1.2/` before
 * `v1.10/`), which is stable and matches versioned folder layouts such as temporal's.
 */
export function orderMigrations<T extends Orderable>(items: readonly T[]): T[] {
  const dirs = new Map<T, string>(items.map((i) => [i, i.sequence ?? directoryOf(i)]));
  return [...items].sort((a, b) => {
    const da = dirs.get(a) as string;
    const db = dirs.get(b) as string;
    if (da !== db) return naturalCompare(da, db);
    return compareInDirectory(a, b);
  });
}
