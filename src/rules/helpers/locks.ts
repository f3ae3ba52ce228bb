// Lock modes in the words of the PostgreSQL manual, and what each one makes other sessions wait for.
import type { LockMode, LockTaken, StepTrace } from '../../core/trace-types.js';

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
