// sql-migrate (rubenv/sql-migrate): `-- +migrate Up [notransaction]` / `-- +migrate Down`.
import { basename } from '../paths.js';
import { splitLines } from '../text-regions.js';
import { splitVersion } from '../version.js';
import { lineMatching, optOutInstruction, type Dialect, type DialectFile, type FileAnalysis, type TransactionOptOut } from './dialect.js';
import { reviewUpSections } from './sections.js';

const SQL_MIGRATE_UP = /^\s*--\s*\+migrate\s+up\b.*$/i;

/** Whether a text carries sql-migrate's up marker. */
export const hasSqlMigrateMarkers = (text: string): boolean => /^\s*--\s*\+migrate\s+up\b/im.test(text);
const SQL_MIGRATE_DOWN = /^\s*--\s*\+migrate\s+down\b.*$/i;
const STATEMENT_BLOCK = /^\s*--\s*\+migrate\s+(statementbegin|statementend)\b/gim;

function analyze(file: DialectFile): FileAnalysis {
  const sections = reviewUpSections(file.text, { up: SQL_MIGRATE_UP, down: SQL_MIGRATE_DOWN, downEndsFile: false });
  const directives = new Set<string>();
  if (sections.upMarkers.length > 0) directives.add('migrate Up');
  else directives.add('missing +migrate Up (sql-migrate applies nothing from the file)');
  if (splitLines(file.text).some((l) => SQL_MIGRATE_DOWN.test(l.text))) directives.add('migrate Down');
  for (const m of file.text.matchAll(STATEMENT_BLOCK)) {
    directives.add(m[1].toLowerCase() === 'statementbegin' ? 'StatementBegin' : 'StatementEnd');
  }
  const noTx = sections.upMarkers.some((line) => /\bnotransaction\b/i.test(line));
  if (noTx) directives.add('notransaction');
  return {
    reviewedText: sections.reviewedText,
    transaction: noTx ? 'none' : 'wrapped',
    transactionReason: noTx
      ? '-- +migrate Up notransaction: sql-migrate runs the statements outside a transaction'
      : 'sql-migrate runs each migration in a transaction',
    directives: [...directives],
  };
}

const OPT_OUT: TransactionOptOut = {
  directive: '`-- +migrate Up notransaction`',
  verb: 'write',
  scope: 'the file',
  edit(text) {
    const marker = lineMatching(text, /^\s*--\s*\+migrate\s+up\b/i);
    if (!marker) return undefined;
    return { line: marker.index + 1, endLine: marker.index + 1, replacement: `${marker.text.trimEnd()} notransaction` };
  },
};

export const sqlMigrate: Dialect = {
  framework: 'sql-migrate',
  runner: 'sql-migrate',
  transactionOptOut: () => OPT_OUT,
  leaveTransaction: optOutInstruction(OPT_OUT),
  leaveTransactionBy: 'opt-out',
  version: (path) => ({ version: splitVersion(basename(path)), repeatable: false }),
  analyze,
};
