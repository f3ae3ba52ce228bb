// What replaying one statement on the embedded PostgreSQL showed.

export type LockMode =
  | 'AccessShareLock'
  | 'RowShareLock'
  | 'RowExclusiveLock'
  | 'ShareUpdateExclusiveLock'
  | 'ShareLock'
  | 'ShareRowExclusiveLock'
  | 'ExclusiveLock'
  | 'AccessExclusiveLock';

export interface LockTaken {
  /** Qualified relation name (`public.users`, `public.users_pkey`). */
  relation: string;
  /** What the relation is; for an index, `table` names the table it belongs to. */
  relkind: 'table' | 'index' | 'sequence' | 'view' | 'matview' | 'other';
  /** Qualified table the lock is effectively on (the relation itself for a table). */
  table: string;
  mode: LockMode;
}

export interface PgErrorInfo {
  /** SQLSTATE, e.g. 42P01. */
  code: string;
  message: string;
  detail?: string;
  hint?: string;
  /** 1-based character position inside the statement, when PostgreSQL gives one. */
  position?: number;
}

export type StepOutcome =
  /** Ran and succeeded. */
  | 'ok'
  /** PostgreSQL rejected it. */
  | 'error'
  /** The embedded engine cannot run it (extension not shipped, platform role, superuser-only...). */
  | 'not-replayable'
  /** Not run: it could not parse, or it is a transaction-control statement the executor handled itself. */
  | 'skipped'
  /** Stopped by the review's time or memory bound. */
  | 'timeout';

export interface StepTrace {
  /** Repository-relative path of the file and statement index in it. */
  path: string;
  statementIndex: number;
  outcome: StepOutcome;
  error?: PgErrorInfo;
  /** Whether the statement ran inside a transaction block (explicit or the framework's). */
  inTransaction: boolean;
  /** Locks newly taken by this statement on user relations (system catalogs filtered out). */
  locks: LockTaken[];
  /** `trace` when read from pg_locks, `static` when taken from the lock table (statements that cannot run in a transaction). */
  lockSource: 'trace' | 'static';
  /** Qualified names of relations whose relfilenode changed: the table or index was rewritten. */
  rewritten: string[];
  /** Qualified table names created, altered (columns, indexes or constraints changed) and dropped. */
  created: string[];
  altered: string[];
  dropped: string[];
  /**
   * The session's search_path when the statement ran, as schema names in order (`"$user"`,
   * `pg_catalog` and `pg_temp` left out); absent when not read. Unqualified names resolve on it.
   */
  searchPath?: string[];
  /**
   * Qualified tables whose scan counters moved while the statement ran (sequential or index
   * scans read inside the transaction): the statement read the table's rows, e.g. to validate.
   */
  scanned?: string[];
  durationMs: number;
}
