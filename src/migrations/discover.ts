// Which files of a repository are migrations: default globs, config globs, and skipped files.
import picomatch from 'picomatch';
import { isUpSqlFolderPath } from './frameworks/diesel.js';
import { isFlywayBaselineOrUndoName, isFlywayName } from './frameworks/flyway.js';
import { popAppliesToPostgres } from './frameworks/pop.js';
import { isSqitchRevertOrVerify, sqitchDeployLayout } from './frameworks/sqitch-conf.js';
import type { Layouts } from './frameworks/dialect.js';
import { layoutsFromPaths } from './layouts.js';
import { basename, dirname } from './paths.js';

/**
 * Where migrations are looked for when the config names no globs. Supported without config:
 * - any `.sql` under a folder named `migrations` or `migration` (golang-migrate, goose, dbmate,
 *   sql-migrate, sqlx, pop/ory, Flyway's `db/migration`, Prisma's
 *   `prisma/migrations/<ts>_name/migration.sql`, Supabase's `supabase/migrations`, Hasura's and
 *   diesel's `migrations/<version>_name/up.sql`, plain numbered files);
 * - Flyway `V<version>__x.sql` and `R__x.sql` scripts wherever they live (Flyway reads any
 *   configured location), outside test folders;
 * - sqitch deploy scripts where `sqitch.conf` puts them, or `X/deploy/*.sql` beside `X/sqitch.plan`;
 * - diesel `<version>_name/up.sql` under the folder a `diesel.toml` names;
 * - temporal-sql-tool scripts that a `versioned/vX.Y/manifest.json` lists;
 * - files under `sql/`, `db/`, `schema/` or `database/` folders that carry goose, sql-migrate or
 *   dbmate up markers (`MARKER_GATED_GLOBS`; needs file contents, so `loadMigrations` applies it).
 * Folders of vendored code and folders named after another database engine (`mysql/`,
 * `sqlite/`, `clickhouse/`, ...) are left out: their SQL is not PostgreSQL's.
 */
export const DEFAULT_MIGRATION_GLOBS: readonly string[] = [
  '**/migrations/**/*.sql',
  '**/migration/**/*.sql',
  '!**/{vendor,third_party}/**',
  '!**/{mysql,mariadb,sqlite,sqlite3,h2,hsqldb,mssql,sqlserver,oracle,clickhouse,cassandra,cockroach,cockroachdb,spanner}/**',
];

/** Candidates kept by default only when their text carries framework up markers. */
export const MARKER_GATED_GLOBS: readonly string[] = ['**/{sql,db,schema,database}/**/*.sql'];

/** Never reviewed, whatever the globs: repository internals, installed packages, down migrations. */
const ALWAYS_SKIPPED = picomatch(['**/.git/**', '**/node_modules/**'], { dot: true });

/** Test resources: a Flyway-named script there is test data, not a migration of the project. */
const TEST_FOLDERS = picomatch(['**/src/test/**', '**/{test,tests}/**', '{test,tests}/**'], { dot: true });

/**
 * Files a framework runs only on "down" or never on PostgreSQL: `*.down.sql`, Hasura/diesel
 * `down.sql`, Flyway undo `U1_2__x.sql` and baseline `B5__x.sql` scripts (see
 * isFlywayBaselineOrUndoName), pop files for another database (`.mysql.up.sql`), sqitch revert
 * and verify scripts.
 */
export function isSkippedFile(path: string, layouts: Layouts): boolean {
  const name = basename(path);
  if (name.endsWith('.down.sql') || name === 'down.sql') return true;
  if (isFlywayBaselineOrUndoName(name)) return true;
  if (!popAppliesToPostgres(name)) return true;
  return isSqitchRevertOrVerify(layouts.sqitch, path);
}

/** Test data, fixtures and seeds: SQL that is not a migration by design. */
const NOT_MIGRATIONS = picomatch(['**/{testdata,fixtures,seed,seeds}/**'], { dot: true });

/**
 * A `.sql` file discovery leaves out on purpose, whatever the globs: repository internals and
 * installed packages, down, undo, revert and verify scripts, vendored code, folders of other
 * database engines, test folders and fixtures, and what the user's own `!` globs exclude. Any
 * other SQL file that is neither a migration nor a query file went unreviewed by mistake.
 */
export function isLeftOutOnPurpose(path: string, layouts: Layouts, userGlobs: readonly string[]): boolean {
  const { exclude } = compileGlobs([...DEFAULT_MIGRATION_GLOBS, ...userGlobs]);
  return ALWAYS_SKIPPED(path) || isSkippedFile(path, layouts) || exclude(path) || TEST_FOLDERS(path) || NOT_MIGRATIONS(path);
}

/** Migrations found by their project layout or name rather than by the default globs. */
function isLayoutMigration(path: string, layouts: Layouts): boolean {
  if (isFlywayName(basename(path)) && !TEST_FOLDERS(path)) return true;
  if (sqitchDeployLayout(layouts.sqitch, path) !== undefined) return true;
  if (layouts.temporal.has(path)) return true;
  return isUpSqlFolderPath(path) && layouts.diesel.dirs.includes(dirname(dirname(path)));
}

interface Matcher {
  (path: string): boolean;
}

/** Splits `!negated` globs from positive ones: a path must match a positive and no negated one. */
function compileGlobs(globs: readonly string[]): { include: Matcher; exclude: Matcher } {
  const positive = globs.filter((g) => !g.startsWith('!'));
  const negative = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
  const never: Matcher = () => false;
  return {
    include: positive.length > 0 ? picomatch(positive, { dot: true }) : never,
    exclude: negative.length > 0 ? picomatch(negative, { dot: true }) : never,
  };
}

/**
 * The migration files among `allPaths` (repository-relative POSIX paths), in input order.
 * Config globs replace the defaults; a config made only of `!negations` narrows the defaults.
 * Down migrations, `.git/` and `node_modules/` are skipped in every case. `layouts` comes from
 * the project files (findLayouts); without it only sqitch plans beside `deploy/` are known.
 */
export function selectMigrationPaths(allPaths: readonly string[], globs?: readonly string[], layouts: Layouts = layoutsFromPaths(allPaths)): string[] {
  const custom = globs !== undefined && globs.length > 0;
  const onlyNegations = custom && globs.every((g) => g.startsWith('!'));
  const useDefaults = !custom || onlyNegations;
  const effective = useDefaults ? [...DEFAULT_MIGRATION_GLOBS, ...(globs ?? [])] : globs;
  const { include, exclude } = compileGlobs(effective);
  const selected: string[] = [];
  const seen = new Set<string>();
  for (const path of allPaths) {
    if (seen.has(path)) continue;
    seen.add(path);
    if (ALWAYS_SKIPPED(path) || isSkippedFile(path, layouts) || exclude(path)) continue;
    if (include(path) || (useDefaults && isLayoutMigration(path, layouts))) selected.push(path);
  }
  return selected;
}

/**
 * Paths that default discovery keeps only when their text shows goose, sql-migrate or dbmate
 * markers (convoy's `sql/` folder of sql-migrate files); `selected` are left out.
 */
export function markerGatedCandidates(allPaths: readonly string[], selected: readonly string[], layouts: Layouts = layoutsFromPaths(allPaths)): string[] {
  const already = new Set(selected);
  const gated = picomatch([...MARKER_GATED_GLOBS], { dot: true });
  const { exclude } = compileGlobs(DEFAULT_MIGRATION_GLOBS);
  return allPaths.filter(
    (p) => !already.has(p) && gated(p) && !ALWAYS_SKIPPED(p) && !exclude(p) && !isSkippedFile(p, layouts),
  );
}
