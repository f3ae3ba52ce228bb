// The transaction blocks of a file under review, as production runs it: the block the framework
// wraps the file in (by its transaction model), the file's own BEGIN / COMMIT / ROLLBACK and
// savepoints, and statements that cannot run in a block (the open block is committed around
// them). An open block remembers what it ran, to run it again after an engine restart and to
// log it for later rebuilds once it commits.
import type { TransactionModel } from '../core/migration-types.js';
import type { LockTaken, PgErrorInfo, StepTrace } from '../core/trace-types.js';
import { EngineStoppedError, PgError } from './engine.js';
import { errorInfo, type SessionState } from './session-state.js';

interface PendingEntry { sql: string; savepoint?: string }

export type BlockKind = 'framework' | 'explicit';

export interface Block {
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

/** A transaction control statement of the file (`TransactionStmt`). */
interface ControlStatement {
  text: string;
  /** Its kind (`TRANS_STMT_BEGIN`, `TRANS_STMT_COMMIT`, ...); guessed from the text when absent. */
  transactionKind?: string;
  ast?: unknown;
}

export class TransactionState {
  private open: Block | undefined;
  private nextTransactionId = 1;

  constructor(private readonly state: SessionState) {}

  /** The open block, if any. */
  get block(): Block | undefined {
    return this.open;
  }

  /**
   * Opens the block the framework runs a file in: `wrapped`, and `implicit` (one query string)
   * with more than one statement. `none` opens none: the file's own BEGIN may.
   */
  async beginFile(model: TransactionModel, statementCount: number): Promise<void> {
    if (model === 'wrapped' || (model === 'implicit' && statementCount > 1)) await this.begin('framework');
  }

  /** Opens a block; `id` reopens one under the number its statements already carry. */
  async begin(kind: BlockKind, id?: number): Promise<void> {
    // Scan counters left by earlier transactions are flushed at the end of a request run outside
    // a transaction (pgstat_report_stat): forced now, so every counter starts the block at 0.
    await this.state.engine.exec('SELECT pg_stat_force_next_flush()');
    await this.state.engine.exec('BEGIN');
    // A new transaction holds no locks on user relations yet.
    this.open = { kind, id: id ?? this.nextTransactionId++, pending: [], held: [], scans: new Map(), scansKnown: true };
  }

  async commit(): Promise<void> {
    const block = this.open;
    if (!block) return;
    this.open = undefined;
    if (block.setsPath) this.state.searchPath = undefined;
    await this.state.engine.exec('COMMIT');
    for (const p of block.pending) if (!p.savepoint) this.state.log.push(p.sql);
  }

  async rollback(): Promise<void> {
    if (!this.open) return;
    if (this.open.setsPath) this.state.searchPath = undefined;
    this.open = undefined;
    this.state.catalogFresh = false;
    this.state.relations = undefined;
    await this.state.engine.exec('ROLLBACK');
  }

  /**
   * For a statement that cannot run in a block: commits the open block, and returns what reopens
   * it afterwards (same kind and number) unless a block was opened meanwhile. Throws when the
   * COMMIT fails; the block is gone then.
   */
  async suspend(): Promise<() => Promise<void>> {
    const reopen = this.open ? { kind: this.open.kind, id: this.open.id } : undefined;
    await this.commit();
    return async () => {
      if (reopen && !this.open) await this.begin(reopen.kind, reopen.id);
    };
  }

  /**
   * BEGIN, COMMIT, ROLLBACK, SAVEPOINT...: handled here, as PostgreSQL would treat them in this
   * file. `reopenImplicit`: the file is one query string (`implicit`) and statements follow, so
   * what follows a COMMIT or ROLLBACK is a new implicit block.
   */
  async control(s: ControlStatement, trace: StepTrace, reopenImplicit: boolean): Promise<StepTrace> {
    const kind = s.transactionKind ?? guessTransactionKind(s.text);
    try {
      switch (kind) {
        case 'TRANS_STMT_BEGIN':
        case 'TRANS_STMT_START':
          // Inside a block PostgreSQL only warns ("already a transaction in progress").
          if (!this.open) await this.begin('explicit');
          trace.inTransaction = true;
          return trace;
        case 'TRANS_STMT_COMMIT':
        case 'TRANS_STMT_ROLLBACK': {
          if (!this.open) return trace; // PostgreSQL warns "there is no transaction in progress".
          if (kind === 'TRANS_STMT_COMMIT') await this.commit();
          else await this.rollback();
          // In one multi-statement query string, what follows a COMMIT is a new implicit block.
          if (reopenImplicit) await this.begin('framework');
          trace.inTransaction = true;
          return trace;
        }
        case 'TRANS_STMT_SAVEPOINT':
        case 'TRANS_STMT_RELEASE':
        case 'TRANS_STMT_ROLLBACK_TO': {
          await this.state.engine.exec(s.text);
          this.trackSavepoint(kind, s);
          return trace;
        }
        default:
          await this.state.engine.exec(s.text);
          return trace;
      }
    } catch (err) {
      await this.state.recover(err);
      const info = errorInfo(err);
      return { ...trace, outcome: err instanceof EngineStoppedError ? 'timeout' : 'error', error: info };
    }
  }

  private trackSavepoint(kind: string, s: ControlStatement): void {
    const pending = this.open?.pending;
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
      this.state.catalogFresh = false;
      this.state.relations = undefined;
      this.state.searchPath = undefined;
      this.open!.held = undefined;
      this.open!.scansKnown = false;
    } else {
      // RELEASE: the savepoint and later ones are gone; their statements stay.
      for (let k = pending.length - 1; k >= at; k--) if (pending[k].savepoint) pending.splice(k, 1);
    }
  }

  /** The engine was stopped: what the open block holds and scanned is unknown from now on. */
  engineStopped(): void {
    if (this.open) {
      this.open.held = undefined;
      this.open.scansKnown = false;
    }
  }

  /** After a restart and the log's rebuild: the open block again, with what it had done so far. */
  async rebuild(timeoutMs: number): Promise<void> {
    if (!this.open) return;
    const block = this.open;
    await this.state.engine.exec('BEGIN');
    for (const p of block.pending) {
      try {
        await this.state.engine.exec(p.sql, timeoutMs);
      } catch (replayErr) {
        if (!(replayErr instanceof PgError)) throw replayErr;
      }
    }
  }
}

/**
 * "cannot run inside a transaction block", or a DO block / procedure that COMMITs (allowed only
 * outside a block): the statement runs outside any block, as production would run it.
 */
export function refusedInBlock(error: PgErrorInfo | undefined): boolean {
  return error?.code === '25001' || error?.code === '2D000';
}

/** SET TRANSACTION: must precede every query of its transaction. */
export function isSetTransaction(s: { text: string; ast?: unknown }): boolean {
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

function savepointName(s: ControlStatement): string {
  const node = (s.ast as { TransactionStmt?: { savepoint_name?: string } } | undefined)?.TransactionStmt;
  if (node?.savepoint_name) return node.savepoint_name;
  const m = /(\w+)\s*;?\s*$/.exec(s.text);
  return (m?.[1] ?? '').toLowerCase();
}
