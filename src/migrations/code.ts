// Code migrations: goose `.go` and Flyway Java classes that hold a place in the same version order
// as the SQL files around them. The review cannot run them; it only needs to know where they sit.
import type { Framework, MigrationSource } from '../core/migration-types.js';
import { flywayLocation, isFlywayJavaName } from './frameworks/flyway.js';
import { basename, dirname } from './paths.js';

/** `00036_add_external_job_id.go`: goose's version prefix, never a test file. */
const GOOSE_GO = /^\d+_[^/]*\.go$/;

export interface CodeMigration {
  path: string;
  framework: Framework;
  code: NonNullable<MigrationSource['code']>;
}

/**
 * The code migrations that join the sequence of the selected SQL migrations: goose `.go` files
 * with a version prefix in a folder of goose SQL files, and Flyway `V<version>__Name.java`
 * classes in the classpath location of Flyway SQL scripts (flywayLocation maps `src/main/java`
 * onto `src/main/resources`). Code elsewhere is not a migration of these histories.
 */
export function findCodeMigrations(allPaths: readonly string[], sql: ReadonlyMap<string, Framework>): CodeMigration[] {
  const gooseDirs = new Set<string>();
  const flywayLocations = new Set<string>();
  for (const [path, framework] of sql) {
    if (framework === 'goose') gooseDirs.add(dirname(path));
    if (framework === 'flyway') flywayLocations.add(flywayLocation(path));
  }
  if (gooseDirs.size === 0 && flywayLocations.size === 0) return [];
  const found: CodeMigration[] = [];
  for (const path of allPaths) {
    const name = basename(path);
    if (GOOSE_GO.test(name) && !name.endsWith('_test.go') && gooseDirs.has(dirname(path))) {
      found.push({ path, framework: 'goose', code: 'go' });
    } else if (isFlywayJavaName(name) && flywayLocations.has(flywayLocation(path))) {
      found.push({ path, framework: 'flyway', code: 'java' });
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
