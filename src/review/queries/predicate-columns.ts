// Which columns of one table a query filters on, and how: the raw material of index advice.
// Read from the SELECT/UPDATE/DELETE level whose FROM holds the table the plan scans: equality
// conjuncts first, then ranges, then ORDER BY (the order in which a btree index serves them).
// A column reference counts for the table only when the query rules' resolution ties it to that
// FROM item: by its name or alias, or unqualified where no other FROM item in reach could own it.
import type { Node } from '@pgsql/types';
import type { Catalog } from '../../core/catalog.js';
import { nodeAs } from '../../sql/index.js';
import { resolveColumn, starEntries } from '../../sql/query/column-resolution.js';
import { conjuncts, levelConditions, operatorName } from '../../sql/query/query-conditions.js';
import { columnRefsIn, forEachLevel, levelColumnRefs, type QueryLevel, type RangeEntry, type Scope } from '../../sql/query/query-levels.js';

export interface TableUse {
  /** Columns compared with `=`, `IN` or `= ANY` to parameters, constants or expressions of no table. */
  equality: string[];
  /** Columns compared with `=` to a column of another table (join keys). */
  joinEquality: string[];
  /** Columns compared with <, >, <=, >= or BETWEEN. */
  range: string[];
  /** ORDER BY columns, when every sort key is a column of this table. */
  sort: string[];
  /** Every column of the table the query reads; undefined when it reads whole rows (`*`). */
  read: Set<string> | undefined;
}

/** The table as the plan names it: relation `public.orders`, alias `o` when the query gave one. */
export interface ScanTarget {
  relation: string;
  alias?: string;
}

const RANGE_OPS = new Set(['<', '>', '<=', '>=']);

/** The FROM item a scan node stands for: the table under the alias the plan reports (none: its own name). */
function isTarget(entry: RangeEntry, target: ScanTarget): boolean {
  if (entry.kind !== 'table' || entry.table !== target.relation) return false;
  return entry.ref === (target.alias ?? target.relation.slice(target.relation.indexOf('.') + 1));
}

/** Reads the target FROM item's columns as seen from one scope. */
class TargetColumns {
  constructor(
    private readonly entry: RangeEntry,
    private readonly scope: Scope,
  ) {}

  /** The table's name of the column a bare column reference reads, when it reads the target. */
  column(node: Node | undefined): string | undefined {
    const ref = nodeAs(node, 'ColumnRef');
    const resolved = ref && resolveColumn(ref, this.scope);
    if (resolved?.entry !== this.entry) return undefined;
    // `AS o(a, b)` renames the first columns: the index wants the table's own names.
    const i = this.entry.columns?.indexOf(resolved.column) ?? -1;
    return i >= 0 ? this.entry.catalogTable?.columns[i]?.name : undefined;
  }

  /** True when the expression reads the target (so it cannot be an index lookup key). */
  readBy(node: Node | undefined): boolean {
    return columnRefsIn(node).some((ref) => resolveColumn(ref, this.scope)?.entry === this.entry);
  }
}

/**
 * How the query uses the table the plan scans; undefined when no SELECT/UPDATE/DELETE of the
 * query names it in its FROM (or as its target).
 */
export function tableUse(ast: Node, target: ScanTarget, catalog: Catalog): TableUse | undefined {
  if (!catalog.tables[target.relation]) return undefined;
  const levels: QueryLevel[] = [];
  forEachLevel(ast, catalog, (level) => levels.push(level));
  for (const level of levels) {
    // An INSERT's target is written, not scanned; its source SELECT is a level of its own.
    const entry = level.kind === 'insert' ? undefined : level.scope.entries.find((e) => isTarget(e, target));
    if (entry) return useAt(level, entry, levels);
  }
  return undefined;
}

function useAt(level: QueryLevel, entry: RangeEntry, levels: QueryLevel[]): TableUse {
  const columns = new TargetColumns(entry, level.scope);
  const use: TableUse = { equality: [], joinEquality: [], range: [], sort: [], read: readColumns(entry, levels) };
  for (const condition of levelConditions(level).flatMap(conjuncts)) classify(condition, columns, use);
  const keys = (level.select?.sortClause ?? []).map((s) => columns.column(nodeAs(s, 'SortBy')?.node));
  if (keys.length > 0 && keys.every((k) => k !== undefined)) use.sort = keys as string[];
  return use;
}

/** The target's columns read anywhere in the statement (correlated subqueries included); undefined for `*`. */
function readColumns(entry: RangeEntry, levels: QueryLevel[]): Set<string> | undefined {
  const read = new Set<string>();
  for (const level of levels) {
    const columns = new TargetColumns(entry, level.scope);
    for (const ref of levelColumnRefs(level)) {
      if (starEntries(ref, level.scope).includes(entry)) return undefined;
      const column = columns.column({ ColumnRef: ref });
      if (column) read.add(column);
    }
  }
  return read;
}

function classify(node: Node, columns: TargetColumns, use: TableUse): void {
  const expr = nodeAs(node, 'A_Expr');
  if (!expr) return;
  const op = operatorName(expr.name);
  const add = (list: string[], column: string | undefined): void => {
    if (column && !list.includes(column)) list.push(column);
  };
  // The target's column on one side, compared with something that does not read the target.
  const lookup = (left: Node | undefined, right: Node | undefined): string | undefined => {
    const column = columns.column(left);
    return column && !columns.readBy(right) ? column : undefined;
  };
  switch (expr.kind) {
    case 'AEXPR_OP': {
      const left = lookup(expr.lexpr, expr.rexpr);
      const column = left ?? lookup(expr.rexpr, expr.lexpr);
      const other = left ? expr.rexpr : expr.lexpr;
      if (!column) return;
      if (op === '=') add(columnRefsIn(other).length > 0 ? use.joinEquality : use.equality, column);
      else if (RANGE_OPS.has(op)) add(use.range, column);
      return;
    }
    case 'AEXPR_IN':
    case 'AEXPR_OP_ANY':
      if (op === '=') add(use.equality, lookup(expr.lexpr, expr.rexpr));
      return;
    case 'AEXPR_BETWEEN':
    case 'AEXPR_BETWEEN_SYM':
      add(use.range, lookup(expr.lexpr, expr.rexpr));
      return;
    default:
      return;
  }
}
