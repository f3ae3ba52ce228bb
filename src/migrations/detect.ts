// Which framework runs each migrations directory, from file names and the markers inside files.
import type { Framework } from '../core/migration-types.js';
import { hasDbmateMarkers } from './frameworks/dbmate.js';
import { isFlywayName } from './frameworks/flyway.js';
import { isGolangMigrateName } from './frameworks/golang-migrate.js';
import { hasGooseMarkers } from './frameworks/goose.js';
import { isHasuraPath } from './frameworks/hasura.js';
import { isPopSpecificName } from './frameworks/pop.js';
import { isPrismaPath } from './frameworks/prisma.js';
import { sqitchPlanPath } from './frameworks/sqitch.js';
import { hasSqlMigrateMarkers } from './frameworks/sql-migrate.js';
import { hasNoTransactionLine, isSqlxTimestampName } from './frameworks/sqlx.js';
import { isSupabaseDirectory } from './frameworks/supabase.js';
import { basename, dirname, join } from './paths.js';

/**
 * The folder whose files share one framework: the file's folder, or for per-migration folders
 * (`<version>_name/migration.sql`, `<version>_name/up.sql`) the folder that holds them.
 */
export function detectionDirectory(path: string): string {
  const name = basename(path);
  const parent = dirname(path);
  if ((name === 'migration.sql' || name === 'up.sql') && /^\d/.test(basename(parent))) return dirname(parent);
  return parent;
}

const MARKER_FRAMEWORKS: ReadonlyArray<[Framework, (text: string) => boolean]> = [
  ['goose', hasGooseMarkers],
  ['sql-migrate', hasSqlMigrateMarkers],
  ['dbmate', hasDbmateMarkers],
];

/** Markers win: the framework whose up marker most files of the directory carry. */
function byMarkers(texts: readonly string[]): Framework | undefined {
  let best: Framework | undefined;
  let bestCount = 0;
  for (const [framework, has] of MARKER_FRAMEWORKS) {
    const count = texts.filter(has).length;
    if (count > bestCount) {
      best = framework;
      bestCount = count;
    }
  }
  return best;
}

function byNames(dir: string, files: readonly string[], texts: readonly string[], exists: (p: string) => boolean): Framework {
  const names = files.map(basename);
  if (files.some(isPrismaPath)) return 'prisma';
  if (files.some(isHasuraPath)) return 'hasura';
  if (files.some((f) => {
    const plan = sqitchPlanPath(f);
    return plan !== undefined && exists(plan);
  })) return 'sqitch';
  if (isSupabaseDirectory(dir)) return 'supabase';
  if (names.some(isFlywayName)) return 'flyway';
  if (names.some(isPopSpecificName)) return 'pop';
  // sqlx: a Rust crate's migrations folder, its first-line opt-out, or its default timestamp names.
  if (exists(join(dirname(dir), 'Cargo.toml')) || texts.some(hasNoTransactionLine)) return 'sqlx';
  if (names.every((n) => isSqlxTimestampName(n) && !n.endsWith('.up.sql'))) return 'sqlx';
  if (names.some(isGolangMigrateName)) return 'golang-migrate';
  return 'plain';
}

/**
 * Framework of every path, decided per migrations directory (`detectionDirectory`): markers of
 * goose, sql-migrate or dbmate in any file of the directory win over names; then Prisma and
 * Hasura folders, sqitch (a sqitch.plan above `deploy/`), `supabase/migrations`, Flyway names,
 * pop dialect/autocommit names, sqlx (Cargo.toml beside the folder, `-- no-transaction`,
 * or 14-digit timestamp names), golang-migrate `.up.sql` names; else plain SQL.
 * `exists` tells about files beside the migrations (sqitch.plan, Cargo.toml); by default it
 * asks `readText`.
 */
export function detectFramework(
  paths: readonly string[],
  readText: (path: string) => string | undefined,
  forced?: Framework,
  exists: (path: string) => boolean = (p) => readText(p) !== undefined,
): Map<string, Framework> {
  const result = new Map<string, Framework>();
  if (forced) {
    for (const p of paths) result.set(p, forced);
    return result;
  }
  const groups = new Map<string, string[]>();
  for (const p of paths) {
    const dir = detectionDirectory(p);
    const list = groups.get(dir);
    if (list) list.push(p);
    else groups.set(dir, [p]);
  }
  for (const [dir, files] of groups) {
    const texts = files.map((f) => readText(f) ?? '');
    const framework = byMarkers(texts) ?? byNames(dir, files, texts, exists);
    for (const f of files) result.set(f, framework);
  }
  return result;
}
