// Plain numbered SQL files (`0001-name.sql`, `001_name.sql`) run by psql-like tools, including
// the postgres-migrations runner (`-- postgres-migrations disable-transaction`) and
// temporal-sql-tool folders ordered by their manifest.json.
import { basename, dirname, join } from '../paths.js';
import { isCommentOrBlank, splitLines } from '../text-regions.js';
import { splitVersion } from '../version.js';
import { insertFirstLine, type Dialect, type DialectFile, type FileAnalysis, type TransactionOptOut } from './dialect.js';

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

/** The scripts a temporal-sql-tool `manifest.json` lists (`SchemaUpdateCqlFiles`, also for SQL), in order. */
function manifestFiles(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  try {
    const files: unknown = (JSON.parse(text) as { SchemaUpdateCqlFiles?: unknown }).SchemaUpdateCqlFiles;
    return Array.isArray(files) ? files.filter((f): f is string => typeof f === 'string') : undefined;
  } catch {
    return undefined;
  }
}

/** Order given by temporal-sql-tool's `manifest.json` in the same folder. */
function manifestRank(path: string, read: (path: string) => string | undefined): number | undefined {
  const i = manifestFiles(read(join(dirname(path), 'manifest.json')))?.indexOf(basename(path)) ?? -1;
  return i < 0 ? undefined : i;
}

/** A temporal-sql-tool version folder: `.../versioned/v1.10/manifest.json`. */
const TEMPORAL_MANIFEST = /(?:^|\/)versioned\/v\d+(?:\.\d+)*\/manifest\.json$/;

/**
 * Scripts of temporal-sql-tool's versioned folders, found without a glob: each folder's
 * manifest.json names the files the tool applies (a `.sql` it does not list is not applied).
 */
export function temporalScripts(paths: readonly string[], read: (path: string) => string | undefined): Set<string> {
  const found = new Set<string>();
  for (const manifest of paths.filter((p) => TEMPORAL_MANIFEST.test(p))) {
    for (const name of manifestFiles(read(manifest)) ?? []) {
      if (name.endsWith('.sql')) found.add(join(dirname(manifest), name));
    }
  }
  return found;
}

/** postgres-migrations' opt-out, read on the file's first comment lines. */
const OPT_OUT: TransactionOptOut = {
  directive: '`-- postgres-migrations disable-transaction`',
  verb: 'add',
  where: 'at the top of the file',
  scope: 'the file',
  edit: () => insertFirstLine('-- postgres-migrations disable-transaction'),
};

export const plain: Dialect = {
  framework: 'plain',
  runner: 'the migration runner',
  // Only a directory run by postgres-migrations reads the opt-out (see analyze's transactionReason).
  transactionOptOut: (source) => (source.transactionReason.includes(POSTGRES_MIGRATIONS) ? OPT_OUT : undefined),
  leaveTransaction: 'remove the surrounding BEGIN/COMMIT, or configure the runner not to wrap this file',
  leaveTransactionBy: 'opt-out',
  version: (path) => ({ version: splitVersion(basename(path)), repeatable: false }),
  analyze,
  directoryTraits: (texts) =>
    texts.some((t) => /^\s*--\s*postgres-migrations\s/m.test(t)) ? [POSTGRES_MIGRATIONS] : [],
  rank: manifestRank,
};
