// The contract each framework file fulfils: how its files are named, versioned, sectioned and run,
// and how its runner is named and let out of its transaction (what messages and fixes say of it).
import type { TextEdit } from '../../core/finding.js';
import type { Framework, MigrationSource, TransactionModel } from '../../core/migration-types.js';
import type { DieselConfig } from './diesel-config.js';
import type { FlywayConfig } from './flyway-config.js';
import type { SqitchLayout } from './sqitch-conf.js';

/** Project files that say where migrations live and how they are ordered (read by src/migrations/layouts.ts). */
export interface Layouts {
  sqitch: SqitchLayout[];
  diesel: DieselConfig;
  flyway: FlywayConfig[];
  /** Scripts a temporal-sql-tool `versioned/vX.Y/manifest.json` lists (applied by the plain dialect's rank). */
  temporal: ReadonlySet<string>;
}

/** One file as a dialect sees it, with read-only access to its neighbours. */
export interface DialectFile {
  path: string;
  text: string;
  /** Reads another file of the same input (`V1__x.sql.conf`, `metadata.toml`); undefined when absent. */
  read: (path: string) => string | undefined;
  /** Whether a path is part of the input (sibling lookups without reading). */
  exists: (path: string) => boolean;
  /** Facts that hold for the file's whole migrations directory (see `Dialect.directoryTraits`). */
  traits: ReadonlySet<string>;
}

export interface FileAnalysis {
  /** The text with the parts the framework does not apply on "up" blanked (see MigrationSource). */
  reviewedText: string;
  transaction: TransactionModel;
  transactionReason: string;
  directives: string[];
}

export interface VersionInfo {
  version: number[];
  repeatable: boolean;
}

/** A framework's switch that makes its runner apply one migration outside a transaction. */
export interface TransactionOptOut {
  /** The switch as written (markdown): `` `-- +goose NO TRANSACTION` ``, ``the `.autocommit` file suffix``. */
  directive: string;
  /** The verb that applies it: add, write, put, set, give the migration. */
  verb: string;
  /** Where it goes, when the directive does not say: `at the top of the file`, ``in the script's .conf file``. */
  where?: string;
  /** What then runs outside a transaction: `the file`, `the up part`. */
  scope: string;
  /**
   * The edit of the migration's text that applies it, where it lives in the text (not in a .conf,
   * a metadata.toml or the file name); undefined when the text lacks the line it rewrites.
   */
  edit?(text: string): TextEdit | undefined;
}

/** How a statement that cannot run in a transaction block gets out of the runner's transaction. */
export type LeaveTransactionBy =
  /** The file's opt-out, when the rest of the file may run outside a transaction too; else a migration of its own. */
  | 'opt-out'
  /** The runner runs a script made only of such statements outside a transaction (Flyway). */
  | 'own-script'
  /** A file holding only that statement is not wrapped (one query string); else a migration of its own. */
  | 'alone-in-file'
  /** Only in a new migration of its own, opted out. */
  | 'new-migration'
  /** No way the review can write: messages say what to do. */
  | 'manual';

export interface Dialect {
  framework: Framework;
  /** How messages name the runner: `goose`, `Flyway`, `the Supabase CLI`, `the migration runner`. */
  runner: string;
  /** The switch out of the runner's transaction that applies to this file, if the framework has one. */
  transactionOptOut?(source: Pick<MigrationSource, 'transactionReason'>): TransactionOptOut | undefined;
  /**
   * How one statement runs outside the runner's transaction, as an instruction for help texts
   * (lower case, no final stop): the opt-out's instruction where that is the way.
   */
  leaveTransaction: string;
  /**
   * The schema file the framework generates its migrations from (`schema.prisma`): an edit of the
   * generated SQL alone is undone by the next generated migration, so advice is given in its terms.
   */
  generatedFrom?: string;
  /** Its migrations are folders (`<version>_name/up.sql`, `<timestamp>_name/migration.sql`), versioned by the folder's name. */
  folderPerMigration?: boolean;
  /** How the review's fixes take such a statement out of the transaction (src/rules/fixes/leave-transaction.ts). */
  leaveTransactionBy: LeaveTransactionBy;
  /**
   * The runner applies every unapplied migration whatever its version (dbmate unless --strict,
   * Prisma's migrate deploy), so one older than the last applied runs late instead of never.
   */
  appliesMissingVersions?: boolean;
  /** Version parts from the file name (or its per-migration folder). */
  version(path: string): VersionInfo;
  analyze(file: DialectFile): FileAnalysis;
  /** Facts read once from all texts of a directory (postgres-migrations style markers, ...). */
  directoryTraits?(texts: readonly string[]): string[];
  /** Apply position given by a file beside the migrations (sqitch.plan, manifest.json), if any. */
  rank?(path: string, read: (path: string) => string | undefined, layouts: Layouts): number | undefined;
  /**
   * The folder whose files form one apply sequence, when the project's layout says so (sqitch:
   * the deploy folder, nested change folders included); else `directoryOf` decides.
   */
  sequence?(path: string, layouts: Layouts): string | undefined;
}

/** A dialect whose files are reviewed whole and always run the same way. */
export function wholeFile(transaction: TransactionModel, transactionReason: string) {
  return (file: DialectFile): FileAnalysis => ({
    reviewedText: file.text,
    transaction,
    transactionReason,
    directives: [],
  });
}

/** The opt-out as an instruction: add `-- +goose NO TRANSACTION` at the top of the file. */
export function optOutInstruction(optOut: TransactionOptOut): string {
  return `${optOut.verb} ${optOutPhrase(optOut)}`;
}

/** The opt-out as a noun phrase: `-- +goose NO TRANSACTION` at the top of the file. */
export function optOutPhrase(optOut: TransactionOptOut): string {
  return optOut.where ? `${optOut.directive} ${optOut.where}` : optOut.directive;
}

/** The first line matching `pattern`, with its index (0-based), for edits that rewrite a marker line. */
export function lineMatching(text: string, pattern: RegExp): { index: number; text: string } | undefined {
  const lines = text.split(/\r?\n/);
  const index = lines.findIndex((l) => pattern.test(l));
  return index < 0 ? undefined : { index, text: lines[index] };
}

/** A line inserted before the file's first line (an opt-out marker). */
export function insertFirstLine(marker: string): TextEdit {
  return { line: 1, endLine: 0, replacement: marker };
}
