// One review as data: the files under review with their replayed statements, and the outcome.
import type { Catalog } from './catalog.js';
import type { Config } from './config.js';
import type { Finding, Layer, Severity, Verdict } from './finding.js';
import type { FileStatus, Framework, MigrationSource } from './migration-types.js';
import type { IgnoreDirective, SqlStatement } from './sql-types.js';
import type { PgErrorInfo, StepTrace } from './trace-types.js';
import type { QueryFormat } from './query-types.js';

export interface ReviewedStatement {
  statement: SqlStatement;
  /** Runs inside a transaction block (the framework's, an implicit one, or an explicit BEGIN). */
  inTransaction: boolean;
  /** Statements of the same transaction block share this number; null outside any block. */
  transactionId: number | null;
  /** What replay saw; absent when replay did not run (syntax error, deleted file). */
  trace?: StepTrace;
  /** Schema just before and just after this statement. */
  before: Catalog;
  after: Catalog;
  /** A statement earlier in the file could not be replayed, so replay-based facts may be incomplete. */
  afterReplayGap: boolean;
  /**
   * Set when the statement succeeded on the replayed (empty) tables but failed with a data error
   * when the pull request ran again on synthetic existing rows (see src/review/replay/existing-rows-replay.ts).
   */
  withRows?: WithRowsFailure;
  /**
   * The statement failed on a missing object after a knowledge gap of the history: a code
   * migration the review cannot run, or a history that does not start from an empty database.
   */
  knowledgeGap?: { kind: 'code' | 'history'; path: string; line: number; detail: string };
  /**
   * The statement failed on an object production has and the replay lacks: past a knowledge gap,
   * or made by a base migration that did not replay. Rules judge such a table as existing.
   */
  failedOnBaseObject?: true;
}

/**
 * How the synthetic rows hold a column: NULL, the column's constant default, values distinct per
 * row (invented, or drawn from a sequence), a referenced parent row's key, or one invented value
 * repeated (arrays: `{}`).
 */
export type SyntheticShape = 'null' | 'default' | 'distinct' | 'sequence' | 'reference' | 'repeated';

export interface SyntheticColumn {
  name: string;
  attnum: number;
  shape: SyntheticShape;
  /** For `default`: the default's text (pg_get_expr). */
  value?: string;
}

/** A pre-existing table given synthetic rows for the second replay. */
export interface SyntheticTable {
  /** Qualified name at the base. */
  table: string;
  oid: number;
  rows: number;
  columns: SyntheticColumn[];
}

export interface WithRowsFailure {
  /** PostgreSQL's error on the second replay. */
  error: PgErrorInfo;
  /** The tables that held synthetic rows (the row shapes that may have broken it). */
  tables: SyntheticTable[];
}

export interface ReviewedFile {
  source: MigrationSource;
  status: FileStatus;
  /** For a rename: the path on the base branch. */
  previousPath?: string;
  statements: ReviewedStatement[];
  fileIgnores: IgnoreDirective[];
}

/** A migration of the base branch, for ordering and edit checks. */
export interface BaseMigration {
  path: string;
  framework: Framework;
  version: number[];
  repeatable: boolean;
  /** Hash of the file's content at the base. */
  sha: string;
}

export interface BaseReplayProblem {
  path: string;
  line: number;
  message: string;
  /** Set for problems of query review (an unreadable sqlc config, query checks stopped) and of the configured base-schema file. */
  about?: 'queries' | 'base-schema';
}

export interface FileVerdict {
  path: string;
  /** The migration framework, or for a query file its format (`sqlc queries`). */
  framework: Framework | `${QueryFormat} queries`;
  status: FileStatus;
  verdict: Verdict;
  statements: number;
}

export interface ReviewStats {
  baseFiles: number;
  files: number;
  statements: number;
  /** Queries checked: of query files and data changes in migrations. */
  queries: number;
  /** Base-snapshot cache: the base replay was reused (hit), made and saved (miss), or no cache (off). */
  cache?: 'hit' | 'miss' | 'off';
  /** Key of the base snapshot (for actions/cache and the like). */
  cacheKey?: string;
  /** Why the cache missed or could not be saved. */
  cacheNote?: string;
  /**
   * The second replay on synthetic existing rows: pre-existing tables the pull request touches
   * that were filled, and those that could not be (an insert failed). Absent when it did not run.
   */
  syntheticRows?: { tables: number; skipped: number; skippedTables: { table: string; reason: string }[] };
  /**
   * Where the replayed history stops knowing the schema: code migrations it cannot run, and the
   * first failure of a history that does not start from an empty database (`consequences`: later
   * base failures that follow from it, not listed). Absent when there is none.
   */
  knowledgeGaps?: { kind: 'code' | 'history'; path: string; line: number; detail: string; consequences: number }[];
  /**
   * Set when no migration was found anywhere in the repository (head tree): nothing was
   * replayed, and the verdict is never pass. `reason` says what was looked for and what to set.
   */
  noMigrations?: { reason: string; sqlFiles: number };
  /** The baseline applied: its file, how many entries it holds and how many findings it matched. */
  baseline?: { path: string; entries: number; matched: number };
  /** Milliseconds per phase: discovery, parse, base-replay, replay, queries, rules, report. */
  timings: Record<string, number>;
}

/** A rule as the reports describe it (SARIF's rule list): its meta, without the SQL examples' setup. */
export interface RuleSummary {
  id: string;
  layer: Layer;
  /** The rule's default severity (a config or the rule itself may set another per finding). */
  severity: Severity;
  /** One line: what the rule flags. */
  summary: string;
  /** What PostgreSQL does and what users see. */
  why: string;
  /** SQL the rule flags, and SQL that does the same safely. */
  bad: string;
  good: string;
  /** The rule's page in this project's docs. */
  docs: string;
}

export interface Review {
  mode: 'review' | 'audit';
  verdict: Verdict;
  files: FileVerdict[];
  findings: Finding[];
  /** The rules the review applied, in the order it ran them (those a config turns off included). */
  rules: RuleSummary[];
  /** Base files that failed to replay: context, not findings. */
  baseProblems: BaseReplayProblem[];
  /** Every replayed statement's trace, in order. */
  traces: StepTrace[];
  stats: ReviewStats;
  config: Config;
  /** Schema before the first file under review and after the last (audit: of the whole history). */
  schema: { before: Catalog; after: Catalog };
}
