// The settings a review runs with, after defaults and the config file are merged.
import type { Framework } from './migration-types.js';
import type { Severity } from './finding.js';

export type RuleSetting = Severity | 'off';
export type FailOn = 'error' | 'warning' | 'never';

export interface Config {
  /** Major version of the production PostgreSQL the migrations target (affects static knowledge). */
  postgresVersion: number;
  /** Globs of migration files; empty means the built-in defaults. */
  migrations: string[];
  /** Globs of query files (used by query review). */
  queries: string[];
  /** Force a framework instead of detecting it. */
  framework?: Framework;
  failOn: FailOn;
  /** Per-rule severity overrides. */
  rules: Record<string, RuleSetting>;
  /** too-many-indexes fires when a table ends the pull request with more indexes than this. */
  maxIndexesPerTable: number;
  /** large-table-change fires on locking or rewriting statements on tables with at least this many rows. */
  largeTableRows: number;
  /** Rows the query planner is told a table holds when tableRows does not list it. */
  assumedTableRows: number;
  /** Known production row counts by table (`orders` or `billing.invoices`), e.g. exported from pg_class.reltuples. */
  tableRows: Record<string, number>;
  /**
   * Repository-relative SQL file with the schema the first migration runs on (a `pg_dump
   * --schema-only` file, a Rails `structure.sql`), replayed before the base history.
   */
  baseSchema?: string;
  /**
   * Repository-relative baseline file (fingerprints of accepted findings); when unset, the
   * default `.pg-migration-review-baseline.json` is used if the repository has one.
   */
  baseline?: string;
  /** Replay bounds: per statement wall time and the replay's memory ceiling. */
  statementTimeoutMs: number;
  memoryLimitMb: number;
}

export const DEFAULT_CONFIG: Config = {
  postgresVersion: 18,
  migrations: [],
  queries: [],
  failOn: 'error',
  rules: {},
  maxIndexesPerTable: 10,
  largeTableRows: 1_000_000,
  assumedTableRows: 1_000_000,
  tableRows: {},
  statementTimeoutMs: 10_000,
  memoryLimitMb: 2048,
};
