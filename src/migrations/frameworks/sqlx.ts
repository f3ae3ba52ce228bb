// sqlx migrate (Rust): `<timestamp>_name.sql` (or reversible `.up.sql`) in a crate's `migrations/`.
import { basename } from '../paths.js';
import { splitVersion } from '../version.js';
import { insertFirstLine, optOutInstruction, type Dialect, type DialectFile, type FileAnalysis, type TransactionOptOut } from './dialect.js';

/** sqlx's default naming: a 14-digit timestamp, never `.down.sql`. */
export function isSqlxTimestampName(name: string): boolean {
  return /^\d{14}_[^/]+\.sql$/.test(name) && !name.endsWith('.down.sql');
}

/** sqlx only honours the opt-out as the very first line. */
export function hasNoTransactionLine(text: string): boolean {
  return /^\uFEFF?--\s*no-transaction\b/.test(text);
}

function analyze(file: DialectFile): FileAnalysis {
  const noTx = hasNoTransactionLine(file.text);
  return {
    reviewedText: file.text,
    transaction: noTx ? 'none' : 'wrapped',
    transactionReason: noTx
      ? '-- no-transaction on the first line: sqlx runs the file outside a transaction'
      : 'sqlx runs each migration in a transaction',
    directives: noTx ? ['no-transaction'] : [],
  };
}

const OPT_OUT: TransactionOptOut = {
  directive: '`-- no-transaction`',
  verb: 'add',
  where: 'on the first line of the file',
  scope: 'the file',
  edit: () => insertFirstLine('-- no-transaction'),
};

export const sqlx: Dialect = {
  framework: 'sqlx',
  runner: 'sqlx',
  transactionOptOut: () => OPT_OUT,
  leaveTransaction: optOutInstruction(OPT_OUT),
  leaveTransactionBy: 'opt-out',
  version: (path) => ({ version: splitVersion(basename(path)), repeatable: false }),
  analyze,
};
