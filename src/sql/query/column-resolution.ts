// Column resolution: which FROM item of which query level a column reference reads.
import type { ColumnRef } from '@pgsql/types';
import type { CatalogColumn } from '../../core/catalog.js';
import { nodeAs } from '../ast.js';
import type { RangeEntry, Scope } from './query-levels.js';

export interface ResolvedColumn {
  entry: RangeEntry;
  column: string;
  /** The catalog's column when the entry is a table the catalog knows. */
  catalogColumn?: CatalogColumn;
}

/** Name parts of a column reference; `*` for a star. */
export function columnRefParts(ref: ColumnRef): string[] {
  return (ref.fields ?? []).map((f) => (nodeAs(f, 'A_Star') ? '*' : (nodeAs(f, 'String')?.sval ?? '?')));
}

/**
 * The relation a column reference reads, as PostgreSQL resolves it: a qualified name by the
 * nearest level with that alias, an unqualified one by the nearest level where exactly one FROM
 * item has the column. Undefined whenever the answer is not certain (unknown columns in reach).
 */
export function resolveColumn(ref: ColumnRef, scope: Scope): ResolvedColumn | undefined {
  const parts = columnRefParts(ref);
  if (parts.length === 0 || parts.includes('*')) return undefined;
  if (parts.length >= 2) {
    const column = parts[parts.length - 1];
    const qualifier = parts[parts.length - 2];
    const schema = parts.length >= 3 ? parts[parts.length - 3] : undefined;
    for (let s: Scope | undefined = scope; s; s = s.parent) {
      const entry = s.entries.find((e) =>
        schema === undefined ? e.ref === qualifier : e.kind === 'table' && e.ref === qualifier && e.table === `${schema}.${qualifier}`,
      );
      if (entry) return withCatalogColumn(entry, column);
    }
    return undefined;
  }
  const column = parts[0];
  for (let s: Scope | undefined = scope; s; s = s.parent) {
    const having = s.entries.filter((e) => e.columns?.includes(column));
    // A valid query cannot have the name in two items of one level, so one known owner is certain.
    if (having.length === 1) return withCatalogColumn(having[0], column);
    if (having.length > 1 || s.entries.some((e) => e.columns === undefined)) return undefined;
  }
  return undefined;
}

function withCatalogColumn(entry: RangeEntry, column: string): ResolvedColumn {
  return { entry, column, catalogColumn: entry.catalogTable?.columns.find((c) => c.name === column) };
}

/** The entry a `t.*` or `*` target names; for `*` every FROM item of the level. */
export function starEntries(ref: ColumnRef, scope: Scope): RangeEntry[] {
  const parts = columnRefParts(ref);
  if (parts[parts.length - 1] !== '*') return [];
  if (parts.length === 1) return scope.entries;
  const qualifier = parts[parts.length - 2];
  const entry = scope.entries.find((e) => e.ref === qualifier);
  return entry ? [entry] : [];
}
