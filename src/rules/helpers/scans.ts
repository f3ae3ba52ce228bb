// Whether the replay saw a statement read a table's rows (StepTrace.scanned), for the rules that
// say "scans the table to validate".
import type { CatalogTable } from '../../core/catalog.js';
import type { ReviewedStatement } from '../../core/review-types.js';

/**
 * `seen`: the table's scan counters moved while the statement ran. `none`: they were measured and
 * did not move, so PostgreSQL skipped the scan. `unknown`: not measured (no trace, a statement run
 * outside a transaction, a block after a rolled-back scan), or the table is partitioned, whose
 * rows are read through its partitions.
 */
export function scanOf(reviewed: ReviewedStatement, table: string, before: CatalogTable | undefined): 'seen' | 'none' | 'unknown' {
  const trace = reviewed.trace;
  if (trace?.outcome !== 'ok' || trace.lockSource !== 'trace' || trace.scanned === undefined) return 'unknown';
  if (trace.scanned.includes(table)) return 'seen';
  return before?.kind === 'table' || before?.kind === 'foreign' ? 'none' : 'unknown';
}
