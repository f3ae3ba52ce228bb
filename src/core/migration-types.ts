// Migration files as the migrations layer describes them: where they sit, how they sort, how they run.

export type Framework =
  | 'plain'
  | 'golang-migrate'
  | 'goose'
  | 'dbmate'
  | 'flyway'
  | 'prisma'
  | 'supabase'
  | 'sqitch'
  | 'sql-migrate'
  | 'sqlx'
  | 'pop'
  | 'hasura'
  | 'diesel';

export const FRAMEWORKS: readonly Framework[] = [
  'plain', 'golang-migrate', 'goose', 'dbmate', 'flyway', 'prisma', 'supabase', 'sqitch', 'sql-migrate', 'sqlx', 'pop', 'hasura', 'diesel',
];

/**
 * How the framework sends a file's reviewed part to PostgreSQL:
 * - `wrapped`: the runner opens a transaction around the file (goose, dbmate, Flyway, sql-migrate, ...);
 * - `implicit`: the file goes as one multi-statement query string, which PostgreSQL runs as one
 *   implicit transaction when it holds more than one statement (golang-migrate, Prisma);
 * - `none`: statement by statement in autocommit, like `psql -f` (plain SQL, sqitch, opted-out files).
 * Explicit BEGIN/COMMIT inside the file come on top of this.
 */
export type TransactionModel = 'wrapped' | 'implicit' | 'none';

export type FileStatus = 'added' | 'modified' | 'deleted' | 'renamed' | 'unchanged';

/** What the migrations layer knows of one file before parsing. */
export interface MigrationSource {
  /** Repository-relative POSIX path. */
  path: string;
  framework: Framework;
  /** Numeric parts of the version, compared element by element (`V1_10` -> [1, 10]); empty when unversioned. */
  version: number[];
  /** Flyway `R__` scripts and similar: applied after every versioned one, ordered by name. */
  repeatable: boolean;
  /** Position in the framework's apply order, set by ordering (0-based). */
  order: number;
  transaction: TransactionModel;
  /** Why the model was chosen, for messages: `-- +goose NO TRANSACTION`, `transaction:false`, ... */
  transactionReason: string;
  /** The whole file as read (a BOM kept, line endings kept). */
  text: string;
  /**
   * The same text with everything that is not reviewed ("down" sections, the framework's own
   * directives are kept as comments) replaced by spaces, newlines kept, so that string indexes
   * and lines are those of the original file. The sql layer parses this.
   */
  reviewedText: string;
  /** Framework markers seen, for reports: `goose Up`, `StatementBegin`, `NO TRANSACTION`, ... */
  directives: string[];
  /**
   * Set for a code migration (goose `.go`, Flyway `V3__x.java`): it has its place in the version
   * order, but the review cannot run it, so `text` and `reviewedText` are empty. What it would
   * have created is unknown: later failures on missing objects are its consequences.
   */
  code?: 'go' | 'java';
}
