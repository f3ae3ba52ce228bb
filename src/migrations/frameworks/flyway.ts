// Flyway: `V1_2__desc.sql` versioned, `R__desc.sql` repeatable, `U1_2__desc.sql` undo (never reviewed).
import { basename } from '../paths.js';
import { parseVersionParts } from '../version.js';
import type { Dialect, DialectFile, FileAnalysis, VersionInfo } from './dialect.js';

const VERSIONED = /^V(\d+(?:[._]\d+)*)__.+\.sql$/;
const REPEATABLE = /^R__.+\.sql$/;

/** Whether a file name follows Flyway's versioned or repeatable naming. */
export function isFlywayName(name: string): boolean {
  return VERSIONED.test(name) || REPEATABLE.test(name);
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

export const flyway: Dialect = { framework: 'flyway', version, analyze };
