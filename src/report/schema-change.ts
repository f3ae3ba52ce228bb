// What a pull request changes in the schema, from the catalogs before and after it: for the summary.
import type { Catalog, CatalogTable } from '../core/catalog.js';

export interface ColumnTypeChange {
  column: string;
  before: string;
  after: string;
}

export interface TableChange {
  /** Qualified name (`public.orders`). */
  table: string;
  columnsAdded: string[];
  columnsDropped: string[];
  typesChanged: ColumnTypeChange[];
  indexesAdded: string[];
  indexesDropped: string[];
  indexCount: { before: number; after: number };
  constraintsAdded: string[];
  constraintsDropped: string[];
}

export interface SchemaChange {
  tablesAdded: string[];
  tablesDropped: string[];
  /** Tables present before and after whose columns, indexes or constraints differ. */
  tablesChanged: TableChange[];
}

/** Names present in `after` but not in `before`; an object whose identity (e.g. definition) changed counts as both dropped and added. */
function diffNamed<T extends { name: string }>(before: T[], after: T[], identity: (x: T) => string): { added: string[]; dropped: string[] } {
  const key = (x: T) => `${x.name}\0${identity(x)}`;
  const beforeKeys = new Set(before.map(key));
  const afterKeys = new Set(after.map(key));
  return {
    added: after.filter((x) => !beforeKeys.has(key(x))).map((x) => x.name),
    dropped: before.filter((x) => !afterKeys.has(key(x))).map((x) => x.name),
  };
}

function tableChange(name: string, before: CatalogTable, after: CatalogTable): TableChange | null {
  const beforeCols = new Map(before.columns.map((c) => [c.name, c]));
  const afterCols = new Map(after.columns.map((c) => [c.name, c]));
  const columnsAdded = after.columns.filter((c) => !beforeCols.has(c.name)).map((c) => c.name);
  const columnsDropped = before.columns.filter((c) => !afterCols.has(c.name)).map((c) => c.name);
  const typesChanged: ColumnTypeChange[] = [];
  for (const c of after.columns) {
    const old = beforeCols.get(c.name);
    if (old && old.type !== c.type) typesChanged.push({ column: c.name, before: old.type, after: c.type });
  }
  const indexes = diffNamed(before.indexes, after.indexes, (i) => i.definition);
  // PostgreSQL 18 names every NOT NULL (`orders_user_id_not_null`): a column property, not news in a summary.
  const named = (t: CatalogTable) => t.constraints.filter((c) => c.kind !== 'not-null');
  const constraints = diffNamed(named(before), named(after), (c) => `${c.kind}\0${c.definition}`);
  const change: TableChange = {
    table: name,
    columnsAdded,
    columnsDropped,
    typesChanged,
    indexesAdded: indexes.added,
    indexesDropped: indexes.dropped,
    indexCount: { before: before.indexes.length, after: after.indexes.length },
    constraintsAdded: constraints.added,
    constraintsDropped: constraints.dropped,
  };
  const changed = columnsAdded.length + columnsDropped.length + typesChanged.length + indexes.added.length + indexes.dropped.length
    + constraints.added.length + constraints.dropped.length > 0;
  return changed ? change : null;
}

export function schemaChange(before: Catalog, after: Catalog): SchemaChange {
  const tablesAdded = Object.keys(after.tables).filter((t) => !(t in before.tables)).sort();
  const tablesDropped = Object.keys(before.tables).filter((t) => !(t in after.tables)).sort();
  const tablesChanged: TableChange[] = [];
  for (const name of Object.keys(after.tables).sort()) {
    const old = before.tables[name];
    const now = after.tables[name];
    // Catalog snapshots share unchanged table objects, so identity means no change.
    if (!old || old === now) continue;
    const change = tableChange(name, old, now);
    if (change) tablesChanged.push(change);
  }
  return { tablesAdded, tablesDropped, tablesChanged };
}

/** Tables present after the change that it created or altered: those a diagram should show. */
export function touchedTables(change: SchemaChange): string[] {
  return [...change.tablesAdded, ...change.tablesChanged.map((t) => t.table)];
}
