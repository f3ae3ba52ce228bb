// The query levels of a statement (each SELECT, set-operation arm, UPDATE, DELETE and INSERT) and
// the scope each one sees: its FROM items with aliases and known columns, the CTEs in reach and
// the enclosing level. Also what a level's own clauses hold: column references and subqueries.
import type { ColumnRef, CommonTableExpr, Node, RangeVar, SelectStmt, SubLink, WithClause } from '@pgsql/types';
import type { Catalog, CatalogTable } from '../../core/catalog.js';
import { nodeAs, nodeKind, walk, stringValues } from '../ast.js';
import { resolveTable, type NameScope } from '../names.js';
import { outputColumns } from './output-columns.js';

export type EntryKind = 'table' | 'cte' | 'subquery' | 'function' | 'other';

/** One FROM item of a query level. */
export interface RangeEntry {
  /** The name columns are qualified with: the alias, else the relation name. */
  ref: string;
  kind: EntryKind;
  /** The CTE's or function's name (tables: see `table`). */
  name?: string;
  /** Catalog key of a table reference (`public.users`), whether or not the catalog has it. */
  table?: string;
  catalogTable?: CatalogTable;
  /** Output column names, when known (catalog columns, or a subquery's or CTE's target list). */
  columns?: string[];
  scope: Scope;
}

export interface Scope {
  entries: RangeEntry[];
  /** The enclosing query level (a subquery sees its relations). */
  parent?: Scope;
  /** CTE names visible here with their column names. */
  ctes: CteColumns;
}

export type LevelKind = 'select' | 'update' | 'delete' | 'insert';

/** One query level: a SELECT (or set-operation arm), UPDATE, DELETE or INSERT, with its scope. */
export interface QueryLevel {
  kind: LevelKind;
  /** The level's body: SelectStmt, UpdateStmt, DeleteStmt or InsertStmt. */
  body: Record<string, unknown>;
  select?: SelectStmt;
  scope: Scope;
  /** True for the SELECT that produces the statement's rows (its set-operation arms, an INSERT's source). */
  output: boolean;
  /** A UNION/INTERSECT/EXCEPT node: it has only ORDER BY, LIMIT and OFFSET of its own. */
  setOperation: boolean;
}

const DML_KINDS = new Set<string>(['SelectStmt', 'UpdateStmt', 'DeleteStmt', 'InsertStmt']);
/** Fields of a level that are levels of their own, visited separately. */
const OWN_LEVEL_FIELDS = new Set(['larg', 'rarg', 'withClause']);

/** CTE names in reach with their output columns (undefined: not known). */
type CteColumns = Map<string, string[] | undefined>;

/**
 * Calls `visit` for every query level of a statement, outermost first, each with a scope that
 * knows its FROM items, the CTEs in reach and the enclosing level. `parent` starts inside a level.
 */
export function forEachLevel(root: Node, names: Catalog | NameScope, visit: (level: QueryLevel) => void, parent?: Scope): void {
  // A bare catalog is an application query's: the default search_path.
  new LevelWalker('before' in names ? names : { before: names }, visit).node(root, parent, parent?.ctes ?? new Map(), true);
}

/** The outermost level of a query node (a SubLink's subselect), seen from inside `parent`. */
export function rootLevel(root: Node, names: Catalog | NameScope, parent?: Scope): QueryLevel | undefined {
  let first: QueryLevel | undefined;
  forEachLevel(root, names, (level) => (first ??= level), parent);
  return first;
}

/** One walk over a statement's levels: `parent` and `ctes` are what the node being visited sees. */
class LevelWalker {
  constructor(
    private readonly names: NameScope,
    private readonly visit: (level: QueryLevel) => void,
  ) {}

  node(node: Node, parent: Scope | undefined, ctes: CteColumns, output: boolean): void {
    const select = nodeAs(node, 'SelectStmt');
    if (select) return this.select(select, parent, ctes, output);
    const kind = nodeKind(node);
    if (kind !== 'UpdateStmt' && kind !== 'DeleteStmt' && kind !== 'InsertStmt') return;
    const body = Object.values(node)[0] as Record<string, unknown> & { withClause?: WithClause };
    const inner = withCtes(body.withClause, ctes);
    const scope: Scope = { entries: [], parent, ctes: inner };
    const update = nodeAs(node, 'UpdateStmt');
    const del = nodeAs(node, 'DeleteStmt');
    const insert = nodeAs(node, 'InsertStmt');
    const relation = update?.relation ?? del?.relation ?? insert?.relation;
    if (relation) addRangeVar(relation, scope, this.names);
    for (const item of update?.fromClause ?? del?.usingClause ?? []) addFromItem(item, scope, this.names);
    const levelKind: LevelKind = update ? 'update' : del ? 'delete' : 'insert';
    this.visit({ kind: levelKind, body, scope, output: false, setOperation: false });
    this.cteBodies(body.withClause, parent, ctes);
    if (insert?.selectStmt) {
      // The source SELECT does not see the target table.
      this.node(insert.selectStmt, parent, inner, output);
    }
    for (const nested of nestedLevels(body, ['selectStmt'])) this.node(nested, scope, inner, false);
  }

  private select(select: SelectStmt, parent: Scope | undefined, ctes: CteColumns, output: boolean): void {
    const inner = withCtes(select.withClause, ctes);
    const scope: Scope = { entries: [], parent, ctes: inner };
    const setOperation = select.op !== undefined && select.op !== 'SETOP_NONE';
    if (!setOperation) for (const item of select.fromClause ?? []) addFromItem(item, scope, this.names);
    this.visit({ kind: 'select', body: select as unknown as Record<string, unknown>, select, scope, output, setOperation });
    this.cteBodies(select.withClause, parent, ctes);
    if (setOperation) {
      if (select.larg) this.select(select.larg, parent, inner, output);
      if (select.rarg) this.select(select.rarg, parent, inner, output);
    }
    for (const nested of nestedLevels(select as unknown as Record<string, unknown>)) this.node(nested, scope, inner, false);
  }

  /** The CTE bodies of a WITH clause; `ctes` are those in reach outside it. */
  private cteBodies(withClause: WithClause | undefined, parent: Scope | undefined, ctes: CteColumns): void {
    // Without RECURSIVE a CTE sees only the CTEs listed before it: its own name still means the
    // table it may shadow (`WITH orders AS (SELECT * FROM orders WHERE ...)`).
    let seen = withClause?.recursive ? withCtes(withClause, ctes) : ctes;
    for (const c of withClause?.ctes ?? []) {
      const cte = nodeAs(c, 'CommonTableExpr');
      if (cte?.ctequery) this.node(cte.ctequery, parent, seen, false);
      if (!withClause?.recursive && cte?.ctename) seen = new Map(seen).set(cte.ctename, cteColumns(cte));
    }
  }
}

/** The CTE names in reach after a WITH clause, with their output columns. */
function withCtes(withClause: WithClause | undefined, outer: CteColumns): CteColumns {
  if (!withClause?.ctes?.length) return outer;
  const out = new Map(outer);
  for (const c of withClause.ctes) {
    const cte = nodeAs(c, 'CommonTableExpr');
    if (cte?.ctename) out.set(cte.ctename, cteColumns(cte));
  }
  return out;
}

function cteColumns(cte: CommonTableExpr): string[] | undefined {
  const named = stringValues(cte.aliascolnames);
  if (named.length > 0) return named;
  return cte.ctequery ? outputColumns(cte.ctequery) : undefined;
}

/** Query nodes nested in a level's own fields (subqueries in expressions and FROM), not descended into. */
function nestedLevels(body: Record<string, unknown>, skip: string[] = []): Node[] {
  const out: Node[] = [];
  for (const [key, value] of Object.entries(body)) {
    if (OWN_LEVEL_FIELDS.has(key) || skip.includes(key)) continue;
    walk(value, (kind, inner) => {
      if (!DML_KINDS.has(kind)) return;
      out.push({ [kind]: inner } as unknown as Node);
      return false;
    });
  }
  return out;
}
function addFromItem(item: Node, scope: Scope, names: NameScope): void {
  const rv = nodeAs(item, 'RangeVar');
  if (rv) return addRangeVar(rv, scope, names);
  const join = nodeAs(item, 'JoinExpr');
  if (join) {
    if (join.larg) addFromItem(join.larg, scope, names);
    if (join.rarg) addFromItem(join.rarg, scope, names);
    return;
  }
  const sample = nodeAs(item, 'RangeTableSample');
  if (sample?.relation) return addFromItem(sample.relation, scope, names);
  const sub = nodeAs(item, 'RangeSubselect');
  if (sub) {
    const named = stringValues(sub.alias?.colnames);
    const columns = sub.subquery ? outputColumns(sub.subquery) : undefined;
    // Without an alias (allowed since PostgreSQL 16) it still takes part in unqualified name lookup.
    scope.entries.push({ ref: sub.alias?.aliasname ?? '', kind: 'subquery', columns: renamed(columns, named), scope });
    return;
  }
  const fn = nodeAs(item, 'RangeFunction');
  if (fn) {
    const first = nodeAs(nodeAs(fn.functions?.[0], 'List')?.items?.[0], 'FuncCall');
    const name = stringValues(first?.funcname).pop();
    const ref = fn.alias?.aliasname ?? name;
    const named = stringValues(fn.alias?.colnames);
    const defined = (fn.coldeflist ?? []).map((c) => nodeAs(c, 'ColumnDef')?.colname ?? '?');
    const columns = named.length > 0 ? named : defined.length > 0 ? defined : undefined;
    scope.entries.push({ ref: ref ?? '', kind: 'function', name, columns, scope });
    return;
  }
  // XMLTABLE, JSON_TABLE: columns not modelled, so they make unqualified names uncertain.
  const body = Object.values(item)[0] as { alias?: { aliasname?: string } } | undefined;
  scope.entries.push({ ref: body?.alias?.aliasname ?? '', kind: 'other', scope });
}

function addRangeVar(rv: RangeVar, scope: Scope, names: NameScope): void {
  const name = rv.relname;
  if (!name) return;
  const ref = rv.alias?.aliasname ?? name;
  const named = stringValues(rv.alias?.colnames);
  if (!rv.schemaname && scope.ctes.has(name)) {
    scope.entries.push({ ref, kind: 'cte', name, columns: renamed(scope.ctes.get(name), named), scope });
    return;
  }
  const table = resolveTable(undefined, names, rv) ?? `public.${name}`;
  const catalogTable = names.before.tables[table];
  const columns = catalogTable ? renamed(catalogTable.columns.map((c) => c.name), named) : undefined;
  scope.entries.push({ ref, kind: 'table', table, catalogTable, columns, scope });
}

/** `AS t(a, b)` renames the first columns in order. */
function renamed(columns: string[] | undefined, names: string[]): string[] | undefined {
  if (names.length === 0) return columns;
  if (!columns) return undefined;
  return columns.map((c, i) => names[i] ?? c);
}

/** Column references of an expression, not descending into subqueries. */
export function columnRefsIn(node: unknown): ColumnRef[] {
  const out: ColumnRef[] = [];
  walk(node, (kind, body) => {
    if (kind === 'SubLink' || DML_KINDS.has(kind)) return false;
    if (kind === 'ColumnRef') out.push(body as ColumnRef);
  });
  return out;
}

/** Column references of a level's own clauses (not its subqueries, CTEs or set-operation arms). */
export function levelColumnRefs(level: QueryLevel): ColumnRef[] {
  const out: ColumnRef[] = [];
  for (const [key, value] of Object.entries(level.body)) {
    if (OWN_LEVEL_FIELDS.has(key) || key === 'selectStmt') continue;
    out.push(...columnRefsIn(value));
  }
  return out;
}

/** Subqueries (SubLinks) of an expression, outermost only. */
export function subLinksIn(node: unknown): SubLink[] {
  const out: SubLink[] = [];
  walk(node, (kind, body) => {
    if (kind === 'SubLink') {
      out.push(body);
      return false;
    }
    if (DML_KINDS.has(kind)) return false;
  });
  return out;
}
