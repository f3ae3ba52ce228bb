// What each statement of a file under review did. It runs where production runs it (see
// transaction-state.ts): in the open block under a savepoint, alone in a transaction of its own,
// or outside any block. Its step records the locks it took (held after minus held before, or the
// static lock table for a statement run outside a block), the relations it rewrote, the tables it
// scanned, and the schema before and after it.
import type { Catalog } from '../core/catalog.js';
import type { TransactionModel } from '../core/migration-types.js';
import type { LockTaken, PgErrorInfo, StepTrace } from '../core/trace-types.js';
import { notReplayableReason } from './classify-error.js';
import { diffTables } from './catalog-diff.js';
import { readRelations, readStepState, scannedTables, type RelationInfo } from './catalog-query.js';
import { EngineStoppedError, PgError } from './engine.js';
import { staticLocks } from '../sql/static-locks.js';
import { mayChangeSearchPath, parseSearchPath } from './search-path.js';
import { errorInfo, SERVER_SIDE_COPY, serverSideCopy, type SessionState } from './session-state.js';
import { isSetTransaction, refusedInBlock, type TransactionState } from './transaction-state.js';

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

/** A step's trace, and which tables' catalog entries it may have changed ('all' when unknown). */
interface StepResult { trace: StepTrace; touched: Set<number> | 'all' }

const STEP_SAVEPOINT = 'pg_migration_review_step';

export class StepTracer {
  constructor(
    private readonly state: SessionState,
    private readonly transactions: TransactionState,
  ) {}

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
    const { state, transactions } = this;
    const problems: FileRun['problems'] = [];
    const steps: ReplayedStep[] = [];
    let catalog = await state.catalog();
    // Whatever ran since the last file (base files, probes) may have set the path.
    state.searchPath = undefined;
    await transactions.beginFile(model, statements.length);

    for (const [i, s] of statements.entries()) {
      const before = catalog;
      const inBlock = transactions.block !== undefined;
      const searchPath = await this.currentSearchPath();
      const base: StepTrace = {
        path, statementIndex: s.index, outcome: 'skipped', inTransaction: inBlock, locks: [], lockSource: 'trace',
        rewritten: [], created: [], altered: [], dropped: [], durationMs: 0, ...(searchPath ? { searchPath } : {}),
      };
      let transactionId = transactions.block?.id ?? null;
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
        trace = await transactions.control(s, base, model === 'implicit' && more);
        // A BEGIN belongs to the block it opens.
        transactionId ??= transactions.block?.id ?? null;
        // A ROLLBACK (TO SAVEPOINT) undoes schema changes: the next step starts from a fresh read.
        if (!state.catalogFresh) catalog = await state.catalog();
      } else {
        ({ trace, touched } = s.nonTransactional
          ? await this.outsideBlock(s, base)
          : transactions.block
            ? await this.tracedInBlock(s, base)
            : await this.tracedAlone(s, base));
      }
      if (s.kind !== 'TransactionStmt' && mayChangeSearchPath(s)) {
        state.searchPath = undefined;
        if (transactions.block) transactions.block.setsPath = true;
      }
      if (trace.outcome === 'ok') {
        catalog = await state.refreshCatalog(INCREMENTAL_KINDS.has(s.kind) ? touched : 'all', s.kind);
        Object.assign(trace, diffTables(before, catalog));
      }
      steps.push({ statementIndex: s.index, trace, transactionId, before, after: catalog });
    }

    if (transactions.block) {
      const line = statements.at(-1)?.line ?? 1;
      try {
        await transactions.commit();
      } catch (err) {
        // The block is gone (COMMIT failed: deferred constraints); what it did is lost.
        await state.recover(err);
        problems.push({ line, message: `COMMIT failed: ${errorInfo(err).message}`, error: errorInfo(err) });
        state.catalogFresh = false;
        catalog = await state.catalog();
      }
    }
    return { steps, problems, catalog };
  }

  /** A statement inside the open block, under a savepoint: locks = held after minus held before. */
  private async tracedInBlock(s: ReplayStatement, trace: StepTrace): Promise<StepResult> {
    const { state } = this;
    const block = this.transactions.block!;
    let relsBefore: Map<number, RelationInfo>;
    let locksBefore: LockTaken[];
    let scansBefore: Map<number, number>;
    try {
      if (state.relations && block.held && block.scans) {
        relsBefore = state.relations;
        locksBefore = block.held;
        scansBefore = block.scans;
      } else {
        const read = await readStepState(state.engine, state.relations);
        relsBefore = read.relations;
        locksBefore = read.locks;
        scansBefore = read.scans;
      }
      await state.engine.exec(`SAVEPOINT ${STEP_SAVEPOINT}`);
    } catch (err) {
      await state.recover(err);
      return { trace: failed(trace, err, 0), touched: new Set() };
    }
    const t0 = performance.now();
    try {
      await state.engine.exec(s.text);
    } catch (err) {
      const durationMs = performance.now() - t0;
      if (err instanceof PgError) {
        await state.engine.exec(`ROLLBACK TO SAVEPOINT ${STEP_SAVEPOINT}; RELEASE SAVEPOINT ${STEP_SAVEPOINT}`);
        // Its locks are gone, the counters of what it scanned are not.
        block.scansKnown = false;
      } else {
        await state.recover(err);
      }
      return { trace: failed(trace, err, durationMs), touched: new Set() };
    }
    const durationMs = performance.now() - t0;
    state.catalogFresh = false;
    try {
      const { locks: held, relations: relsAfter, scans } = await readStepState(state.engine, relsBefore);
      await state.engine.exec(`RELEASE SAVEPOINT ${STEP_SAVEPOINT}`);
      block.pending.push({ sql: s.text });
      block.held = held;
      block.scans = scans;
      state.relations = relsAfter;
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
      await state.recover(err);
      return { trace: failed(trace, err, durationMs), touched: new Set() };
    }
  }

  /** A statement outside any block: in its own transaction, so its locks can be read before COMMIT. */
  private async tracedAlone(s: ReplayStatement, trace: StepTrace): Promise<StepResult> {
    const { state, transactions } = this;
    try {
      await transactions.begin('explicit', 0);
    } catch (err) {
      await state.recover(err);
      return { trace: failed(trace, err, 0), touched: new Set() };
    }
    const result = await this.tracedInBlock(s, trace);
    try {
      if (result.trace.outcome === 'ok') await transactions.commit();
      else await transactions.rollback();
    } catch (err) {
      // COMMIT can fail on its own (deferred constraint triggers): the statement did not happen.
      await state.recover(err);
      state.catalogFresh = false;
      return { trace: failed(result.trace, err, result.trace.durationMs), touched: new Set() };
    }
    if (result.trace.outcome === 'error' && refusedInBlock(result.trace.error)) {
      // A statement the caller did not flag as non-transactional: run it as production would.
      return this.outsideBlock(s, trace);
    }
    return result;
  }

  /** A statement that cannot run in a block: the open block is committed around it; locks from the static table. */
  private async outsideBlock(s: ReplayStatement, trace: StepTrace): Promise<StepResult> {
    const { state } = this;
    let resume: () => Promise<void>;
    let relsBefore: Map<number, RelationInfo>;
    try {
      resume = await this.transactions.suspend();
      relsBefore = state.relations ?? (await readRelations(state.engine));
      state.relations = undefined;
    } catch (err) {
      await state.recover(err);
      return { trace: failed(trace, err, 0), touched: new Set() };
    }
    const t0 = performance.now();
    let result: StepResult;
    try {
      await state.engine.exec(s.text);
      const durationMs = performance.now() - t0;
      state.catalogFresh = false;
      state.log.push(s.text);
      const byName = new Map([...relsBefore.values()].map((r) => [r.name, r]));
      const relsAfter = await readRelations(state.engine);
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
      state.relations = relsAfter;
      result = {
        trace: { ...trace, outcome: 'ok', lockSource: 'static', locks, rewritten: rewrites(relsBefore, relsAfter), durationMs },
        touched: touchedTables(locks, relsBefore, relsAfter),
      };
    } catch (err) {
      const durationMs = performance.now() - t0;
      await state.recover(err);
      result = { trace: failed({ ...trace, lockSource: 'static' }, err, durationMs), touched: new Set() };
    }
    await resume();
    return result;
  }

  /**
   * The search_path in effect now, read again only when a statement or a transaction end may
   * have changed it (a read costs a round trip; most files never touch the path).
   */
  private async currentSearchPath(): Promise<string[] | undefined> {
    const { state } = this;
    if (state.searchPath) return state.searchPath;
    try {
      const rows = await state.engine.query<{ path: string }>(`SELECT current_setting('search_path') AS path`);
      state.searchPath = parseSearchPath(rows[0]?.path ?? '');
    } catch (err) {
      await state.recover(err);
    }
    return state.searchPath;
  }
}

function failed(trace: StepTrace, err: unknown, durationMs: number): StepTrace {
  const error = errorInfo(err);
  const outcome = err instanceof EngineStoppedError ? 'timeout' : notReplayableReason(error) ? 'not-replayable' : 'error';
  return { ...trace, outcome, error, locks: [], rewritten: [], durationMs };
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
