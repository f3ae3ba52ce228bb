// Comparing two catalog snapshots: share what did not change, name what did.
import type { Catalog, CatalogTable } from '../core/catalog.js';

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * `next` with every table equal to one in `prev` replaced by `prev`'s object, so unchanged
 * tables are shared by reference; `prev` itself when nothing changed at all.
 */
export function shareUnchanged(prev: Catalog, next: Catalog): Catalog {
  const tables: Record<string, CatalogTable> = {};
  let changed = Object.keys(prev.tables).length !== Object.keys(next.tables).length;
  for (const [key, table] of Object.entries(next.tables)) {
    const old = prev.tables[key];
    // Tables carried over from `prev` by reference need no comparison (most of them, per statement).
    if (old === table || (old && sameJson(old, table))) tables[key] = old;
    else {
      tables[key] = table;
      changed = true;
    }
  }
  const sameExtensions = sameJson(prev.extensions, next.extensions);
  if (!changed && sameExtensions) return prev;
  return { tables, extensions: sameExtensions ? prev.extensions : next.extensions };
}

/** Qualified names of tables created, altered and dropped between two snapshots (matched by oid, so a rename is an alteration). */
export function diffTables(before: Catalog, after: Catalog): { created: string[]; altered: string[]; dropped: string[] } {
  const beforeByOid = new Map<number, [string, CatalogTable]>();
  for (const [key, t] of Object.entries(before.tables)) beforeByOid.set(t.oid, [key, t]);
  const created: string[] = [];
  const altered: string[] = [];
  const seen = new Set<number>();
  for (const [key, t] of Object.entries(after.tables)) {
    const old = beforeByOid.get(t.oid);
    if (!old) created.push(key);
    else {
      seen.add(t.oid);
      if (old[1] !== t && !sameJson(old[1], t)) altered.push(key);
    }
  }
  const dropped = [...beforeByOid.entries()].filter(([oid]) => !seen.has(oid)).map(([, [key]]) => key);
  return { created: created.sort(), altered: altered.sort(), dropped: dropped.sort() };
}
