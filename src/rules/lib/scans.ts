// Whether the replay saw a statement read a table's rows (StepTrace.scanned), for the rules that
// say "scans the table to validate".
import type { Catalog, CatalogTable } from '../../core/catalog.js';
import type { ReviewedStatement } from '../../core/review-types.js';

/** The table and, for a partitioned one, every partition below it: where its rows are stored. */
export function storedIn(catalog: Catalog, table: string): Set<string> {
  const out = new Set([table]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [name, t] of Object.entries(catalog.tables)) {
      if (t.partitionOf && out.has(t.partitionOf) && !out.has(name)) {
        out.add(name);
        grew = true;
      }
    }
  }
  return out;
}

/**
 * `seen`: the scan counters of the table (of its partitions, for a partitioned table) moved while
 * the statement ran. `none`: they were measured and did not move, so PostgreSQL skipped the scan.
 * `unknown`: not measured (no trace, a statement run outside a transaction, a block after a
 * rolled-back scan), or a kind of table whose reads the counters do not show.
 */
export function scanOf(reviewed: ReviewedStatement, table: string, before: CatalogTable | undefined): 'seen' | 'none' | 'unknown' {
  const trace = reviewed.trace;
  if (trace?.outcome !== 'ok' || trace.lockSource !== 'trace' || trace.scanned === undefined) return 'unknown';
  const stored = before?.kind === 'partitioned' ? storedIn(reviewed.before, table) : new Set([table]);
  if (trace.scanned.some((t) => stored.has(t))) return 'seen';
  return before?.kind === 'table' || before?.kind === 'foreign' || before?.kind === 'partitioned' ? 'none' : 'unknown';
}
