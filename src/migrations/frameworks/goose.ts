// goose (pressly/goose): `-- +goose Up` / `-- +goose Down` sections in one file.
import { basename } from '../paths.js';
import { splitVersion } from '../version.js';
import { insertFirstLine, optOutInstruction, type Dialect, type DialectFile, type FileAnalysis, type TransactionOptOut } from './dialect.js';
import { reviewUpSections } from './sections.js';

// goose compares annotations without case, so `-- +goose up` counts too.
const GOOSE_UP = /^\s*--\s*\+goose\s+up\s*$/i;

/** Whether a text carries goose's up annotation. */
export const hasGooseMarkers = (text: string): boolean => /^\s*--\s*\+goose\s+up\s*$/im.test(text);
const GOOSE_DOWN = /^\s*--\s*\+goose\s+down\s*$/i;
const GOOSE_ANNOTATION = /^\s*--\s*\+goose\s+(up|down|statementbegin|statementend|no\s+transaction|envsub\s+on|envsub\s+off)\s*$/gim;
const NAMES: Record<string, string> = {
  up: 'goose Up',
  down: 'goose Down',
  statementbegin: 'StatementBegin',
  statementend: 'StatementEnd',
  'no transaction': 'NO TRANSACTION',
  'envsub on': 'ENVSUB ON',
  'envsub off': 'ENVSUB OFF',
};

function analyze(file: DialectFile): FileAnalysis {
  const sections = reviewUpSections(file.text, { up: GOOSE_UP, down: GOOSE_DOWN, downEndsFile: false });
  const directives = new Set<string>();
  for (const m of file.text.matchAll(GOOSE_ANNOTATION)) {
    directives.add(NAMES[m[1].toLowerCase().replace(/\s+/g, ' ')]);
  }
  if (sections.upMarkers.length === 0) directives.add('missing goose Up (goose rejects the file)');
  const noTx = directives.has('NO TRANSACTION');
  return {
    reviewedText: sections.reviewedText,
    transaction: noTx ? 'none' : 'wrapped',
    transactionReason: noTx
      ? '-- +goose NO TRANSACTION: goose runs the statements one by one outside a transaction'
      : 'goose runs each migration in a transaction',
    directives: [...directives],
  };
}

const OPT_OUT: TransactionOptOut = {
  directive: '`-- +goose NO TRANSACTION`',
  verb: 'add',
  where: 'at the top of the file',
  scope: 'the file',
  edit: () => insertFirstLine('-- +goose NO TRANSACTION'),
};

export const goose: Dialect = {
  framework: 'goose',
  runner: 'goose',
  transactionOptOut: () => OPT_OUT,
  leaveTransaction: optOutInstruction(OPT_OUT),
  leaveTransactionBy: 'opt-out',
  version: (path) => ({ version: splitVersion(basename(path)), repeatable: false }),
  analyze,
};
