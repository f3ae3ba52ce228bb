// One replay of a migration history: the base files applied fast, the files under review traced
// statement by statement (locks, rewrites, catalog before/after). The session remembers the SQL
// that built the current database, so when the engine must be killed (time or memory limit) it
// restarts and rebuilds the same state without the statement that was stopped.
import { lineOfCharPosition } from '../core/positions.js';
import type { Catalog } from '../core/catalog.js';
import { emptyCatalog } from '../core/catalog.js';
import type { TransactionModel } from '../core/migration-types.js';
import type { BaseReplayProblem } from '../core/review-types.js';
import type { LockTaken, PgErrorInfo, StepTrace } from '../core/trace-types.js';
import { notReplayableReason } from './classify-error.js';
import { diffTables, shareUnchanged } from './catalog-diff.js';
import { readCatalog, readRelations, readStepState, scannedTables, type RelationInfo } from './catalog-query.js';
import { EngineStoppedError, PgError, PgliteEngine } from './engine.js';
import { staticLocks } from './static-locks.js';
import { mayChangeSearchPath, parseSearchPath } from './search-path.js';
import { QueryProber } from './query-probe.js';
import type { TableStats } from './planner-stats.js';

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

/** A statement of a base file, for the statement-by-statement retry. */
export interface BaseStatement {
  text: string;
  /** 1-based line of the statement's first token in the file. */
  line: number;
  /** Parse tree node type (`TransactionStmt`, ...); transaction control is recognised by it. */
  kind?: string;
  nonTransactional?: boolean;
  /** Never sent to the engine (see serverSideCopy): reported as not replayable. */
  serverSideCopy?: boolean;
}

/** A file of the base history: its text, and its statements when it parsed. */
export interface BaseFile {
  path: string;
  sql: string;
  statements?: BaseStatement[] | undefined;
}

/**
 * A base file runs whole, in one exec, when its statements are known and none controls the
 * transaction or refuses to run in one (see unparsedBaseFile for a file without statements).
 */
function onFastPath(file: BaseFile): boolean {
  return file.statements !== undefined && !file.statements.some((s) => s.nonTransactional || s.serverSideCopy || isTransactionControl(s));
}

const SERVER_SIDE_COPY: PgErrorInfo = { code: '0A000', message: 'COPY with a server-side file or PROGRAM is not run by the review' };

/** A text of the base history run on its own: a whole file, or one statement of a file that cannot run whole. */
interface BaseUnit {
  file: number;
  text: string;
  statement?: BaseStatement;
}

/** How many texts go to the engine in one request, at most (a message is copied whole). */
const BATCH_TEXTS = 200;
const BATCH_CHARS = 1 << 20;

/** End (exclusive) of the batch starting at `start`: items while `size` accepts them (returns their length), within the bounds. */
function batchEnd<T>(items: readonly T[], start: number, size: (item: T) => number | undefined): number {
  let end = start;
  for (let chars = 0; end < items.length && end - start < BATCH_TEXTS && chars < BATCH_CHARS; end++) {
    const n = size(items[end]);
    if (n === undefined) break;
    chars += n;
  }
  return end;
}

/** A statement of a file under review, as the tracer needs it. */
export interface ReplayStatement {
  index: number;
  text: string;
  /** Parse tree node type; `Unparsed` statements are not run. */
  kind: string;
  line: number;
  /** Cannot run inside a transaction block (CREATE INDEX CONCURRENTLY, VACUUM, ...). */
  nonTransactional: boolean;
  /** For `TransactionStmt`: its kind (`TRANS_STMT_BEGIN`, `TRANS_STMT_COMMIT`, ...). */
  transactionKind?: string;
  /** Parse tree (`{ IndexStmt: {...} }`), for the static lock table. */
  ast?: unknown;
}

export interface BaseFileProblem extends BaseReplayProblem {
  code: string;
  /** The engine, not the migration, is at fault (missing extension or role, ...). */
  notReplayable: boolean;
}

export interface ReplayedStep {
  statementIndex: number;
  trace: StepTrace;
  /** Statements of the same transaction block (as production runs the file) share this number. */
  transactionId: number | null;
  before: Catalog;
  after: Catalog;
}

export interface FileRun {
  steps: ReplayedStep[];
  /** Failures that belong to no statement: the file's final COMMIT (deferred constraints). */
  problems: { line: number; message: string; error: PgErrorInfo }[];
  catalog: Catalog;
}

interface PendingEntry { sql: string; savepoint?: string }

/** A step's trace, and which tables' catalog entries it may have changed ('all' when unknown). */
interface StepResult { trace: StepTrace; touched: Set<number> | 'all' }

type BlockKind = 'framework' | 'explicit';
interface Block {
  kind: BlockKind;
  id: number;
  pending: PendingEntry[];
  /** Locks the block holds after its last traced step, when known (saves a query per step). */
  held?: LockTaken[];
  /** Scan counters of the relations in `held`, read with them. */
  scans?: Map<number, number>;
  /**
   * Whether a relation missing from `scans` still has a zero counter: false once a scan may have
   * been rolled back (a failed statement, ROLLBACK TO SAVEPOINT) or the engine restarted, after
   * which the block's steps record no `scanned`.
   */
  scansKnown: boolean;
  /** A statement of the block may have set search_path (SET LOCAL reverts at the block's end, SET at ROLLBACK). */
  setsPath?: boolean;
}

const STEP_SAVEPOINT = 'pg_migration_review_step';

const TRANSACTION_CONTROL = /^\s*(begin|start\s+transaction|commit|end|rollback|abort|savepoint|release|prepare\s+transaction)\b/i;

function isTransactionControl(s: { kind?: string; text: string }): boolean {
  return s.kind !== undefined ? s.kind === 'TransactionStmt' : TRANSACTION_CONTROL.test(s.text);
}


function errorInfo(err: unknown): PgErrorInfo {
  if (err instanceof PgError) return err.info;
  if (err instanceof EngineStoppedError) return { code: '57014', message: err.message };
  return { code: 'XX000', message: err instanceof Error ? err.message : String(err) };
}

export class ReplaySession {
  /** Times the engine was restarted after a stopped statement. */
  restarts = 0;
  /** SQL that rebuilds the committed state, in order. */
  private readonly log: string[] = [];
  private block: Block | undefined;
  private nextTransactionId = 1;
  private current: Catalog = emptyCatalog();
  private catalogFresh = false;
  /** User relations as of the last traced step; dropped whenever other SQL runs. */
  private relations: Map<number, RelationInfo> | undefined;
  /** The session's search_path as last read; undefined when something may have changed it. */
  private searchPath: string[] | undefined;
  /** Set once the first file under review starts (see startReviewSession). */
  private reviewSessionStarted = false;

  private constructor(
    readonly engine: PgliteEngine,
    private readonly roles: readonly string[],
    private readonly prelude: readonly string[],
  ) {}

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

  /** The database as a gzipped data directory; call between files (no transaction open). */
  dump(): Promise<Uint8Array> {
    return this.engine.dump();
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
    this.searchPath = undefined;
  }

  /**
   * Takes `catalog` as the schema now, without reading it: for a database loaded from a cached
   * base replay whose catalog was saved with it (same data directory, so the same oids).
   */
  assumeCatalog(catalog: Catalog): void {
    this.current = catalog;
    this.catalogFresh = true;
  }

  /** The schema now (cached until the database changes). */
  async catalog(): Promise<Catalog> {
    if (!this.catalogFresh) {
      this.current = shareUnchanged(this.current, await readCatalog(this.engine));
      this.catalogFresh = true;
    }
    return this.current;
  }

  /**
   * The schema after a statement: only the tables it touched are read again when that is known
   * (a full read of 100 tables costs 70 to 250 ms, one table about 8 ms); the rest is shared
   * with the previous snapshot.
   */
  private async refreshCatalog(touched: Set<number> | 'all', kind?: string): Promise<Catalog> {
    if (touched === 'all') {
      this.catalogFresh = false;
      return this.catalog();
    }
    // Nothing locked or changed (SET lock_timeout first in a file): the schema is as it was,
    // unless the statement adds or drops an extension, which locks no table.
    if (touched.size === 0 && kind !== 'CreateExtensionStmt' && kind !== 'DropStmt') {
      this.catalogFresh = true;
      return this.current;
    }
    const partial = await readCatalog(this.engine, { tableOids: [...touched] });
    const tables = { ...this.current.tables };
    for (const [key, t] of Object.entries(tables)) if (touched.has(t.oid)) delete tables[key];
    Object.assign(tables, partial.tables);
    this.current = shareUnchanged(this.current, { tables, extensions: partial.extensions });
    this.catalogFresh = true;
    return this.current;
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

  /**
   * Applies files of the base history in order, as replayBaseFile does each: what would be sent
   * one request at a time (whole files, or the statements of a file that cannot run whole) goes
   * to the engine in batches, one round trip for many, each text still its own transaction.
   * Returns each file's failures.
   */
  async replayBaseFiles(files: readonly BaseFile[]): Promise<BaseFileProblem[][]> {
    this.catalogFresh = false;
    this.relations = undefined;
    const problems: BaseFileProblem[][] = files.map(() => []);
    // What runs, in order: fast-path files whole, the others statement by statement.
    const units: BaseUnit[] = [];
    const statementUnits = (i: number): BaseUnit[] => {
      const file = files[i];
      const out: BaseUnit[] = [];
      for (const statement of file.statements ?? []) {
        if (statement.serverSideCopy) problems[i].push(this.problem(file.path, statement.line, SERVER_SIDE_COPY));
        else if (!isTransactionControl(statement)) out.push({ file: i, text: statement.text, statement });
      }
      return out;
    };
    const flush = async (): Promise<void> => {
      for (let i = 0; i < units.length; ) {
        const run = await this.engine.execEach(units.slice(i, batchEnd(units, i, (u) => u.text.length)).map((u) => u.text));
        this.log.push(...units.slice(i, i + run.completed).map((u) => u.text));
        i += run.completed;
        if (!run.error) continue;
        await this.recover(run.error);
        const { file, statement } = units[i];
        if (statement) {
          const info = errorInfo(run.error);
          problems[file].push(this.problem(files[file].path, lineOfCharPosition(statement.text, info.position, statement.line), info));
          i++;
        } else {
          // A whole file failed: it runs again statement by statement, so that what works of it
          // reaches later files. It may have opened a block of its own before failing.
          if (run.error instanceof PgError) await this.engine.exec('ROLLBACK');
          units.splice(i, 1, ...statementUnits(file));
        }
      }
      units.length = 0;
    };
    for (const [i, file] of files.entries()) {
      if (!file.statements) {
        await flush();
        problems[i] = await this.unparsedBaseFile(file);
      } else if (onFastPath(file)) {
        units.push({ file: i, text: file.sql });
      } else {
        units.push(...statementUnits(i));
      }
    }
    await flush();
    return problems;
  }

  /**
   * A base file given without its statements runs whole; what failed is placed by the error's
   * position. A file that BEGINs without COMMIT is closed like the runner's next file would.
   */
  private async unparsedBaseFile(file: BaseFile): Promise<BaseFileProblem[]> {
    try {
      await this.engine.exec(file.sql);
      this.log.push(file.sql);
      await this.engine.exec('COMMIT');
      return [];
    } catch (err) {
      await this.recover(err);
      if (err instanceof PgError) await this.engine.exec('ROLLBACK');
      const info = errorInfo(err);
      return [this.problem(file.path, lineOfCharPosition(file.sql, info.position), info)];
    }
  }

  /**
   * Runs a file under review statement by statement and records what each one did. The file's
   * effects stay in the database (committed), so the next file sees them.
   *
   * Transaction handling follows production: `wrapped`, and `implicit` with more than one
   * statement, run in one block; `none` runs each statement alone unless the file's own BEGIN
   * opens a block. Inside a block each statement runs under a savepoint, so a failing one is
   * recorded and the rest still run. Statements that cannot run in a block are run outside it
   * (the block is committed and reopened) and their locks come from the static table.
   */
  async runFile(path: string, statements: ReplayStatement[], model: TransactionModel): Promise<FileRun> {
    const frameworkWraps = model === 'wrapped' || (model === 'implicit' && statements.length > 1);
    const problems: FileRun['problems'] = [];
    const steps: ReplayedStep[] = [];
    await this.startReviewSession();
    let catalog = await this.catalog();
    // Whatever ran since the last file (base files, probes) may have set the path.
    this.searchPath = undefined;
    if (frameworkWraps) await this.openBlock('framework');

    for (const [i, s] of statements.entries()) {
      const before = catalog;
      const inBlock = this.block !== undefined;
      const searchPath = await this.currentSearchPath();
      const base: StepTrace = {
        path, statementIndex: s.index, outcome: 'skipped', inTransaction: inBlock, locks: [], lockSource: 'trace',
        rewritten: [], created: [], altered: [], dropped: [], durationMs: 0, ...(searchPath ? { searchPath } : {}),
      };
      let transactionId = this.block?.id ?? null;
      let trace: StepTrace;
      let touched: Set<number> | 'all' = new Set();
      if (serverSideCopy(s)) {
        // PGlite answers OK without running anything and then hangs: never sent.
        trace = { ...base, outcome: 'not-replayable', error: SERVER_SIDE_COPY };
      } else if (s.kind === 'Unparsed' || isSetTransaction(s)) {
        // SET TRANSACTION must precede every query of its transaction, and the tracer's own
        // queries come first; the isolation level changes nothing on a single connection.
        trace = base;
      } else if (s.kind === 'TransactionStmt') {
        const more = i < statements.length - 1;
        trace = await this.transactionControl(s, base, model === 'implicit' && more);
        // A BEGIN belongs to the block it opens.
        transactionId ??= this.block?.id ?? null;
        // A ROLLBACK (TO SAVEPOINT) undoes schema changes: the next step starts from a fresh read.
        if (!this.catalogFresh) catalog = await this.catalog();
      } else {
        ({ trace, touched } = s.nonTransactional
          ? await this.outsideBlock(s, base)
          : this.block
            ? await this.tracedInBlock(s, base)
            : await this.tracedAlone(s, base));
      }
      if (s.kind !== 'TransactionStmt' && mayChangeSearchPath(s)) {
        this.searchPath = undefined;
        if (this.block) this.block.setsPath = true;
      }
      if (trace.outcome === 'ok') {
        catalog = await this.refreshCatalog(INCREMENTAL_KINDS.has(s.kind) ? touched : 'all', s.kind);
        Object.assign(trace, diffTables(before, catalog));
      }
      steps.push({ statementIndex: s.index, trace, transactionId, before, after: catalog });
    }

    if (this.block) {
      const line = statements.at(-1)?.line ?? 1;
      try {
        await this.commitBlock();
      } catch (err) {
        // The block is gone (COMMIT failed: deferred constraints); what it did is lost.
        await this.recover(err);
        problems.push({ line, message: `COMMIT failed: ${errorInfo(err).message}`, error: errorInfo(err) });
        this.catalogFresh = false;
        catalog = await this.catalog();
      }
    }
    return { steps, problems, catalog };
  }

  // --- transaction blocks -------------------------------------------------------------------

  private async openBlock(kind: BlockKind, id?: number): Promise<void> {
    // Scan counters left by earlier transactions are flushed at the end of a request run outside
    // a transaction (pgstat_report_stat): forced now, so every counter starts the block at 0.
    await this.engine.exec('SELECT pg_stat_force_next_flush()');
    await this.engine.exec('BEGIN');
    // A new transaction holds no locks on user relations yet.
    this.block = { kind, id: id ?? this.nextTransactionId++, pending: [], held: [], scans: new Map(), scansKnown: true };
  }

  private async commitBlock(): Promise<void> {
    const block = this.block;
    if (!block) return;
    this.block = undefined;
    if (block.setsPath) this.searchPath = undefined;
    await this.engine.exec('COMMIT');
    for (const p of block.pending) if (!p.savepoint) this.log.push(p.sql);
  }

  private async rollbackBlock(): Promise<void> {
    if (!this.block) return;
    if (this.block.setsPath) this.searchPath = undefined;
    this.block = undefined;
    this.catalogFresh = false;
    this.relations = undefined;
    await this.engine.exec('ROLLBACK');
  }

  /** BEGIN, COMMIT, ROLLBACK, SAVEPOINT...: handled here, as PostgreSQL would treat them in this file. */
  private async transactionControl(s: ReplayStatement, trace: StepTrace, reopenImplicit: boolean): Promise<StepTrace> {
    const kind = s.transactionKind ?? guessTransactionKind(s.text);
    try {
      switch (kind) {
        case 'TRANS_STMT_BEGIN':
        case 'TRANS_STMT_START':
          // Inside a block PostgreSQL only warns ("already a transaction in progress").
          if (!this.block) await this.openBlock('explicit');
          trace.inTransaction = true;
          return trace;
        case 'TRANS_STMT_COMMIT':
        case 'TRANS_STMT_ROLLBACK': {
          if (!this.block) return trace; // PostgreSQL warns "there is no transaction in progress".
          if (kind === 'TRANS_STMT_COMMIT') await this.commitBlock();
          else await this.rollbackBlock();
          // In one multi-statement query string, what follows a COMMIT is a new implicit block.
          if (reopenImplicit) await this.openBlock('framework');
          trace.inTransaction = true;
          return trace;
        }
        case 'TRANS_STMT_SAVEPOINT':
        case 'TRANS_STMT_RELEASE':
        case 'TRANS_STMT_ROLLBACK_TO': {
          await this.engine.exec(s.text);
          this.trackSavepoint(kind, s);
          return trace;
        }
        default:
          await this.engine.exec(s.text);
          return trace;
      }
    } catch (err) {
      await this.recover(err);
      const info = errorInfo(err);
      return { ...trace, outcome: err instanceof EngineStoppedError ? 'timeout' : 'error', error: info };
    }
  }

  private trackSavepoint(kind: string, s: ReplayStatement): void {
    const pending = this.block?.pending;
    if (!pending) return;
    const name = savepointName(s);
    if (kind === 'TRANS_STMT_SAVEPOINT') {
      pending.push({ sql: s.text, savepoint: name });
      return;
    }
    let at = -1;
    for (let k = pending.length - 1; k >= 0; k--) if (pending[k].savepoint === name) { at = k; break; }
    if (at < 0) return;
    if (kind === 'TRANS_STMT_ROLLBACK_TO') {
      pending.length = at + 1;
      this.catalogFresh = false;
      this.relations = undefined;
      this.searchPath = undefined;
      this.block!.held = undefined;
      this.block!.scansKnown = false;
    } else {
      // RELEASE: the savepoint and later ones are gone; their statements stay.
      for (let k = pending.length - 1; k >= at; k--) if (pending[k].savepoint) pending.splice(k, 1);
    }
  }

  // --- traced execution ---------------------------------------------------------------------

  /** A statement inside the open block, under a savepoint: locks = held after minus held before. */
  private async tracedInBlock(s: ReplayStatement, trace: StepTrace): Promise<StepResult> {
    const block = this.block!;
    let relsBefore: Map<number, RelationInfo>;
    let locksBefore: LockTaken[];
    let scansBefore: Map<number, number>;
    try {
      if (this.relations && block.held && block.scans) {
        relsBefore = this.relations;
        locksBefore = block.held;
        scansBefore = block.scans;
      } else {
        const state = await readStepState(this.engine, this.relations);
        relsBefore = state.relations;
        locksBefore = state.locks;
        scansBefore = state.scans;
      }
      await this.engine.exec(`SAVEPOINT ${STEP_SAVEPOINT}`);
    } catch (err) {
      await this.recover(err);
      return { trace: this.failed(trace, err, 0), touched: new Set() };
    }
    const t0 = performance.now();
    try {
      await this.engine.exec(s.text);
    } catch (err) {
      const durationMs = performance.now() - t0;
      if (err instanceof PgError) {
        await this.engine.exec(`ROLLBACK TO SAVEPOINT ${STEP_SAVEPOINT}; RELEASE SAVEPOINT ${STEP_SAVEPOINT}`);
        // Its locks are gone, the counters of what it scanned are not.
        block.scansKnown = false;
      } else {
        await this.recover(err);
      }
      return { trace: this.failed(trace, err, durationMs), touched: new Set() };
    }
    const durationMs = performance.now() - t0;
    this.catalogFresh = false;
    try {
      const { locks: held, relations: relsAfter, scans } = await readStepState(this.engine, relsBefore);
      await this.engine.exec(`RELEASE SAVEPOINT ${STEP_SAVEPOINT}`);
      block.pending.push({ sql: s.text });
      block.held = held;
      block.scans = scans;
      this.relations = relsAfter;
      const had = new Set(locksBefore.map(lockKey));
      return {
        trace: {
          ...trace,
          outcome: 'ok',
          locks: held.filter((l) => !had.has(lockKey(l))),
          rewritten: rewrites(relsBefore, relsAfter),
          ...(block.scansKnown ? { scanned: scannedTables(scansBefore, scans, relsAfter, relsBefore) } : {}),
          durationMs,
        },
        // Every table locked in the block so far: a second ALTER of a table takes no new lock.
        touched: touchedTables(held, relsBefore, relsAfter),
      };
    } catch (err) {
      // Only a stopped engine gets here; after the rebuild the statement is not applied.
      await this.recover(err);
      return { trace: this.failed(trace, err, durationMs), touched: new Set() };
    }
  }

  /** A statement outside any block: in its own transaction, so its locks can be read before COMMIT. */
  private async tracedAlone(s: ReplayStatement, trace: StepTrace): Promise<StepResult> {
    try {
      await this.openBlock('explicit', 0);
    } catch (err) {
      await this.recover(err);
      return { trace: this.failed(trace, err, 0), touched: new Set() };
    }
    const result = await this.tracedInBlock(s, trace);
    try {
      if (result.trace.outcome === 'ok') await this.commitBlock();
      else await this.rollbackBlock();
    } catch (err) {
      // COMMIT can fail on its own (deferred constraint triggers): the statement did not happen.
      await this.recover(err);
      this.catalogFresh = false;
      return { trace: this.failed(result.trace, err, result.trace.durationMs), touched: new Set() };
    }
    if (result.trace.outcome === 'error' && (result.trace.error?.code === '25001' || result.trace.error?.code === '2D000')) {
      // "cannot run inside a transaction block", or a DO block / procedure that COMMITs (allowed only
      // outside a block), for a statement the caller did not flag: run it as production would.
      return this.outsideBlock(s, trace);
    }
    return result;
  }

  /** A statement that cannot run in a block: the open block is committed around it; locks from the static table. */
  private async outsideBlock(s: ReplayStatement, trace: StepTrace): Promise<StepResult> {
    const reopen = this.block ? { kind: this.block.kind, id: this.block.id } : undefined;
    let relsBefore: Map<number, RelationInfo>;
    try {
      await this.commitBlock();
      relsBefore = this.relations ?? (await readRelations(this.engine));
      this.relations = undefined;
    } catch (err) {
      await this.recover(err);
      return { trace: this.failed(trace, err, 0), touched: new Set() };
    }
    const t0 = performance.now();
    let result: StepResult;
    try {
      await this.engine.exec(s.text);
      const durationMs = performance.now() - t0;
      this.catalogFresh = false;
      this.log.push(s.text);
      const byName = new Map([...relsBefore.values()].map((r) => [r.name, r]));
      const relsAfter = await readRelations(this.engine);
      const indexTable = (name: string): string | undefined => {
        const r = byName.get(name) ?? [...relsAfter.values()].find((x) => x.name === name);
        return r?.relkind === 'index' ? r.table : undefined;
      };
      // An unqualified name is the first relation of that name on the path the statement ran with.
      const path = trace.searchPath ?? ['public'];
      const qualifyName = (name: string): string => {
        const schema = path.find((p) => byName.has(`${p}.${name}`)) ?? path.find((p) => [...relsAfter.values()].some((x) => x.name === `${p}.${name}`));
        return `${schema ?? path[0] ?? 'public'}.${name}`;
      };
      const locks = staticLocks(s.ast, indexTable, qualifyName);
      this.relations = relsAfter;
      result = {
        trace: { ...trace, outcome: 'ok', lockSource: 'static', locks, rewritten: rewrites(relsBefore, relsAfter), durationMs },
        touched: touchedTables(locks, relsBefore, relsAfter),
      };
    } catch (err) {
      const durationMs = performance.now() - t0;
      await this.recover(err);
      result = { trace: this.failed({ ...trace, lockSource: 'static' }, err, durationMs), touched: new Set() };
    }
    if (reopen && !this.block) await this.openBlock(reopen.kind, reopen.id);
    return result;
  }

  /**
   * The search_path in effect now, read again only when a statement or a transaction end may
   * have changed it (a read costs a round trip; most files never touch the path).
   */
  private async currentSearchPath(): Promise<string[] | undefined> {
    if (this.searchPath) return this.searchPath;
    try {
      const rows = await this.engine.query<{ path: string }>(`SELECT current_setting('search_path') AS path`);
      this.searchPath = parseSearchPath(rows[0]?.path ?? '');
    } catch (err) {
      await this.recover(err);
    }
    return this.searchPath;
  }

  private failed(trace: StepTrace, err: unknown, durationMs: number): StepTrace {
    const error = errorInfo(err);
    const outcome = err instanceof EngineStoppedError ? 'timeout' : notReplayableReason(error) ? 'not-replayable' : 'error';
    return { ...trace, outcome, error, locks: [], rewritten: [], durationMs };
  }

  // --- recovery -----------------------------------------------------------------------------

  /**
   * After a failure: a PostgreSQL error needs nothing (a failed exec rolls back its implicit
   * transaction; savepoints are handled by the caller). A stopped engine is restarted and the
   * log replayed; an open block is reopened with what it had done so far.
   */
  private async recover(err: unknown): Promise<void> {
    if (err instanceof PgError) return;
    if (!(err instanceof EngineStoppedError)) throw err;
    this.restarts++;
    this.catalogFresh = false;
    this.relations = undefined;
    this.searchPath = undefined;
    if (this.block) {
      this.block.held = undefined;
      this.block.scansKnown = false;
    }
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
    for (let i = 0; i < this.log.length; ) {
      const run = await this.engine.execEach(this.log.slice(i, batchEnd(this.log, i, (sql) => sql.length)), rebuildMs);
      i += run.completed;
      if (run.error && !(run.error instanceof PgError)) throw run.error;
      if (run.error) i++;
    }
    if (this.block) {
      const block = this.block;
      await this.engine.exec('BEGIN');
      for (const p of block.pending) {
        try {
          await this.engine.exec(p.sql, rebuildMs);
        } catch (replayErr) {
          if (!(replayErr instanceof PgError)) throw replayErr;
        }
      }
    }
  }

  private async createRoles(timeoutMs?: number): Promise<void> {
    for (const role of this.roles) {
      await this.engine.exec(`DO $$ BEGIN CREATE ROLE "${role.replaceAll('"', '""')}" NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$`, timeoutMs);
    }
    for (const sql of this.prelude) await this.engine.exec(sql, timeoutMs);
  }

  private problem(path: string, line: number, info: PgErrorInfo): BaseFileProblem {
    return { path, line, message: `${info.code}: ${info.message}`, code: info.code, notReplayable: notReplayableReason(info) !== undefined };
  }
}

/**
 * Statement kinds whose catalog effects show up as locks on the tables they change or as
 * relations appearing, disappearing or changing (so re-reading those tables is enough). Others
 * (DO blocks, SELECT of a function, ALTER TYPE/SCHEMA/DOMAIN renames...) can change columns of
 * tables they never lock: they trigger a full read. CREATE OR REPLACE FUNCTION is listed although
 * changing a function's volatility changes the default volatility of columns that call it: rare,
 * and trigger functions are too common in migrations to pay a full read for each.
 */
const INCREMENTAL_KINDS = new Set([
  'AlterTableStmt', 'IndexStmt', 'CreateStmt', 'CreateTableAsStmt', 'ViewStmt', 'DropStmt', 'TruncateStmt',
  'CommentStmt', 'CreateTrigStmt', 'CreatePolicyStmt', 'AlterPolicyStmt', 'RuleStmt', 'GrantStmt', 'GrantRoleStmt',
  'CreateSeqStmt', 'AlterSeqStmt', 'InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt', 'VariableSetStmt',
  'CreateSchemaStmt', 'ClusterStmt', 'VacuumStmt', 'ReindexStmt', 'RefreshMatViewStmt', 'LockStmt', 'CreateRoleStmt',
  'AlterRoleStmt', 'CreateExtensionStmt', 'CreateEnumStmt', 'CompositeTypeStmt', 'CreateDomainStmt', 'CreateFunctionStmt',
  'AlterDefaultPrivilegesStmt', 'CopyStmt', 'CreateStatsStmt',
]);

/** Table oids a step may have changed: tables it holds locks on, and tables whose relations appeared, vanished or changed. */
function touchedTables(locks: LockTaken[], before: Map<number, RelationInfo>, after: Map<number, RelationInfo>): Set<number> {
  const oidOf = new Map<string, number>();
  for (const r of before.values()) oidOf.set(r.name, r.oid);
  for (const r of after.values()) oidOf.set(r.name, r.oid);
  const touched = new Set<number>();
  const addTable = (name: string): void => {
    const oid = oidOf.get(name);
    if (oid !== undefined) touched.add(oid);
  };
  for (const l of locks) addTable(l.table);
  for (const [oid, r] of after) {
    const old = before.get(oid);
    if (!old || old.name !== r.name || old.relfilenode !== r.relfilenode) {
      addTable(r.table);
      touched.add(oid);
    }
  }
  for (const [oid, r] of before) {
    if (!after.has(oid)) {
      addTable(r.table);
      touched.add(oid);
    }
  }
  return touched;
}

function lockKey(l: LockTaken): string {
  return `${l.relation}\u0000${l.mode}`;
}

/** Relations (by name) whose storage file changed: rewritten tables and rebuilt indexes. */
function rewrites(before: Map<number, RelationInfo>, after: Map<number, RelationInfo>): string[] {
  const old = new Map<string, number>();
  for (const r of before.values()) if (r.relfilenode !== 0) old.set(r.name, r.relfilenode);
  const out: string[] = [];
  for (const r of after.values()) {
    const prev = old.get(r.name);
    if (prev !== undefined && r.relfilenode !== 0 && prev !== r.relfilenode) out.push(r.name);
  }
  return out.sort();
}

/**
 * COPY ... FROM/TO PROGRAM or a server file: reaches outside the database, so the review never
 * runs it (PGlite answers OK without running anything, then hangs).
 */
export function serverSideCopy(s: { ast?: unknown }): boolean {
  const copy = (s.ast as { CopyStmt?: { is_program?: boolean; filename?: string } } | undefined)?.CopyStmt;
  return copy !== undefined && (copy.is_program === true || copy.filename !== undefined);
}

function isSetTransaction(s: ReplayStatement): boolean {
  const node = (s.ast as { VariableSetStmt?: { name?: string } } | undefined)?.VariableSetStmt;
  return node ? node.name === 'TRANSACTION' : /^\s*set\s+transaction\b/i.test(s.text);
}

function guessTransactionKind(text: string): string {
  const t = text.trim().toLowerCase();
  if (/^(begin|start\s+transaction)\b/.test(t)) return 'TRANS_STMT_BEGIN';
  if (/^(commit|end)\b/.test(t) && !/^commit\s+prepared\b/.test(t)) return 'TRANS_STMT_COMMIT';
  if (/^(rollback|abort)\s+(work\s+|transaction\s+)?to\b/.test(t)) return 'TRANS_STMT_ROLLBACK_TO';
  if (/^(rollback|abort)\b/.test(t) && !/^rollback\s+prepared\b/.test(t)) return 'TRANS_STMT_ROLLBACK';
  if (/^savepoint\b/.test(t)) return 'TRANS_STMT_SAVEPOINT';
  if (/^release\b/.test(t)) return 'TRANS_STMT_RELEASE';
  return 'OTHER';
}

function savepointName(s: ReplayStatement): string {
  const node = (s.ast as { TransactionStmt?: { savepoint_name?: string } } | undefined)?.TransactionStmt;
  if (node?.savepoint_name) return node.savepoint_name;
  const m = /(\w+)\s*;?\s*$/.exec(s.text);
  return (m?.[1] ?? '').toLowerCase();
}
