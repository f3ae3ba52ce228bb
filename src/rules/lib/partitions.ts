// Partitions repeat what PostgreSQL cascades from their partitioned parent: its indexes, its locks,
// its rewrites. Rules report the parent once; these helpers tell a cascaded copy from a change
// made on the partition itself.
import type { Catalog, CatalogIndex } from '../../core/catalog.js';
import type { ReviewedStatement } from '../../core/review-types.js';
import type { LockTaken } from '../../core/trace-types.js';

/** The partitioned table `table` is a partition of, in any of `catalogs` (first that knows it). */
export function parentOf(table: string, ...catalogs: (Catalog | undefined)[]): string | undefined {
  for (const c of catalogs) {
    const t = c?.tables[table];
    if (t) return t.partitionOf;
  }
  return undefined;
}

/** Every partition of `table` in `catalog`, at any depth (partitions of partitions included). */
export function partitionsOf(table: string, catalog: Catalog): string[] {
  const out: string[] = [];
  for (const [name, t] of Object.entries(catalog.tables)) {
    for (let parent = t.partitionOf; parent; parent = catalog.tables[parent]?.partitionOf) {
      if (parent === table) {
        out.push(name);
        break;
      }
    }
  }
  return out;
}

/**
 * Locks the statement took on partitions only because it locked their parent (or an ancestor):
 * the parent's lock says it all, and naming every partition would repeat one finding per partition.
 */
export function cascadedLock(reviewed: ReviewedStatement, locks: readonly LockTaken[]): (lock: LockTaken) => boolean {
  const locked = new Set(locks.filter((l) => l.relkind !== 'index').map((l) => l.table));
  return (lock) => {
    let parent = parentOf(lock.table, reviewed.before, reviewed.after);
    while (parent) {
      if (locked.has(parent)) return true;
      parent = parentOf(parent, reviewed.before, reviewed.after);
    }
    return false;
  };
}

/**
 * Whether every one of `indexes` (of partition `table`) has an index of the same shape on the
 * partition's parent: then they are the parent's indexes cascaded to the partition, and a finding
 * about them belongs to the parent.
 */
export function mirroredOnParent(catalog: Catalog, table: string, same: (a: CatalogIndex, b: CatalogIndex) => boolean, ...indexes: CatalogIndex[]): boolean {
  const parent = parentOf(table, catalog);
  const parentIndexes = parent ? catalog.tables[parent]?.indexes : undefined;
  return parentIndexes !== undefined && indexes.every((ix) => parentIndexes.some((p) => same(p, ix)));
}
