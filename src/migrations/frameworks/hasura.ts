// Per-migration folders holding `up.sql`: Hasura CLI (`migrations/<ms timestamp>_name/up.sql`)
// and diesel (`migrations/<YYYY-MM-DD-HHMMSS>_name/up.sql` with an optional metadata.toml).
import { basename, dirname, join } from '../paths.js';
import { parseVersionParts } from '../version.js';
import type { Dialect, DialectFile, FileAnalysis } from './dialect.js';

const FOLDER = /^(\d+(?:-\d+)*)_/;

export function isHasuraPath(path: string): boolean {
  return basename(path) === 'up.sql' && FOLDER.test(basename(dirname(path)));
}

function analyze(file: DialectFile): FileAnalysis {
  const metadata = file.read(join(dirname(file.path), 'metadata.toml'));
  if (metadata && /^\s*run_in_transaction\s*=\s*false\s*$/m.test(metadata)) {
    return {
      reviewedText: file.text,
      transaction: 'none',
      transactionReason: 'run_in_transaction = false in metadata.toml: the migration runs outside a transaction',
      directives: ['run_in_transaction = false'],
    };
  }
  return {
    reviewedText: file.text,
    transaction: 'wrapped',
    transactionReason: 'Hasura applies up.sql through run_sql, inside a transaction',
    directives: [],
  };
}

export const hasura: Dialect = {
  framework: 'hasura',
  version: (path) => {
    const m = FOLDER.exec(basename(dirname(path)));
    return { version: m ? parseVersionParts(m[1]) : [], repeatable: false };
  },
  analyze,
};
