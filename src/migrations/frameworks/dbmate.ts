// dbmate (amacneil/dbmate): `-- migrate:up [transaction:false]` then `-- migrate:down`.
import { basename } from '../paths.js';
import { splitLines } from '../text-regions.js';
import { splitVersion } from '../version.js';
import { lineMatching, optOutInstruction, type Dialect, type DialectFile, type FileAnalysis, type TransactionOptOut } from './dialect.js';
import { reviewUpSections } from './sections.js';

const DBMATE_UP = /^\s*--\s*migrate:up(\s.*)?$/;

/** Whether a text carries dbmate's up marker. */
export const hasDbmateMarkers = (text: string): boolean => /^\s*--\s*migrate:up(?![\w-])/m.test(text);
const DBMATE_DOWN = /^\s*--\s*migrate:down(\s.*)?$/;

function analyze(file: DialectFile): FileAnalysis {
  // dbmate itself only sees markers at column 0. An indented `-- migrate:down` (UPchieve/subway)
  // is still taken as the end of the up part: what follows is the author's down SQL, and running
  // it on "up" would fail or undo the migration. The directive tells the report.
  const sections = reviewUpSections(file.text, { up: DBMATE_UP, down: DBMATE_DOWN, downEndsFile: true });
  const directives: string[] = [];
  if (sections.upMarkers.length > 0) directives.push('migrate:up');
  else directives.push('missing -- migrate:up (dbmate rejects the file)');
  if (splitLines(file.text).some((l) => DBMATE_DOWN.test(l.text))) directives.push('migrate:down');
  for (const m of sections.indentedMarkers) directives.push(`indented marker "${m}" (dbmate only reads markers at the start of a line)`);
  const options = sections.upMarkers[0]?.replace(/^--\s*migrate:up/, '') ?? '';
  const noTx = /(^|\s)transaction:false(\s|$)/.test(options);
  if (noTx) directives.push('transaction:false');
  return {
    reviewedText: sections.reviewedText,
    transaction: noTx ? 'none' : 'wrapped',
    transactionReason: noTx
      ? '-- migrate:up transaction:false: dbmate runs the up part outside a transaction'
      : 'dbmate runs the up part of each migration in a transaction',
    directives,
  };
}

const OPT_OUT: TransactionOptOut = {
  directive: '`-- migrate:up transaction:false`',
  verb: 'write',
  scope: 'the up part',
  edit(text) {
    const marker = lineMatching(text, /^--\s*migrate:up(\s|$)/);
    if (!marker) return undefined;
    const options = marker.text.replace(/\s+transaction:\S+/g, '').trimEnd();
    return { line: marker.index + 1, endLine: marker.index + 1, replacement: `${options} transaction:false` };
  },
};

export const dbmate: Dialect = {
  framework: 'dbmate',
  runner: 'dbmate',
  transactionOptOut: () => OPT_OUT,
  leaveTransaction: optOutInstruction(OPT_OUT),
  leaveTransactionBy: 'opt-out',
  appliesMissingVersions: true,
  version: (path) => ({ version: splitVersion(basename(path)), repeatable: false }),
  analyze,
};
