// Lock modes in the words of the PostgreSQL manual, what each one makes other sessions wait for,
// and what locks a statement holds while it runs. Inside a transaction block a statement's trace
// lists only the locks it newly took: a mode the block already held (from an earlier statement of
// the same transaction) does not reappear, so the held set is rebuilt from the block's statements.
import type { Catalog } from '../../core/catalog.js';
import type { ReviewedFile, ReviewedStatement } from '../../core/review-types.js';
import type { LockMode, LockTaken, StepTrace } from '../../core/trace-types.js';
import { staticLocks } from '../../sql/static-locks.js';
import { resolveTable } from '../../sql/names.js';
import { cascadedLock } from './partitions.js';

const ORDER: LockMode[] = [
  'AccessShareLock', 'RowShareLock', 'RowExclusiveLock', 'ShareUpdateExclusiveLock',
  'ShareLock', 'ShareRowExclusiveLock', 'ExclusiveLock', 'AccessExclusiveLock',
];

/** `ShareRowExclusiveLock` -> `SHARE ROW EXCLUSIVE`, as LOCK TABLE and the manual spell it. */
export function lockName(mode: LockMode): string {
  return mode.replace(/Lock$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase();
}

/** What ordinary traffic the lock blocks. */
export function lockBlocks(mode: LockMode): string {
  switch (mode) {
    case 'AccessExclusiveLock': return 'all reads and writes';
    case 'ExclusiveLock': return 'writes and SELECT ... FOR UPDATE/SHARE (plain reads continue)';
    case 'ShareRowExclusiveLock':
    case 'ShareLock': return 'INSERT, UPDATE and DELETE (reads continue)';
    case 'ShareUpdateExclusiveLock': return 'other schema changes, VACUUM and ANALYZE (reads and writes continue)';
    default: return 'only conflicting schema changes';
  }
}

export function strongerLock(a: LockMode, b: LockMode): LockMode {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

/** The strongest lock a replayed statement took on `table` (its indexes' locks count for it). */
export function tracedLockOn(trace: StepTrace | undefined, table: string): LockMode | undefined {
  if (!trace || trace.outcome !== 'ok') return undefined;
  let best: LockMode | undefined;
  for (const l of trace.locks) {
    if (l.table === table && l.relkind !== 'index') best = best ? strongerLock(best, l.mode) : l.mode;
  }
  return best;
}

export function locksOn(trace: StepTrace | undefined, table: string): LockTaken[] {
  return trace?.locks.filter((l) => l.table === table) ?? [];
}

/** How long a lock taken by the statement lasts. */
export function holdDuration(inTransaction: boolean, during: string): string {
  return inTransaction ? `${during}, and then until the transaction commits` : during;
}

export interface HeldLock extends LockTaken {
  /** Read from pg_locks during replay; false when it comes from the static lock table. */
  traced: boolean;
  /** Index in the file of the statement that took this mode (this statement's own index, or an earlier one). */
  takenAt: number;
}

/** Modes that block ordinary reads or writes of a table (SHARE and stronger). */
export const BLOCKING_MODES: readonly LockMode[] = ['ShareLock', 'ShareRowExclusiveLock', 'ExclusiveLock', 'AccessExclusiveLock'];

/**
 * The locks a statement takes by itself: its trace when it replayed, else the static lock table
 * (statements that failed, were not replayable, or have no trace, as in unit tests).
 */
export function locksTakenBy(reviewed: ReviewedStatement): HeldLock[] {
  const index = reviewed.statement.index;
  const t = reviewed.trace;
  if (t && t.outcome === 'ok') return t.locks.map((l) => ({ ...l, traced: t.lockSource === 'trace', takenAt: index }));
  if (!reviewed.statement.ast) return [];
  return staticLocks(reviewed.statement.ast, indexResolver(reviewed.before), (name) => resolveTable(undefined, reviewed, [name]) ?? name).map((l) => ({ ...l, traced: false, takenAt: index }));
}

/**
 * Locks held while `reviewed` runs: its own locks plus those of earlier statements of the same
 * transaction block in `file`, one entry per relation with the strongest mode (a table's entry
 * is the table's own lock; index entries name their table in `table`).
 */
export function locksHeldDuring(file: ReviewedFile, reviewed: ReviewedStatement): HeldLock[] {
  const held = new Map<string, HeldLock>();
  const at = file.statements.indexOf(reviewed);
  const upTo = at < 0 ? [reviewed] : file.statements.slice(0, at + 1);
  for (const s of upTo) {
    if (s !== reviewed && (reviewed.transactionId === null || s.transactionId !== reviewed.transactionId)) continue;
    const taken = locksTakenBy(s);
    // A partition's copy of its parent's lock is the parent's: listed once, under the parent.
    const cascaded = cascadedLock(s, taken);
    for (const lock of taken) {
      if (cascaded(lock)) continue;
      const had = held.get(lock.relation);
      if (!had) held.set(lock.relation, lock);
      else if (strongerLock(had.mode, lock.mode) !== had.mode) held.set(lock.relation, lock);
      else if (had.mode === lock.mode && lock.traced && !had.traced) had.traced = true;
    }
  }
  return [...held.values()];
}

/** The strongest lock held on `table` itself (not on its indexes) during the statement. */
export function heldOn(held: readonly HeldLock[], table: string): HeldLock | undefined {
  // One entry per relation, so the table's own entry is its strongest lock.
  return held.find((l) => l.relation === table);
}

function indexResolver(catalog: Catalog): (name: string) => string | undefined {
  return (name) => {
    const dot = name.indexOf('.');
    const schema = name.slice(0, dot);
    const bare = name.slice(dot + 1);
    for (const t of Object.values(catalog.tables)) {
      if (t.schema === schema && t.indexes.some((i) => i.name === bare)) return `${t.schema}.${t.name}`;
    }
    return undefined;
  };
}

/** A lock an earlier statement of the same transaction took, and that statement's line. */
export interface EarlierLock {
  lock: HeldLock;
  line: number;
}

/**
 * The strongest lock on `table` itself that an earlier statement of `reviewed`'s transaction took,
 * when it is stronger than `than` (what the statement needs by itself): messages name it with the
 * line that took it instead of describing the statement's own, weaker lock.
 */
export function earlierLockOn(file: ReviewedFile, reviewed: ReviewedStatement, table: string, than?: LockMode): EarlierLock | undefined {
  if (reviewed.transactionId === null) return undefined;
  let found: EarlierLock | undefined;
  for (const s of file.statements) {
    if (s === reviewed) break;
    if (s.transactionId !== reviewed.transactionId) continue;
    for (const lock of locksTakenBy(s)) {
      if (lock.relation !== table || lock.relkind === 'index') continue;
      if (!found || strongerLock(found.lock.mode, lock.mode) !== found.lock.mode) found = { lock, line: s.statement.span.line };
    }
  }
  if (!found || (than !== undefined && (found.lock.mode === than || strongerLock(found.lock.mode, than) !== found.lock.mode))) return undefined;
  return found;
}

/** The line of the statement of `file` that took `lock` (a HeldLock's takenAt is a statement index). */
export function lineThatTook(file: ReviewedFile, lock: HeldLock): number | undefined {
  return file.statements.find((s) => s.statement.index === lock.takenAt)?.statement.span.line;
}
