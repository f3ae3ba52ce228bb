// diesel (Rust): `migrations/<version>_name/up.sql` with an optional `metadata.toml`, applied in
// the order of the version strings, each in its own transaction, recorded in __diesel_schema_migrations.
import { basename, dirname, join } from '../paths.js';
import type { DieselConfig } from './diesel-config.js';
import { parseVersionParts } from '../version.js';
import { optOutInstruction, type Dialect, type DialectFile, type FileAnalysis, type TransactionOptOut } from './dialect.js';

/** The folder diesel's CLI creates first: `00000000000000_diesel_initial_setup`. */
export const DIESEL_INITIAL_SETUP = '00000000000000_diesel_initial_setup';
/** diesel CLI's default folder names: `2024-01-31-120000_name`. */
const DIESEL_TIMESTAMP = /^\d{4}-\d{2}-\d{2}-\d{6}_/;
/** The version is the folder name up to its first `_`. */
const FOLDER = /^([^_]+)_/;

/** `<version>_name/up.sql`: the layout diesel and Hasura share. */
export function isUpSqlFolderPath(path: string): boolean {
  return basename(path) === 'up.sql' && /^\d[^_]*_/.test(basename(dirname(path)));
}

/**
 * Whether the migrations folder `dir` (holding `<version>_name/up.sql` folders) is diesel's:
 * a diesel.toml names it or sits above it, diesel's initial setup folder or its timestamp names
 * are there, a migration carries a `metadata.toml`, or a Rust crate (Cargo.toml) holds it.
 */
export function isDieselDirectory(dir: string, files: readonly string[], config: DieselConfig, exists: (path: string) => boolean): boolean {
  if (config.dirs.includes(dir)) return true;
  if (config.roots.some((root) => root === '' || dir === root || dir.startsWith(`${root}/`))) return true;
  if (exists(join(dir, DIESEL_INITIAL_SETUP, 'up.sql'))) return true;
  if (exists(join(dirname(dir), 'Cargo.toml'))) return true;
  return files.some((f) => DIESEL_TIMESTAMP.test(basename(dirname(f))) || exists(join(dirname(f), 'metadata.toml')));
}

/** The version string diesel sorts by (plain string order): the folder name before its first `_`. */
export function dieselVersionText(path: string): string {
  return FOLDER.exec(basename(dirname(path)))?.[1] ?? basename(dirname(path));
}

function analyze(file: DialectFile): FileAnalysis {
  const metadata = file.read(join(dirname(file.path), 'metadata.toml'));
  if (metadata && /^\s*run_in_transaction\s*=\s*false\s*(#.*)?$/m.test(metadata)) {
    return {
      reviewedText: file.text,
      transaction: 'none',
      transactionReason: 'run_in_transaction = false in metadata.toml: diesel runs this up.sql outside a transaction',
      directives: ['run_in_transaction = false'],
    };
  }
  return {
    reviewedText: file.text,
    transaction: 'wrapped',
    transactionReason: 'diesel runs each up.sql in its own transaction (unless metadata.toml sets run_in_transaction = false)',
    directives: [],
  };
}

/** The opt-out is in the migration's metadata.toml, which the review's fixes do not write. */
const OPT_OUT: TransactionOptOut = {
  directive: '`run_in_transaction = false`',
  verb: 'set',
  where: "in the migration's metadata.toml",
  scope: 'the migration',
};

export const diesel: Dialect = {
  framework: 'diesel',
  runner: 'diesel',
  transactionOptOut: () => OPT_OUT,
  leaveTransaction: optOutInstruction(OPT_OUT),
  leaveTransactionBy: 'manual',
  folderPerMigration: true,
  version: (path) => ({ version: parseVersionParts(dieselVersionText(path)), repeatable: false }),
  analyze,
};
