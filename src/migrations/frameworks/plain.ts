// Plain numbered SQL files (`0001-name.sql`, `001_name.sql`) run by psql-like tools, including
// the postgres-migrations runner (`-- postgres-migrations disable-transaction`) and
// temporal-sql-tool folders ordered by their manifest.json.
import { basename, dirname, join } from '../paths.js';
import { isCommentOrBlank, splitLines } from '../text-regions.js';
import { splitVersion } from '../version.js';
import type { Dialect, DialectFile, FileAnalysis } from './dialect.js';

const POSTGRES_MIGRATIONS = 'postgres-migrations';
const PG_MIGRATIONS_MARKER = /^\s*--\s*postgres-migrations\s+(\S+)/;

function leadingCommentDirectives(text: string): string[] {
  const found: string[] = [];
  for (const line of splitLines(text)) {
    if (!isCommentOrBlank(line.text.replace(/^\uFEFF/, ''))) break;
    const m = PG_MIGRATIONS_MARKER.exec(line.text.replace(/^\uFEFF/, ''));
    if (m) found.push(`postgres-migrations ${m[1]}`);
  }
  return found;
}

function analyze(file: DialectFile): FileAnalysis {
  const directives = leadingCommentDirectives(file.text);
  if (directives.includes('postgres-migrations disable-transaction')) {
    return {
      reviewedText: file.text,
      transaction: 'none',
      transactionReason: '-- postgres-migrations disable-transaction: the file runs outside a transaction',
      directives,
    };
  }
  if (file.traits.has(POSTGRES_MIGRATIONS)) {
    return {
      reviewedText: file.text,
      transaction: 'wrapped',
      transactionReason:
        'postgres-migrations markers in this directory: the runner wraps each file in a transaction unless it opts out',
      directives,
    };
  }
  return {
    reviewedText: file.text,
    transaction: 'none',
    transactionReason: 'plain SQL without framework markers: statements run one by one, as psql -f would',
    directives,
  };
}

/** Order given by temporal-sql-tool's `manifest.json` (`SchemaUpdateCqlFiles`) in the same folder. */
function manifestRank(path: string, read: (path: string) => string | undefined): number | undefined {
  const text = read(join(dirname(path), 'manifest.json'));
  if (text === undefined) return undefined;
  try {
    const files: unknown = (JSON.parse(text) as { SchemaUpdateCqlFiles?: unknown }).SchemaUpdateCqlFiles;
    if (!Array.isArray(files)) return undefined;
    const i = files.indexOf(basename(path));
    return i < 0 ? undefined : i;
  } catch {
    return undefined;
  }
}

export const plain: Dialect = {
  framework: 'plain',
  version: (path) => ({ version: splitVersion(basename(path)), repeatable: false }),
  analyze,
  directoryTraits: (texts) =>
    texts.some((t) => /^\s*--\s*postgres-migrations\s/m.test(t)) ? [POSTGRES_MIGRATIONS] : [],
  rank: manifestRank,
};
