// Which files of a repository hold application queries: default globs, sqlc's config, config globs.
import picomatch from 'picomatch';
import { basename } from '../migrations/paths.js';
import { expandSqlcPaths, isSqlcConfigPath, parseSqlcConfig, type DiscoveryProblem } from './sqlc-config.js';

/**
 * Where queries are looked for when the config names no globs (sqlc's configured query paths
 * are added to these). Vendored code and folders named after another database engine are left
 * out, as for migrations.
 */
export const DEFAULT_QUERY_GLOBS: readonly string[] = [
  '**/queries/**/*.sql',
  '**/query.sql',
  '**/queries.sql',
  '**/*.query.sql',
  '!**/{vendor,third_party}/**',
  '!**/{mysql,mariadb,sqlite,sqlite3,h2,hsqldb,mssql,sqlserver,oracle,clickhouse,cassandra,cockroach,cockroachdb,spanner}/**',
];

/** Never read, whatever the globs: repository internals and installed packages. */
const ALWAYS_SKIPPED = picomatch(['**/.git/**', '**/node_modules/**'], { dot: true });
const VENDORED = picomatch(['**/{vendor,third_party}/**'], { dot: true });

export interface QueryPathOptions {
  /** Config globs (`queries:`); empty means the defaults. */
  globs: readonly string[];
  /** A file's text, or undefined when it cannot be read; used for sqlc configs only. */
  readText: (path: string) => string | undefined;
  /** Files already taken as migrations: never queries. */
  migrationPaths: ReadonlySet<string>;
}

export interface QueryDiscovery {
  /** Repository-relative query files, sorted. */
  paths: string[];
  /** sqlc configs that could not be read (bad syntax or shape); discovery went on without them. */
  problems: DiscoveryProblem[];
}

/**
 * The query files among `allPaths` (repository-relative POSIX paths). Config globs replace the
 * defaults; globs made only of `!negations` narrow them. Whatever the globs, a file is never a
 * query when it is a migration, a `schema.sql`, only a schema in a sqlc config, or named by a
 * sqlc entry for another engine.
 */
export function selectQueryPaths(allPaths: readonly string[], options: QueryPathOptions): QueryDiscovery {
  const { globs, readText, migrationPaths } = options;
  const sqlc = readSqlcConfigs(allPaths, readText);
  const onlyNegations = globs.length > 0 && globs.every((g) => g.startsWith('!'));
  const useDefaults = globs.length === 0 || onlyNegations;
  const effective = useDefaults ? [...DEFAULT_QUERY_GLOBS, ...globs] : globs;
  const include = matcher(effective.filter((g) => !g.startsWith('!')));
  const exclude = matcher(negations(effective));
  const userExclude = matcher(negations(globs));

  const selected = new Set<string>();
  for (const path of allPaths) {
    if (include(path) && !exclude(path)) selected.add(path);
  }
  if (useDefaults) {
    // sqlc names its files on purpose: only the user's own negations narrow them.
    for (const path of sqlc.queries) if (!userExclude(path)) selected.add(path);
  }
  const paths = [...selected].filter(
    (path) =>
      !ALWAYS_SKIPPED(path) &&
      !migrationPaths.has(path) &&
      basename(path) !== 'schema.sql' &&
      !sqlc.notQueries.has(path),
  );
  return { paths: paths.sort(), problems: sqlc.problems };
}

function negations(globs: readonly string[]): string[] {
  return globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
}

function matcher(globs: readonly string[]): (path: string) => boolean {
  return globs.length > 0 ? picomatch([...globs], { dot: true }) : () => false;
}

interface SqlcPaths {
  /** PostgreSQL query files named by sqlc configs. */
  queries: Set<string>;
  /** Files sqlc reads only as schema, or as anything for another engine. */
  notQueries: Set<string>;
  problems: DiscoveryProblem[];
}

function readSqlcConfigs(allPaths: readonly string[], readText: (path: string) => string | undefined): SqlcPaths {
  const result: SqlcPaths = { queries: new Set(), notQueries: new Set(), problems: [] };
  const schema = new Set<string>();
  for (const configPath of allPaths) {
    if (!isSqlcConfigPath(configPath) || ALWAYS_SKIPPED(configPath) || VENDORED(configPath)) continue;
    const text = readText(configPath);
    if (text === undefined) continue;
    const { config, problems } = parseSqlcConfig(configPath, text);
    result.problems.push(...problems);
    for (const entry of config?.packages ?? []) {
      const queries = expandSqlcPaths(entry.queries, allPaths);
      const schemaFiles = expandSqlcPaths(entry.schema, allPaths);
      if (entry.engine.toLowerCase() === 'postgresql') {
        for (const path of queries) result.queries.add(path);
        for (const path of schemaFiles) schema.add(path);
      } else {
        for (const path of [...queries, ...schemaFiles]) result.notQueries.add(path);
      }
    }
  }
  // river lists the same files as schema and as queries (tables declared beside the queries).
  for (const path of schema) if (!result.queries.has(path)) result.notQueries.add(path);
  for (const path of result.queries) result.notQueries.delete(path);
  return result;
}
