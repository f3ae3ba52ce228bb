// Which `.sql` files of a review no part of it reads: not migrations, not query files, and not
// left out on purpose (down scripts, vendored code, other engines, tests). A pull request that
// changes such a file gets unreviewed-sql-file; a repository with no migration at all says so in
// every output instead of passing.
import type { Config } from '../core/config.js';
import type { ReviewStats } from '../core/review-types.js';
import { isLeftOutOnPurpose, selectMigrationPaths } from '../migrations/discover.js';
import { findLayouts } from '../migrations/layouts.js';
import { basename } from '../migrations/paths.js';
import { CONFIG_FILE_NAME } from '../config/schema.js';

export interface SqlCoverageInput {
  /** Every file of the head tree. */
  headPaths: readonly string[];
  readHead: (path: string) => Uint8Array | undefined;
  /** Files the pull request adds, modifies or renames (deleted ones are not listed). */
  changed: readonly string[];
  /** Migrations and query files found in the head tree. */
  migrations: ReadonlySet<string>;
  queries: ReadonlySet<string>;
  config: Config;
}

export interface SqlCoverage {
  /** Changed `.sql` files nothing reviewed, sorted. */
  unreviewed: string[];
  /** Set when the head tree holds no migration at all. */
  noMigrations?: NonNullable<ReviewStats['noMigrations']>;
}

const MAX_NAMED = 5;

export function sqlCoverage(input: SqlCoverageInput): SqlCoverage {
  const { config } = input;
  const text = (path: string): string | undefined => {
    const bytes = input.readHead(path);
    return bytes === undefined ? undefined : new TextDecoder().decode(bytes);
  };
  const layouts = findLayouts(input.headPaths, text);
  const userGlobs = [...config.migrations, ...config.queries];
  const hasMigrations = input.migrations.size > 0;
  // With explicit globs (a monorepo job per database), migrations the default layouts find
  // elsewhere belong to another job: they are read there, not unreviewed here.
  const explicit = config.migrations.some((g) => !g.startsWith('!'));
  const otherScopes = explicit && hasMigrations ? new Set(selectMigrationPaths(input.headPaths, undefined, layouts)) : new Set<string>();
  const unread = (path: string): boolean =>
    path.endsWith('.sql') &&
    !input.migrations.has(path) &&
    !input.queries.has(path) &&
    !otherScopes.has(path) &&
    path !== config.baseSchema &&
    // A schema snapshot beside migrations (sqlc's schema.sql, Rails' structure.sql) is made from them.
    !(hasMigrations && ['schema.sql', 'structure.sql'].includes(basename(path))) &&
    !isLeftOutOnPurpose(path, layouts, userGlobs);

  const unreviewed = input.changed.filter(unread).sort();
  if (hasMigrations) return { unreviewed };
  const sqlFiles = input.headPaths.filter(unread).sort();
  const looked = config.migrations.length > 0 && !config.migrations.every((g) => g.startsWith('!'))
    ? `the migrations globs of the config: ${config.migrations.join(', ')}`
    : 'folders named migrations or migration, Flyway V<version>__ scripts, sqitch and diesel projects, goose, dbmate and sql-migrate markers';
  const named = sqlFiles.slice(0, MAX_NAMED).join(', ') + (sqlFiles.length > MAX_NAMED ? `, and ${sqlFiles.length - MAX_NAMED} more` : '');
  const reason =
    `No migration was found in the repository, so nothing was replayed or reviewed (looked for ${looked}). ` +
    (sqlFiles.length > 0
      ? `${sqlFiles.length} .sql file${sqlFiles.length === 1 ? ' is' : 's are'} not recognised as migrations: ${named}. `
      : '') +
    `If the repository has migrations, set migrations: in ${CONFIG_FILE_NAME} (or the action's migrations input) to globs that match them.`;
  return { unreviewed, noMigrations: { reason, sqlFiles: sqlFiles.length } };
}
