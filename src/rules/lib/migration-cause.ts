// Which statement of the pull request's migrations caused a query to break or slow down: the
// first one whose schema change removes what the query reads (a table, a column, a column's type)
// or the index its plan used. Read from the catalog before and after each replayed statement.
import type { Node, RangeVar } from '@pgsql/types';
import type { Catalog } from '../../core/catalog.js';
import { nodeAs, relationName, stringValue, walk } from '../../sql/ast.js';
import { reviewedStatements, type StatementRef } from './statements.js';
import type { RuleContext } from '../rule.js';

/** Tables (qualified) and column names a query mentions. */
export function namesRead(ast: Node | undefined): { tables: Set<string>; columns: Set<string> } {
  const tables = new Set<string>();
  const columns = new Set<string>();
  walk(ast, (kind, body) => {
    if (kind === 'RangeVar') {
      const name = relationName(body as RangeVar);
      if (name) tables.add(name);
    } else if (kind === 'ColumnRef') {
      const fields = (body.fields as Node[] | undefined) ?? [];
      const last = stringValue(fields[fields.length - 1]);
      if (last) columns.add(last);
    }
  });
  // INSERT/UPDATE/DELETE name their target table outside any RangeVar wrapper.
  for (const key of ['InsertStmt', 'UpdateStmt', 'DeleteStmt'] as const) {
    const name = relationName((nodeAs(ast, key) as { relation?: RangeVar } | undefined)?.relation);
    if (name) tables.add(name);
  }
  for (const key of ['InsertStmt', 'UpdateStmt'] as const) {
    const cols = (nodeAs(ast, key) as { cols?: Node[]; targetList?: Node[] } | undefined);
    for (const t of [...(cols?.cols ?? []), ...(cols?.targetList ?? [])]) {
      const name = nodeAs(t, 'ResTarget')?.name;
      if (name) columns.add(name);
    }
  }
  return { tables, columns };
}

/** What a statement did to the names a query reads, in words; undefined when it did not touch them. */
function damage(before: Catalog, after: Catalog, read: { tables: Set<string>; columns: Set<string> }): string | undefined {
  for (const table of read.tables) {
    const was = before.tables[table];
    if (!was) continue;
    const now = after.tables[table];
    if (!now) return `removes table ${table}`;
    for (const col of was.columns) {
      if (!read.columns.has(col.name)) continue;
      const kept = now.columns.find((c) => c.attnum === col.attnum);
      if (!kept) return `drops column ${table}.${col.name}`;
      if (kept.name !== col.name) return `renames column ${table}.${col.name} to ${kept.name}`;
      if (kept.type !== col.type) return `changes ${table}.${col.name} from ${col.type} to ${kept.type}`;
    }
  }
  return undefined;
}

export interface Cause {
  ref: StatementRef;
  what: string;
}

/** The first replayed statement of the pull request that removed or changed something the query reads. */
export function breakingStatement(ctx: RuleContext, ast: Node | undefined): Cause | undefined {
  const read = namesRead(ast);
  for (const ref of reviewedStatements(ctx)) {
    if (!ref.reviewed.trace) continue;
    const what = damage(ref.reviewed.before, ref.reviewed.after, read);
    if (what) return { ref, what };
  }
  return undefined;
}

/** The first replayed statement of the pull request after which the index no longer exists. */
export function droppingStatement(ctx: RuleContext, index: string): StatementRef | undefined {
  const exists = (c: Catalog): boolean => Object.values(c.tables).some((t) => t.indexes.some((ix) => ix.name === index));
  for (const ref of reviewedStatements(ctx)) {
    if (ref.reviewed.trace && exists(ref.reviewed.before) && !exists(ref.reviewed.after)) return ref;
  }
  return undefined;
}
