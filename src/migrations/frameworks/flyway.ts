// Flyway: `V1_2__desc.sql` versioned, `R__desc.sql` repeatable, Java migrations `V3__Desc.java`;
// `U1_2__desc.sql` undo and `B5__desc.sql` baseline scripts are never reviewed (see isSkippedFile).
import { basename, dirname, join } from '../paths.js';
import { parseVersionParts } from '../version.js';
import { optOutInstruction, type Dialect, type DialectFile, type FileAnalysis, type TransactionOptOut, type VersionInfo, type Layouts } from './dialect.js';
import { flywayConfigOf } from './flyway-config.js';

const VERSIONED = /^V(\d+(?:[._]\d+)*)__.+\.(?:sql|java)$/;
const VERSIONED_SQL = /^V\d+(?:[._]\d+)*__.+\.sql$/;
const REPEATABLE = /^R__(.+)\.sql$/;
/** A Java class name after the version: `V2__Initialize_Settings.java`. */
const JAVA = /^V\d+(?:[._]\d+)*__[A-Za-z0-9_$]+\.java$/;

/** Whether a file name follows Flyway's versioned or repeatable SQL naming. */
export function isFlywayName(name: string): boolean {
  return VERSIONED_SQL.test(name) || REPEATABLE.test(name);
}

/** A Flyway Java migration class file (`V3__Backfill.java`). */
export function isFlywayJavaName(name: string): boolean {
  return JAVA.test(name);
}

/**
 * Baseline (`B5__x.sql`) and undo (`U5__x.sql`) scripts. A baseline replaces the versioned
 * scripts up to its version on an empty database only; a database the pull request will be
 * deployed to already ran those scripts, so the review replays the versioned history instead.
 */
export function isFlywayBaselineOrUndoName(name: string): boolean {
  return /^[BU]\d+(?:[._]\d+)*__.+\.sql$/.test(name);
}

/**
 * Flyway's description of a repeatable script (`R__Views_2.sql` -> `Views 2`): repeatables run
 * after every versioned script, in the plain string order of their descriptions.
 */
export function flywayDescription(path: string): string {
  return (REPEATABLE.exec(basename(path))?.[1] ?? basename(path)).replace(/_/g, ' ');
}

/**
 * The classpath location a script or Java class sits in: `<module>/src/main/java/a/b` and
 * `<module>/src/main/resources/a/b` are the same location `a/b` to Flyway, so both map to the
 * resources folder; then the nearest enclosing `migration`/`migrations` folder (Flyway scans a
 * location recursively, so dhis2's per-release subfolders form one sequence), else the folder.
 */
export function flywayLocation(path: string): string {
  let parent = dirname(path);
  const m = /^(.*?)(?:^|\/)src\/main\/(?:java|kotlin|resources)(?:\/|$)(.*)$/.exec(parent);
  if (m) parent = join(m[1], 'src/main/resources', m[2]);
  for (let dir = parent; dir !== ''; dir = dirname(dir)) {
    const name = basename(dir);
    if (name === 'migration' || name === 'migrations') return dir;
  }
  return parent;
}

function version(path: string): VersionInfo {
  const m = VERSIONED.exec(basename(path));
  if (m) return { version: parseVersionParts(m[1]), repeatable: false };
  return { version: [], repeatable: REPEATABLE.test(basename(path)) };
}

/** Reads `executeInTransaction` from the script's own config file (`V1__x.sql.conf`). */
function executeInTransaction(file: DialectFile): boolean | undefined {
  const conf = file.read(`${file.path}.conf`);
  const m = conf && /^\s*executeInTransaction\s*=\s*(true|false)\s*$/im.exec(conf);
  return m ? m[1].toLowerCase() === 'true' : undefined;
}

function analyze(file: DialectFile): FileAnalysis {
  const directives: string[] = [];
  const inTx = executeInTransaction(file);
  if (inTx !== undefined) directives.push(`executeInTransaction=${inTx}`);
  if (/\$\{[^}]+\}/.test(file.text)) directives.push('Flyway placeholders ${...}');
  if (inTx === false) {
    return {
      reviewedText: file.text,
      transaction: 'none',
      transactionReason: `executeInTransaction=false in ${basename(file.path)}.conf: Flyway runs the script outside a transaction`,
      directives,
    };
  }
  return {
    reviewedText: file.text,
    transaction: 'wrapped',
    transactionReason:
      'Flyway runs each script in a transaction (a script of only non-transactional statements runs outside one; a mix fails)',
    directives,
  };
}

/**
 * One sequence per Flyway configuration: the scripts and classes of all its locations (named by
 * the config file), sorted together as Flyway sorts them; else the location (flywayLocation).
 */
export function flywaySequence(path: string, layouts: Layouts): string {
  const config = flywayConfigOf(layouts.flyway, path);
  return config ? `${config.file}:locations` : flywayLocation(path);
}

/** The opt-out is in the script's .conf file, which the review's fixes do not write. */
const OPT_OUT: TransactionOptOut = {
  directive: '`executeInTransaction=false`',
  verb: 'set',
  where: "in the script's .conf file",
  scope: 'the script',
};

export const flyway: Dialect = {
  framework: 'flyway',
  runner: 'Flyway',
  transactionOptOut: () => OPT_OUT,
  leaveTransaction: `move it to a script of its own, made only of non-transactional statements, or ${optOutInstruction(OPT_OUT)}`,
  leaveTransactionBy: 'own-script',
  version,
  analyze,
  sequence: flywaySequence,
};
