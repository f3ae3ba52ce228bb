// Code migrations: goose `.go` and Flyway Java classes that hold a place in the same version order
// as the SQL files around them. The review cannot run them; it only needs to know where they sit.
import picomatch from 'picomatch';
import type { Framework, MigrationSource } from '../core/migration-types.js';
import { DEFAULT_MIGRATION_GLOBS } from './discover.js';
import { flywaySequence, isFlywayJavaName } from './frameworks/flyway.js';
import type { Layouts } from './frameworks/dialect.js';
import { basename, dirname } from './paths.js';

/** `00036_add_external_job_id.go`: goose's version prefix, never a test file. */
const GOOSE_GO = /^\d+_[^/]*\.go$/;

export interface CodeMigration {
  path: string;
  framework: Framework;
  code: NonNullable<MigrationSource['code']>;
  /** The SQL sequence it joins when that is not its own folder or location (see Orderable.sequence). */
  sequence?: string;
}

/** Vendored code and folders of other database engines, as discovery leaves them out for SQL. */
const EXCLUDED = picomatch(DEFAULT_MIGRATION_GLOBS.filter((g) => g.startsWith('!')).map((g) => g.slice(1)), { dot: true });

/** `a/b` for `a/b/src/main/java/x/V1__A.java`: the Maven/Gradle module of a source or resource file. */
function moduleOf(path: string): string | undefined {
  const m = /^(?:(.*)\/)?src\/main\/(?:java|kotlin|resources)\//.exec(path);
  return m ? (m[1] ?? '') : undefined;
}

/**
 * The code migrations that join the sequence of the selected SQL migrations: goose `.go` files
 * with a version prefix in a folder of goose SQL files, and Flyway `V<version>__Name.java`
 * classes in the sequence of Flyway SQL scripts (a configured location, or the same classpath
 * package: flywayLocation maps `src/main/java` onto `src/main/resources`), or anywhere in a
 * module whose Flyway scripts form one sequence (projects that set their locations in code).
 * Code elsewhere is not a migration of these histories.
 */
export function findCodeMigrations(allPaths: readonly string[], sql: ReadonlyMap<string, Framework>, layouts: Layouts): CodeMigration[] {
  const gooseDirs = new Set<string>();
  const flywayLocations = new Set<string>();
  const locationsByModule = new Map<string, Set<string>>();
  for (const [path, framework] of sql) {
    if (framework === 'goose') gooseDirs.add(dirname(path));
    if (framework !== 'flyway') continue;
    const location = flywaySequence(path, layouts);
    flywayLocations.add(location);
    const module = moduleOf(path);
    if (module === undefined) continue;
    const set = locationsByModule.get(module) ?? new Set<string>();
    set.add(location);
    locationsByModule.set(module, set);
  }
  if (gooseDirs.size === 0 && flywayLocations.size === 0) return [];
  const found: CodeMigration[] = [];
  for (const path of allPaths) {
    const name = basename(path);
    if (GOOSE_GO.test(name) && !name.endsWith('_test.go') && gooseDirs.has(dirname(path))) {
      found.push({ path, framework: 'goose', code: 'go' });
    } else if (isFlywayJavaName(name) && !EXCLUDED(path)) {
      const own = flywaySequence(path, layouts);
      if (flywayLocations.has(own)) {
        found.push({ path, framework: 'flyway', code: 'java', sequence: own });
        continue;
      }
      const module = moduleOf(path);
      const locations = module === undefined ? undefined : locationsByModule.get(module);
      if (locations?.size === 1) found.push({ path, framework: 'flyway', code: 'java', sequence: [...locations][0] });
    }
  }
  return found;
}

/** Why a code migration is not replayed, for messages. */
export function codeTransactionReason(code: CodeMigration['code']): string {
  return code === 'go'
    ? 'goose Go migration: goose runs it in Go code (in a transaction unless registered without one); the review cannot run it'
    : 'Flyway Java migration: Flyway runs the class in a transaction by default; the review cannot run it';
}
