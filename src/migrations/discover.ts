// Which files of a repository are migrations: default globs, config globs, and skipped files.
import picomatch from 'picomatch';
import { popAppliesToPostgres } from './frameworks/pop.js';
import { basename, dirname, join } from './paths.js';

/**
 * Where migrations are looked for when the config names no globs. Supported without config:
 * - any `.sql` under a folder named `migrations` or `migration` (golang-migrate, goose, dbmate,
 *   sql-migrate, sqlx, pop/ory, Flyway's `db/migration`, Prisma's
 *   `prisma/migrations/<ts>_name/migration.sql`, Supabase's `supabase/migrations`, Hasura's and
 *   diesel's `migrations/<version>_name/up.sql`, plain numbered files);
 * - sqitch: `X/deploy/*.sql` when `X/sqitch.plan` exists (see `selectMigrationPaths`);
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

/**
 * Files a framework runs only on "down" or never on PostgreSQL: `*.down.sql`, Hasura/diesel
 * `down.sql`, Flyway undo `U1_2__x.sql`, pop files for another database (`.mysql.up.sql`),
 * sqitch `revert/` and `verify/` scripts beside a sqitch.plan.
 */
export function isSkippedFile(path: string, hasPath: (path: string) => boolean): boolean {
  const name = basename(path);
  if (name.endsWith('.down.sql') || name === 'down.sql') return true;
  if (/^U\d+(?:[._]\d+)*__.+\.sql$/.test(name)) return true;
  if (!popAppliesToPostgres(name)) return true;
  const folder = basename(dirname(path));
  if ((folder === 'revert' || folder === 'verify') && hasPath(join(dirname(dirname(path)), 'sqitch.plan'))) return true;
  return false;
}

function isSqitchDeploy(path: string, hasPath: (path: string) => boolean): boolean {
  const deploy = dirname(path);
  return basename(deploy) === 'deploy' && path.endsWith('.sql') && hasPath(join(dirname(deploy), 'sqitch.plan'));
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
 * Down migrations, `.git/` and `node_modules/` are skipped in every case.
 */
export function selectMigrationPaths(allPaths: readonly string[], globs?: readonly string[]): string[] {
  const all = new Set(allPaths);
  const hasPath = (p: string) => all.has(p);
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
    if (ALWAYS_SKIPPED(path) || isSkippedFile(path, hasPath) || exclude(path)) continue;
    if (include(path) || (useDefaults && isSqitchDeploy(path, hasPath))) selected.push(path);
  }
  return selected;
}

/**
 * Paths that default discovery keeps only when their text shows goose, sql-migrate or dbmate
 * markers (convoy's `sql/` folder of sql-migrate files); `selected` are left out.
 */
export function markerGatedCandidates(allPaths: readonly string[], selected: readonly string[]): string[] {
  const all = new Set(allPaths);
  const already = new Set(selected);
  const gated = picomatch([...MARKER_GATED_GLOBS], { dot: true });
  const { exclude } = compileGlobs(DEFAULT_MIGRATION_GLOBS);
  return allPaths.filter(
    (p) => !already.has(p) && gated(p) && !ALWAYS_SKIPPED(p) && !exclude(p) && !isSkippedFile(p, (x) => all.has(x)),
  );
}
