// One replay of a migration history: the base files applied fast (base-batches.ts), the files
// under review run statement by statement in the transaction blocks production would run them in
// (transaction-state.ts), each step traced (step-trace.ts). The parts share the engine and what
// was read from it (session-state.ts). The session remembers the SQL that built the current
// database, so when the engine must be killed (time or memory limit) it restarts and rebuilds the
// same state without the statement that was stopped.
import type { Catalog } from '../core/catalog.js';
import type { TransactionModel } from '../core/migration-types.js';
import { batchEnd, replayBaseFiles, type BaseFile, type BaseFileProblem, type BaseStatement } from './base-batches.js';
import { EngineStoppedError, PgError, PgliteEngine } from './engine.js';
import { QueryProber } from './query-probe.js';
import type { TableStats } from './planner-stats.js';
import { SessionState } from './session-state.js';
import { StepTracer, type FileRun, type ReplayStatement } from './step-trace.js';
import { TransactionState } from './transaction-state.js';

export type { BaseFile, BaseFileProblem, BaseStatement } from './base-batches.js';
export type { FileRun, ReplayedStep, ReplayStatement } from './step-trace.js';
export { serverSideCopy } from './session-state.js';

export interface SessionOptions {
  /** SQL names of the extensions the migrations create. */
  extensions?: string[];
  statementTimeoutMs?: number;
  memoryLimitMb?: number;
  /** Roles to create before replay (platform roles such as Supabase's); none by default. */
  roles?: readonly string[];
  /** SQL that recreates what the platform provides before the first migration (after the roles). */
  prelude?: readonly string[];
  /** Start from this gzipped data directory (a cached base replay): roles and prelude are in it. */
  loadDataDir?: Uint8Array;
}

export class ReplaySession {
  /** Times the engine was restarted after a stopped statement. */
  restarts = 0;
  private readonly state: SessionState;
  private readonly transactions: TransactionState;
  private readonly tracer: StepTracer;
  /** Set once the first file under review starts (see startReviewSession). */
  private reviewSessionStarted = false;

  private constructor(
    readonly engine: PgliteEngine,
    private readonly roles: readonly string[],
    private readonly prelude: readonly string[],
  ) {
    this.state = new SessionState(engine, (err) => this.recover(err));
    this.transactions = new TransactionState(this.state);
    this.tracer = new StepTracer(this.state, this.transactions);
  }

  static async start(opts: SessionOptions = {}): Promise<ReplaySession> {
    const engine = await PgliteEngine.start({
      extensions: opts.extensions,
      statementTimeoutMs: opts.statementTimeoutMs,
      memoryLimitMb: opts.memoryLimitMb,
      ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
    });
    // A restart boots from the same data directory, which already holds the roles and prelude.
    const session = opts.loadDataDir ? new ReplaySession(engine, [], []) : new ReplaySession(engine, opts.roles ?? [], opts.prelude ?? []);
    await session.createRoles();
    return session;
  }

  async close(): Promise<void> {
    await this.engine.close();
  }

  /**
   * Runs `fn` with a QueryProber on the schema as it is now, with planner statistics for `tables`;
   * everything it does is rolled back. A stopped engine is rebuilt before the error goes on.
   */
  async probe<T>(tables: readonly TableStats[], fn: (prober: QueryProber) => Promise<T>): Promise<T> {
    const prober = await QueryProber.open(this.engine, tables);
    try {
      return await fn(prober);
    } finally {
      try {
        await prober.close();
      } catch (err) {
        await this.recover(err);
      }
    }
  }

  /**
   * Runs `fn` on the engine inside one transaction that is rolled back, so the database is left as
   * it was (sequences aside). A stopped engine is rebuilt before `fn`'s error goes on.
   */
  async rolledBack<T>(fn: (engine: PgliteEngine) => Promise<T>): Promise<T> {
    await this.startReviewSession();
    await this.engine.exec('BEGIN');
    try {
      return await fn(this.engine);
    } finally {
      try {
        await this.engine.exec('ROLLBACK');
      } catch (err) {
        await this.recover(err);
      }
    }
  }

  /**
   * The files under review run in a new session, as a deploy does: a session-level SET of a base
   * file (search_path above all) must not leak into them. It would only on a replay from empty,
   * not on one loaded from the cache, so the two would differ. A new session on PostgreSQL takes
   * the ALTER DATABASE / ALTER ROLE ... SET defaults (a platform's extensions schema on the path,
   * or the history's own); PGlite applies none of them, so they are applied here in PostgreSQL's
   * order of precedence: database and role, role, database.
   */
  private async startReviewSession(): Promise<void> {
    if (this.reviewSessionStarted) return;
    this.reviewSessionStarted = true;
    await this.engine.exec('RESET search_path');
    const rows = await this.engine.query<{ setconfig: string[] }>(
      `SELECT s.setconfig FROM pg_db_role_setting s
         WHERE s.setdatabase IN (0, (SELECT oid FROM pg_database WHERE datname = current_database()))
           AND s.setrole IN (0, (SELECT oid FROM pg_roles WHERE rolname = current_user))
           AND NOT (s.setdatabase = 0 AND s.setrole = 0)
         ORDER BY (s.setdatabase <> 0 AND s.setrole <> 0) DESC, (s.setrole <> 0) DESC`,
    );
    const path = rows
      .flatMap((r) => r.setconfig ?? [])
      .find((c) => c.toLowerCase().startsWith('search_path='));
    if (path !== undefined) {
      await this.engine.query(`SELECT set_config('search_path', $1, false)`, [path.slice('search_path='.length)]);
    }
    this.state.searchPath = undefined;
  }

  /**
   * Takes `catalog` as the schema now, without reading it: for a database loaded from a cached
   * base replay whose catalog was saved with it (same data directory, so the same oids).
   */
  assumeCatalog(catalog: Catalog): void {
    this.state.assumeCatalog(catalog);
  }

  /** The schema now (cached until the database changes). */
  catalog(): Promise<Catalog> {
    return this.state.catalog();
  }

  /**
   * Applies a file of the base history. Fast path: the whole file in one exec (one implicit
   * transaction). If it fails, or the file holds transaction control or statements that cannot
   * run in a transaction, each statement runs alone in autocommit, so that as much schema as
   * possible reaches later files. Returns the failures (context for the review, not findings).
   */
  async replayBaseFile(path: string, sql: string, statements?: BaseStatement[]): Promise<BaseFileProblem[]> {
    return (await this.replayBaseFiles([{ path, sql, statements }]))[0];
  }

  /** Applies files of the base history in order, as replayBaseFile does each, in batches (see base-batches.ts). */
  replayBaseFiles(files: readonly BaseFile[]): Promise<BaseFileProblem[][]> {
    return replayBaseFiles(this.state, files);
  }

  /**
   * Runs a file under review statement by statement and records what each one did (see
   * StepTracer.runFile). The file's effects stay in the database (committed), so the next file
   * sees them.
   */
  async runFile(path: string, statements: ReplayStatement[], model: TransactionModel): Promise<FileRun> {
    await this.startReviewSession();
    return this.tracer.runFile(path, statements, model);
  }

  /**
   * After a failure: a PostgreSQL error needs nothing (a failed exec rolls back its implicit
   * transaction; savepoints are handled by the caller). A stopped engine is restarted and the
   * log replayed; an open block is reopened with what it had done so far.
   */
  private async recover(err: unknown): Promise<void> {
    if (err instanceof PgError) return;
    if (!(err instanceof EngineStoppedError)) throw err;
    this.restarts++;
    this.state.catalogFresh = false;
    this.state.relations = undefined;
    this.state.searchPath = undefined;
    this.transactions.engineStopped();
    try {
      await this.engine.restart();
    } catch (restartErr) {
      // One more try once the stopped worker's memory is given back; a second failure is real.
      if (!(restartErr instanceof EngineStoppedError)) throw restartErr;
      await new Promise((resolve) => setTimeout(resolve, 500));
      await this.engine.restart();
    }
    // The roles, the prelude, the log and the open block already ran once within the limit:
    // rebuilding them on a busy machine may be slower, and stopping it would lose state that is
    // not the migration's fault.
    const rebuildMs = Math.max(this.engine.statementTimeoutMs * 10, 60_000);
    await this.createRoles(rebuildMs);
    const log = this.state.log;
    for (let i = 0; i < log.length; ) {
      const run = await this.engine.execEach(log.slice(i, batchEnd(log, i, (sql) => sql.length)), rebuildMs);
      i += run.completed;
      if (run.error && !(run.error instanceof PgError)) throw run.error;
      if (run.error) i++;
    }
    await this.transactions.rebuild(rebuildMs);
  }

  private async createRoles(timeoutMs?: number): Promise<void> {
    for (const role of this.roles) {
      await this.engine.exec(`DO $$ BEGIN CREATE ROLE "${role.replaceAll('"', '""')}" NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$`, timeoutMs);
    }
    for (const sql of this.prelude) await this.engine.exec(sql, timeoutMs);
  }
}
