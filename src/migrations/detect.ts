// Which framework runs each migrations directory, from file names and the markers inside files.
import type { Framework } from '../core/migration-types.js';
import { hasDbmateMarkers } from './frameworks/dbmate.js';
import { isFlywayName } from './frameworks/flyway.js';
import { isGolangMigrateName } from './frameworks/golang-migrate.js';
import { hasGooseMarkers } from './frameworks/goose.js';
import { isDieselDirectory } from './frameworks/diesel.js';
import { isHasuraPath } from './frameworks/hasura.js';
import { isPopSpecificName } from './frameworks/pop.js';
import { isPrismaPath } from './frameworks/prisma.js';
import { sqitchDeployLayout, sqitchLayoutsAround } from './frameworks/sqitch-conf.js';
import { hasSqlMigrateMarkers } from './frameworks/sql-migrate.js';
import { hasNoTransactionLine, isSqlxTimestampName } from './frameworks/sqlx.js';
import { isSupabaseDirectory } from './frameworks/supabase.js';
import type { Layouts } from './frameworks/dialect.js';
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

function byNames(dir: string, files: readonly string[], texts: readonly string[], exists: (p: string) => boolean, layouts: Layouts): Framework {
  const names = files.map(basename);
  if (files.some(isPrismaPath)) return 'prisma';
  if (files.some(isHasuraPath)) return isDieselDirectory(dir, files, layouts.diesel, exists) ? 'diesel' : 'hasura';
  if (files.some((f) => sqitchDeployLayout(layouts.sqitch, f) !== undefined)) return 'sqitch';
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
 * goose, sql-migrate or dbmate in any file of the directory win over names; then Prisma folders,
 * `<version>_name/up.sql` folders (diesel when isDieselDirectory says so, else Hasura), sqitch
 * (a deploy script of a sqitch project, `layouts`), `supabase/migrations`, Flyway names,
 * pop dialect/autocommit names, sqlx (Cargo.toml beside the folder, `-- no-transaction`,
 * or 14-digit timestamp names), golang-migrate `.up.sql` names; else plain SQL.
 * `exists` tells about files beside the migrations (Cargo.toml, metadata.toml); by default it
 * asks `readText`. `layouts` (findLayouts) knows sqitch.conf and diesel.toml; without it only a
 * sqitch.plan beside a `deploy` folder is seen.
 */
export function detectFramework(
  paths: readonly string[],
  readText: (path: string) => string | undefined,
  forced?: Framework,
  exists: (path: string) => boolean = (p) => readText(p) !== undefined,
  layouts: Layouts = { sqitch: sqitchLayoutsAround(paths, exists), diesel: { dirs: [], roots: [] }, flyway: [], temporal: new Set() },
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
    const framework = byMarkers(texts) ?? byNames(dir, files, texts, exists, layouts);
    for (const f of files) result.set(f, framework);
  }
  return result;
}
