// The rule contract: a rule is data (meta) plus one pure function over the review's plain data.
import type { Catalog } from '../core/catalog.js';
import type { Config } from '../core/config.js';
import type { Fix, Layer, Severity, Verification } from '../core/finding.js';
import type { BaseMigration, ReviewedFile } from '../core/review-types.js';
import type { Framework } from '../core/migration-types.js';
import type { SqlStatement } from '../core/sql-types.js';
import type { ReviewedQuery } from '../core/query-types.js';

export interface RuleMeta {
  id: string;
  layer: Layer;
  severity: Severity;
  /** One line: what the rule flags. */
  summary: string;
  /** What PostgreSQL does and what users see. */
  why: string;
  /** SQL that triggers the rule, and SQL that does the same safely (docs and tests use both). */
  bad: string;
  good: string;
  /**
   * SQL of the applied history the examples assume (the tables they name), replayed as the base
   * branch. `bad` and `good` are each added as one plain numbered migration (run statement by
   * statement like psql) on top of it: the docs test checks bad fires and good does not.
   */
  setup?: string;
  /** The safe alternative per framework where it differs from `good` (the docs page lists them). */
  frameworks?: Partial<Record<Framework, string>>;
  /**
   * For rules about queries broken by migrations: a query file already on the base branch
   * (`db/queries/example.sql`); `bad` and `good` are then migrations. Query rules without it
   * (layer `query`, and query-invalid) take `bad` and `good` as that query file instead.
   */
  exampleQueries?: string;
  /** Config the examples need to fire (e.g. table statistics); the docs test merges it into the defaults. */
  exampleConfig?: Partial<Config>;
  /** Links to the PostgreSQL manual. */
  references: string[];
  fixable: boolean;
  /** What the rule reads besides the parse tree: the replayed catalog, the per-statement trace. */
  needs: ('catalog' | 'trace')[];
}

export interface RuleContext {
  mode: 'review' | 'audit';
  config: Config;
  /** Files under review in apply order (deleted files have no statements). */
  files: ReviewedFile[];
  /** The base branch's migrations in apply order (audit: those before the file under review). */
  baseHistory: BaseMigration[];
  /** Schema before the first file under review, and after the last. */
  baseCatalog: Catalog;
  finalCatalog: Catalog;
  /** Queries under review: application query files and the DML of migrations under review. */
  queries: ReviewedQuery[];
  /**
   * `.sql` files the pull request adds or changes that are neither migrations nor query files
   * and not left out on purpose (see src/review/sql-coverage.ts); absent in audits.
   */
  unreviewedSqlFiles?: readonly string[];
  /**
   * Migration files the fixes of this review already propose (filled as rules run), so that two
   * fixes never give their new files one version.
   */
  proposedMigrations?: BaseMigration[];
}

/** What a rule returns; the review adds id, layer, severity, ignores and the docs link. */
export interface FindingDraft {
  file: string;
  /** The statement the finding is about: its span gives line, column and end line. */
  statement?: SqlStatement;
  /** Where there is no statement (a deleted file): the line, default 1. */
  line?: number;
  /**
   * The part of the statement the finding is about, when narrower than the statement (a column of
   * a multi-line CREATE TABLE): the finding's lines, so a one-line fix becomes a review suggestion.
   */
  span?: { line: number; endLine: number };
  message: string;
  help: string;
  /** Preformatted evidence (query plans before and after), shown as a code block. */
  evidence?: string;
  fix?: Fix;
  verified: Verification;
  /** Overrides the rule's default (e.g. out-of-order lowered to warning for frameworks that apply missing versions). */
  severity?: Severity;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): FindingDraft[];
}
