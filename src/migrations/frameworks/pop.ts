// gobuffalo pop / ory popx SQL migrations: `<version>_<name>[.<dialect>][.autocommit].up.sql`.
import { basename } from '../paths.js';
import { splitVersion } from '../version.js';
import { optOutInstruction, type Dialect, type DialectFile, type FileAnalysis, type TransactionOptOut } from './dialect.js';

const POP_NAME = /^(\d+)_([^.]+)(?:\.([a-z0-9]+))?(\.autocommit)?\.(up|down)\.sql$/;

/** Dialect names pop uses for PostgreSQL; a file without a dialect applies to every database. */
const POSTGRES_DIALECTS = new Set(['postgres', 'postgresql', 'all']);

interface PopName {
  version: string;
  /** undefined: the file applies to every database. */
  dialect?: string;
  autocommit: boolean;
}

export function parsePopName(name: string): PopName | undefined {
  const m = POP_NAME.exec(name);
  if (!m) return undefined;
  // `.autocommit` alone matches the optional dialect group first.
  const dialect = m[3] === 'autocommit' ? undefined : m[3];
  return { version: m[1], dialect, autocommit: Boolean(m[4]) || m[3] === 'autocommit' };
}

/** A name only pop produces: a dialect or autocommit segment before `.up.sql`. */
export function isPopSpecificName(name: string): boolean {
  const p = parsePopName(name);
  return p !== undefined && (p.dialect !== undefined || p.autocommit);
}

/** Whether pop runs the file on PostgreSQL (dialect-less or a PostgreSQL dialect). */
export function popAppliesToPostgres(name: string): boolean {
  const p = parsePopName(name);
  return p === undefined || p.dialect === undefined || POSTGRES_DIALECTS.has(p.dialect);
}

function analyze(file: DialectFile): FileAnalysis {
  const auto = parsePopName(basename(file.path))?.autocommit ?? false;
  return {
    reviewedText: file.text,
    transaction: auto ? 'none' : 'wrapped',
    transactionReason: auto
      ? '.autocommit in the file name: pop runs the file outside a transaction'
      : 'pop runs each migration in a transaction',
    directives: auto ? ['autocommit'] : [],
  };
}

/** The opt-out is in the file name, so the review's fixes add it only to a new migration's name. */
const OPT_OUT: TransactionOptOut = { directive: 'the `.autocommit` file suffix', verb: 'give the migration', scope: 'the file' };

export const pop: Dialect = {
  framework: 'pop',
  runner: 'pop',
  transactionOptOut: () => OPT_OUT,
  leaveTransaction: optOutInstruction(OPT_OUT),
  leaveTransactionBy: 'new-migration',
  version: (path) => ({ version: splitVersion(basename(path)), repeatable: false }),
  analyze,
};
