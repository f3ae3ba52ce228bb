// The contract each framework file fulfils: how its files are named, versioned, sectioned and run.
import type { Framework, TransactionModel } from '../../core/migration-types.js';
import type { Layouts } from '../layouts.js';

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

export interface Dialect {
  framework: Framework;
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
