// Which columns of one table a query filters on, and how: the raw material of index advice.
// Read from the parse tree, per SELECT/UPDATE/DELETE whose FROM holds the table: equality
// conjuncts first, then ranges, then ORDER BY (the order in which a btree index serves them).
import type { Node, RangeVar } from '@pgsql/types';
import type { Catalog, CatalogTable } from '../core/catalog.js';
import { nodeAs, stringValue, walk } from '../sql/ast.js';

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

function rangeVarMatches(rv: RangeVar, target: ScanTarget): boolean {
  const qualified = `${rv.schemaname ?? 'public'}.${rv.relname ?? ''}`;
  if (qualified !== target.relation) return false;
  const name = rv.alias?.aliasname ?? rv.relname;
  return target.alias === undefined ? rv.alias === undefined || rv.alias.aliasname === rv.relname : name === target.alias;
}

/** RangeVars directly in a FROM list (through joins, not into subqueries). */
function fromRangeVars(from: Node[] | undefined, out: RangeVar[] = []): RangeVar[] {
  for (const item of from ?? []) {
    const rv = nodeAs(item, 'RangeVar');
    if (rv) out.push(rv);
    const join = nodeAs(item, 'JoinExpr');
    if (join) fromRangeVars([join.larg, join.rarg].filter((n): n is Node => n !== undefined), out);
  }
  return out;
}

/** JOIN ... ON conditions of a FROM list. */
function joinQuals(from: Node[] | undefined, out: Node[] = []): Node[] {
  for (const item of from ?? []) {
    const join = nodeAs(item, 'JoinExpr');
    if (!join) continue;
    if (join.quals) out.push(join.quals);
    joinQuals([join.larg, join.rarg].filter((n): n is Node => n !== undefined), out);
  }
  return out;
}

function conjuncts(node: Node | undefined, out: Node[] = []): Node[] {
  if (!node) return out;
  const bool = nodeAs(node, 'BoolExpr');
  if (bool?.boolop === 'AND_EXPR') for (const arg of bool.args ?? []) conjuncts(arg, out);
  else out.push(node);
  return out;
}

const RANGE_OPS = new Set(['<', '>', '<=', '>=']);

class Scope {
  constructor(
    private readonly table: CatalogTable,
    private readonly names: Set<string>,
    /** The other tables in scope; undefined when one of them is not a known table (a CTE, a function). */
    private readonly others: CatalogTable[] | undefined,
  ) {}

  /** The column of the target a ColumnRef names, if it names one. */
  column(node: Node | undefined): string | undefined {
    const ref = nodeAs(node, 'ColumnRef');
    if (!ref) return undefined;
    const parts = (ref.fields ?? []).map((f) => stringValue(f));
    if (parts.some((p) => p === undefined)) return undefined;
    const name = parts[parts.length - 1]!;
    if (!this.table.columns.some((c) => c.name === name)) return undefined;
    if (parts.length === 1) return this.onlyHere(name) ? name : undefined;
    return this.names.has(parts[parts.length - 2]!) ? name : undefined;
  }

  /** An unqualified name is the target's only when no other table in scope has such a column. */
  private onlyHere(name: string): boolean {
    return this.others !== undefined && !this.others.some((t) => t.columns.some((c) => c.name === name));
  }

  /** True when the expression reads the target table (so it cannot be an index lookup key). */
  reads(node: Node | undefined): boolean {
    let found = false;
    walk(node, (kind, body) => {
      if (kind === 'ColumnRef' && this.column({ ColumnRef: body } as Node) !== undefined) found = true;
      if (kind === 'SelectStmt') return false;
    });
    return found;
  }
}

/**
 * How the query uses the table the plan scans; undefined when no SELECT/UPDATE/DELETE of the
 * query names it in its FROM.
 */
export function tableUse(ast: Node, target: ScanTarget, catalog: Catalog): TableUse | undefined {
  const table = catalog.tables[target.relation];
  if (!table) return undefined;
  let use: TableUse | undefined;
  const visitScope = (from: Node[], where: Node | undefined, sort: Node[] | undefined, body: Record<string, unknown>, extra: RangeVar[] = []): void => {
    const vars = [...extra, ...fromRangeVars(from)];
    const mine = vars.find((rv) => rangeVarMatches(rv, target));
    if (!mine || use) return;
    const names = new Set([mine.alias?.aliasname ?? mine.relname ?? '']);
    const others = vars.filter((rv) => rv !== mine).map((rv) => catalog.tables[`${rv.schemaname ?? 'public'}.${rv.relname ?? ''}`]);
    const scope = new Scope(table, names, others.every((t) => t !== undefined) ? others : undefined);
    const u: TableUse = { equality: [], joinEquality: [], range: [], sort: [], read: new Set() };
    for (const c of [...conjuncts(where), ...joinQuals(from).flatMap((q) => conjuncts(q))]) classify(c, scope, u);
    const keys = (sort ?? []).map((s) => scope.column(nodeAs(s, 'SortBy')?.node));
    if (keys.length > 0 && keys.every((k) => k !== undefined)) u.sort = keys as string[];
    walk(body, (kind, b) => {
      if (kind === 'ColumnRef') {
        const fields = (b.fields as Node[] | undefined) ?? [];
        if (fields.some((f) => nodeAs(f, 'A_Star'))) {
          const q = fields.length > 1 ? stringValue(fields[0]) : undefined;
          if (q === undefined || names.has(q)) u.read = undefined;
          return;
        }
        const col = scope.column({ ColumnRef: b } as Node);
        if (col && u.read) u.read.add(col);
      }
    });
    use = u;
  };
  walk(ast, (kind, body) => {
    if (kind === 'SelectStmt') {
      const s = body as { fromClause?: Node[]; whereClause?: Node; sortClause?: Node[] };
      visitScope(s.fromClause ?? [], s.whereClause, s.sortClause, body);
    } else if (kind === 'UpdateStmt' || kind === 'DeleteStmt') {
      const s = body as { relation?: RangeVar; fromClause?: Node[]; usingClause?: Node[]; whereClause?: Node };
      visitScope(s.fromClause ?? s.usingClause ?? [], s.whereClause, undefined, body, s.relation ? [s.relation] : []);
    }
  });
  return use;
}

/** True when the expression reads a column of some table (a join key, not a lookup value). */
function readsAnyColumn(node: Node | undefined): boolean {
  let found = false;
  walk(node, (kind) => {
    if (kind === 'ColumnRef') found = true;
    if (kind === 'SelectStmt') return false;
  });
  return found;
}

function classify(node: Node, scope: Scope, u: TableUse): void {
  const expr = nodeAs(node, 'A_Expr');
  if (!expr) return;
  const op = (expr.name ?? []).map((n) => stringValue(n)).join('.');
  const add = (list: string[], col: string | undefined): void => {
    if (col && !list.includes(col)) list.push(col);
  };
  const sided = (): { col: string; other: Node | undefined } | undefined => {
    const left = scope.column(expr.lexpr);
    if (left && !scope.reads(expr.rexpr)) return { col: left, other: expr.rexpr };
    const right = scope.column(expr.rexpr);
    if (right && !scope.reads(expr.lexpr)) return { col: right, other: expr.lexpr };
    return undefined;
  };
  switch (expr.kind) {
    case 'AEXPR_OP': {
      const side = sided();
      if (!side) return;
      if (op === '=') add(readsAnyColumn(side.other) ? u.joinEquality : u.equality, side.col);
      else if (RANGE_OPS.has(op)) add(u.range, side.col);
      return;
    }
    case 'AEXPR_IN':
    case 'AEXPR_OP_ANY':
      if (op === '=' && scope.column(expr.lexpr) && !scope.reads(expr.rexpr)) add(u.equality, scope.column(expr.lexpr));
      return;
    case 'AEXPR_BETWEEN':
    case 'AEXPR_BETWEEN_SYM':
      if (scope.column(expr.lexpr) && !scope.reads(expr.rexpr)) add(u.range, scope.column(expr.lexpr));
      return;
    default:
      return;
  }
}
