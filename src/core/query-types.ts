// Application queries as the review sees them: where they come from, how they read after parameter
// normalization, and what preparing and planning them on the replayed database showed.
import type { Catalog } from './catalog.js';
import type { SqlStatement } from './sql-types.js';
import type { PgErrorInfo } from './trace-types.js';

/** How a query file names and separates its queries. */
export type QueryFormat = 'sqlc' | 'pgtyped' | 'named' | 'plain';

/** One query of a query file. */
export interface Query {
  file: string;
  /** From the annotation (`-- name: GetUser :one`, `/* @name GetUser *\/`, `-- name: get-user`); absent in plain files. */
  name?: string;
  /**
   * The statement parsed from the normalized text: parameters rewritten as `$n`, every line break
   * kept, so `span.line` and `span.endLine` are lines of the original file.
   */
  statement: SqlStatement;
  /** Parameter names in `$n` order (`$1` is params[0]); positional `$n` keep their number as name. */
  params: string[];
}

/** A query file read, normalized and split. */
export interface QueryFile {
  path: string;
  format: QueryFormat;
  /** The decoded original text. */
  text: string;
  /** Same length in lines as `text`, with tool parameters as `$n` (what PostgreSQL is given). */
  normalizedText: string;
  queries: Query[];
  /** `ignore-file` directives of the file. */
  fileIgnores: import('./sql-types.js').IgnoreDirective[];
}

/** One plan node, flattened from EXPLAIN (FORMAT JSON). */
export interface PlanNode {
  /** `Seq Scan`, `Index Scan`, `Index Only Scan`, `Bitmap Heap Scan`, `Sort`, `Nested Loop`, ... */
  type: string;
  /** Qualified relation for scans (`public.orders`). */
  relation?: string;
  alias?: string;
  index?: string;
  totalCost: number;
  rows: number;
  filter?: string;
  /** Depth in the plan tree (0 = root). */
  depth: number;
}

export interface PlanSummary {
  totalCost: number;
  nodes: PlanNode[];
}

/** Preparing (and planning) a query on one schema. */
export interface QueryProbe {
  ok: boolean;
  /** Why PREPARE failed; `position` is relative to the query's normalized text. */
  error?: PgErrorInfo;
  /** The generic plan, when the query compiled and could be planned. */
  plan?: PlanSummary;
}

/** One index of an advice. */
export interface AdvisedIndex {
  /** The name the advice gives it (unused in the schema). */
  name: string;
  table: string;
  columns: string[];
  include: string[];
  /** The statement to run in production: CREATE INDEX CONCURRENTLY ... */
  definition: string;
}

/** Indexes tried together on the ephemeral database that made the plan at least twice cheaper. */
export interface IndexAdvice {
  /** Only the indexes the improved plan uses. */
  indexes: AdvisedIndex[];
  before: PlanSummary;
  after: PlanSummary;
}

/** A query whose plan used an index the pull request drops. */
export interface PlanRegression {
  index: string;
  before: PlanSummary;
  after: PlanSummary;
}

/** A query under review with what the replay learned of it. */
export interface ReviewedQuery {
  /** An application query file, or a data-changing statement of a migration under review. */
  origin: 'query-file' | 'migration';
  file: string;
  name?: string;
  statement: SqlStatement;
  /** New or edited in the pull request (always true for migration DML, and in audits). */
  changed: boolean;
  /** The schema the query runs against: after the pull request (migration DML: just before it). */
  catalog: Catalog;
  /** Migration DML: the search_path it ran with (unqualified names resolve on it); else `public`. */
  searchPath?: string[];
  /** Planner row counts assumed per qualified table (the config's table-rows, else assumed-table-rows). */
  tableRows: Record<string, number>;
  /** PREPARE on the base schema (only for unchanged queries when migrations change). */
  base?: QueryProbe;
  /** PREPARE and EXPLAIN after the pull request. */
  head?: QueryProbe;
  advice?: IndexAdvice;
  regression?: PlanRegression;
  /** `ignore-file` directives of the query's file. */
  fileIgnores?: import('./sql-types.js').IgnoreDirective[];
}
