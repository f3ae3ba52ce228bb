// What the query rules share: which queries to judge, the relations each query level can see
// (FROM items, aliases, CTEs, enclosing levels), column resolution through them, the WHERE and
// JOIN ... ON predicates of a level, index lookups, and short renderings of expressions for messages.
import type { A_Const, ColumnRef, CommonTableExpr, Node, RangeVar, SelectStmt, SubLink, TypeCast, WithClause } from '@pgsql/types';
import type { Catalog, CatalogColumn, CatalogIndex, CatalogTable } from '../../core/catalog.js';
import type { ReviewedQuery } from '../../core/query-types.js';
import type { RuleContext } from '../rule.js';
import { nodeAs, nodeKind, typeNameToString, walk } from '../../sql/index.js';
import { displayName, quoteIdent, relationName, stringValues } from '../helpers/ast.js';

// ---------------------------------------------------------------------------------------------
// Queries under judgement

export interface ParsedQuery {
  query: ReviewedQuery;
  ast: Node;
}

/** Changed queries that parsed (an unparsed one is query-invalid's or syntax-error's business). */
export function* changedQueries(ctx: RuleContext, origin?: ReviewedQuery['origin']): Generator<ParsedQuery> {
  for (const query of ctx.queries) {
    if (!query.changed || !query.statement.ast) continue;
    if (origin && query.origin !== origin) continue;
    yield { query, ast: query.statement.ast };
  }
}

/** `Query GetUser`, `The query` or `The migration statement`, to open a message. */
export function queryLabel(q: ReviewedQuery): string {
  if (q.name) return `Query ${q.name}`;
  return q.origin === 'migration' ? 'The migration statement' : 'The query';
}

// ---------------------------------------------------------------------------------------------
// Scopes: what a query level can name

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
  /** CTE names visible here with their column names (undefined: not known). */
  ctes: Map<string, string[] | undefined>;
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

/**
 * Calls `visit` for every query level of a statement, outermost first, each with a scope that
 * knows its FROM items, the CTEs in reach and the enclosing level. `parent` starts inside a level.
 */
export function forEachLevel(root: Node, catalog: Catalog, visit: (level: QueryLevel) => void, parent?: Scope): void {
  visitNode(root, parent, parent?.ctes ?? new Map(), true, catalog, visit);
}

/** The outermost level of a query node (a SubLink's subselect), seen from inside `parent`. */
export function rootLevel(root: Node, catalog: Catalog, parent?: Scope): QueryLevel | undefined {
  let first: QueryLevel | undefined;
  forEachLevel(root, catalog, (level) => (first ??= level), parent);
  return first;
}

function visitNode(
  node: Node,
  parent: Scope | undefined,
  ctes: Map<string, string[] | undefined>,
  output: boolean,
  catalog: Catalog,
  visit: (level: QueryLevel) => void,
): void {
  const select = nodeAs(node, 'SelectStmt');
  if (select) return visitSelect(select, parent, ctes, output, catalog, visit);
  const kind = nodeKind(node);
  if (kind !== 'UpdateStmt' && kind !== 'DeleteStmt' && kind !== 'InsertStmt') return;
  const body = Object.values(node)[0] as Record<string, unknown> & { withClause?: WithClause };
  const inner = withCtes(body.withClause, ctes);
  const scope: Scope = { entries: [], parent, ctes: inner };
  const update = nodeAs(node, 'UpdateStmt');
  const del = nodeAs(node, 'DeleteStmt');
  const insert = nodeAs(node, 'InsertStmt');
  const relation = update?.relation ?? del?.relation ?? insert?.relation;
  if (relation) addRangeVar(relation, scope, catalog);
  for (const item of update?.fromClause ?? del?.usingClause ?? []) addFromItem(item, scope, catalog);
  const levelKind: LevelKind = update ? 'update' : del ? 'delete' : 'insert';
  visit({ kind: levelKind, body, scope, output: false, setOperation: false });
  visitCtes(body.withClause, parent, inner, catalog, visit);
  if (insert?.selectStmt) {
    // The source SELECT does not see the target table.
    visitNode(insert.selectStmt, parent, inner, output, catalog, visit);
  }
  for (const nested of nestedLevels(body, ['selectStmt'])) visitNode(nested, scope, inner, false, catalog, visit);
}

function visitSelect(
  select: SelectStmt,
  parent: Scope | undefined,
  ctes: Map<string, string[] | undefined>,
  output: boolean,
  catalog: Catalog,
  visit: (level: QueryLevel) => void,
): void {
  const inner = withCtes(select.withClause, ctes);
  const scope: Scope = { entries: [], parent, ctes: inner };
  const setOperation = select.op !== undefined && select.op !== 'SETOP_NONE';
  if (!setOperation) for (const item of select.fromClause ?? []) addFromItem(item, scope, catalog);
  visit({ kind: 'select', body: select as unknown as Record<string, unknown>, select, scope, output, setOperation });
  visitCtes(select.withClause, parent, inner, catalog, visit);
  if (setOperation) {
    if (select.larg) visitSelect(select.larg, parent, inner, output, catalog, visit);
    if (select.rarg) visitSelect(select.rarg, parent, inner, output, catalog, visit);
  }
  for (const nested of nestedLevels(select as unknown as Record<string, unknown>)) visitNode(nested, scope, inner, false, catalog, visit);
}

function visitCtes(
  withClause: WithClause | undefined,
  parent: Scope | undefined,
  ctes: Map<string, string[] | undefined>,
  catalog: Catalog,
  visit: (level: QueryLevel) => void,
): void {
  for (const c of withClause?.ctes ?? []) {
    const cte = nodeAs(c, 'CommonTableExpr');
    if (cte?.ctequery) visitNode(cte.ctequery, parent, ctes, false, catalog, visit);
  }
}

/** The CTE names in reach after a WITH clause, with their output columns. */
function withCtes(withClause: WithClause | undefined, outer: Map<string, string[] | undefined>): Map<string, string[] | undefined> {
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

/** Output column names of a query, undefined when a `*` (or RETURNING *) leaves them unknown. */
export function outputColumns(node: Node): string[] | undefined {
  const select = nodeAs(node, 'SelectStmt');
  if (select) return selectColumns(select);
  const body = Object.values(node)[0] as { returningClause?: { exprs?: Node[] } } | undefined;
  const returning = body?.returningClause?.exprs;
  return returning ? targetColumns(returning) : undefined;
}

function selectColumns(select: SelectStmt): string[] | undefined {
  if (select.op !== undefined && select.op !== 'SETOP_NONE') return select.larg ? selectColumns(select.larg) : undefined;
  if (select.valuesLists?.length) {
    const first = nodeAs(select.valuesLists[0], 'List')?.items ?? [];
    return first.map((_, i) => `column${i + 1}`);
  }
  return targetColumns(select.targetList ?? []);
}

function targetColumns(targets: Node[]): string[] | undefined {
  const names: string[] = [];
  for (const t of targets) {
    const target = nodeAs(t, 'ResTarget');
    if (!target) return undefined;
    if (target.name) {
      names.push(target.name);
      continue;
    }
    const name = impliedName(target.val);
    if (name === '*') return undefined;
    names.push(name);
  }
  return names;
}

/** The column name PostgreSQL gives an unnamed output expression. */
function impliedName(node: Node | undefined): string {
  const ref = nodeAs(node, 'ColumnRef');
  if (ref) {
    const last = ref.fields?.[ref.fields.length - 1];
    return nodeAs(last, 'A_Star') ? '*' : (nodeAs(last, 'String')?.sval ?? '?column?');
  }
  const call = nodeAs(node, 'FuncCall');
  if (call) return stringValues(call.funcname).pop() ?? '?column?';
  const cast = nodeAs(node, 'TypeCast');
  if (cast) {
    const inner = impliedName(cast.arg);
    return inner === '?column?' ? (stringValues(cast.typeName?.names).pop() ?? inner) : inner;
  }
  return '?column?';
}

function addFromItem(item: Node, scope: Scope, catalog: Catalog): void {
  const rv = nodeAs(item, 'RangeVar');
  if (rv) return addRangeVar(rv, scope, catalog);
  const join = nodeAs(item, 'JoinExpr');
  if (join) {
    if (join.larg) addFromItem(join.larg, scope, catalog);
    if (join.rarg) addFromItem(join.rarg, scope, catalog);
    return;
  }
  const sample = nodeAs(item, 'RangeTableSample');
  if (sample?.relation) return addFromItem(sample.relation, scope, catalog);
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

function addRangeVar(rv: RangeVar, scope: Scope, catalog: Catalog): void {
  const name = rv.relname;
  if (!name) return;
  const ref = rv.alias?.aliasname ?? name;
  const named = stringValues(rv.alias?.colnames);
  if (!rv.schemaname && scope.ctes.has(name)) {
    scope.entries.push({ ref, kind: 'cte', name, columns: renamed(scope.ctes.get(name), named), scope });
    return;
  }
  const table = relationName(rv) ?? `public.${name}`;
  const catalogTable = catalog.tables[table];
  const columns = catalogTable ? renamed(catalogTable.columns.map((c) => c.name), named) : undefined;
  scope.entries.push({ ref, kind: 'table', table, catalogTable, columns, scope });
}

/** `AS t(a, b)` renames the first columns in order. */
function renamed(columns: string[] | undefined, names: string[]): string[] | undefined {
  if (names.length === 0) return columns;
  if (!columns) return undefined;
  return columns.map((c, i) => names[i] ?? c);
}

// ---------------------------------------------------------------------------------------------
// Column resolution

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

// ---------------------------------------------------------------------------------------------
// Conditions

/** The WHERE clause and every JOIN ... ON condition of a level's FROM (or USING) list. */
export function levelConditions(level: QueryLevel): Node[] {
  const out: Node[] = [];
  const where = level.body.whereClause as Node | undefined;
  if (where) out.push(where);
  const from = (level.body.fromClause ?? level.body.usingClause ?? []) as Node[];
  const joins = (item: Node): void => {
    const join = nodeAs(item, 'JoinExpr');
    if (!join) return;
    if (join.quals) out.push(join.quals);
    if (join.larg) joins(join.larg);
    if (join.rarg) joins(join.rarg);
  };
  if (level.kind !== 'insert') for (const item of from) joins(item);
  return out;
}

export interface Predicate {
  node: Node;
  /** Under a NOT: the comparison is inverted, so no index condition comes of it. */
  negated: boolean;
}

/** The predicates an AND/OR/NOT tree combines. */
export function predicates(condition: Node, negated = false): Predicate[] {
  const bool = nodeAs(condition, 'BoolExpr');
  if (!bool) return [{ node: condition, negated }];
  const inner = bool.boolop === 'NOT_EXPR' ? !negated : negated;
  return (bool.args ?? []).flatMap((arg) => predicates(arg, inner));
}

/** The operator of an A_Expr: the last part of `OPERATOR(pg_catalog.=)`. */
export function operatorName(name: Node[] | undefined): string {
  return stringValues(name).pop() ?? '';
}

/** A constant's text when the node is a string constant (through casts). */
export function stringConstant(node: Node | undefined): string | undefined {
  const cast = nodeAs(node, 'TypeCast');
  if (cast) return stringConstant(cast.arg);
  return nodeAs(node, 'A_Const')?.sval?.sval;
}

/** True for the integer constant 0 (libpg-query prints Integer 0 as an empty object). */
export function isZeroConstant(node: Node | undefined): boolean {
  const cast = nodeAs(node, 'TypeCast');
  if (cast) return isZeroConstant(cast.arg);
  const c = nodeAs(node, 'A_Const');
  if (!c) return false;
  if (c.ival) return (c.ival.ival ?? 0) === 0;
  if (c.fval) return Number(c.fval.fval) === 0;
  if (c.sval) return c.sval.sval?.trim() === '0';
  return false;
}

/** The function's name, lower case, without schema. */
export function functionName(node: Node | undefined): string | undefined {
  const call = nodeAs(node, 'FuncCall');
  return call ? stringValues(call.funcname).pop()?.toLowerCase() : undefined;
}

/** The conjuncts of an AND tree (an OR or NOT is one conjunct). */
export function conjuncts(condition: Node): Node[] {
  const bool = nodeAs(condition, 'BoolExpr');
  return bool?.boolop === 'AND_EXPR' ? (bool.args ?? []).flatMap(conjuncts) : [condition];
}

/**
 * True when a SELECT level returns at most one row, as far as the catalog proves it: LIMIT 1, or
 * every FROM item pinned to one row by equalities on all columns of a unique index (to constants,
 * parameters, outer columns or columns of items already pinned), or GROUP BY only pinned columns.
 */
export function atMostOneRow(level: QueryLevel): boolean {
  const select = level.select;
  if (!select || level.setOperation) return false;
  const limit = nodeAs(select.limitCount, 'A_Const');
  if (limit?.ival && (limit.ival.ival ?? 0) <= 1) return true;
  const equalities = levelConditions(level)
    .flatMap(conjuncts)
    .map((c) => nodeAs(c, 'A_Expr'))
    .filter((e) => e?.kind === 'AEXPR_OP' && operatorName(e.name) === '=' && e.lexpr && e.rexpr);
  const pinned = new Set<RangeEntry>();
  const fixedBy = (expr: Node | undefined, entry: RangeEntry): boolean =>
    columnRefsIn(expr).every((ref) => {
      const r = resolveColumn(ref, level.scope);
      return r !== undefined && r.entry !== entry && (pinned.has(r.entry) || r.entry.scope !== level.scope);
    });
  const pinnedColumns = (entry: RangeEntry): Set<string> => {
    const out = new Set<string>();
    for (const e of equalities) {
      for (const [side, other] of [[e?.lexpr, e?.rexpr], [e?.rexpr, e?.lexpr]]) {
        const ref = nodeAs(side, 'ColumnRef');
        const r = ref && resolveColumn(ref, level.scope);
        if (r?.entry === entry && fixedBy(other, entry)) out.add(r.column);
      }
    }
    return out;
  };
  for (let grew = true; grew; ) {
    grew = false;
    for (const entry of level.scope.entries) {
      if (pinned.has(entry) || !entry.catalogTable) continue;
      const fixed = pinnedColumns(entry);
      const unique = entry.catalogTable.indexes.some(
        (i) => i.valid && i.unique && i.predicate === null && i.columns.length > 0 && i.columns.every((c) => c !== null && fixed.has(c)),
      );
      if (unique) {
        pinned.add(entry);
        grew = true;
      }
    }
  }
  if (level.scope.entries.length > 0 && level.scope.entries.every((e) => pinned.has(e))) return true;
  const groups = select.groupClause ?? [];
  return (
    groups.length > 0 &&
    groups.every((g) => {
      const ref = nodeAs(g, 'ColumnRef');
      const r = ref && resolveColumn(ref, level.scope);
      return r !== undefined && pinned.has(r.entry);
    })
  );
}

// ---------------------------------------------------------------------------------------------
// Casts and indexes

// Casts PostgreSQL applies as a relabelling, so an index on the column still serves the comparison.
const BINARY_COERCIBLE: Record<string, string[]> = {
  varchar: ['text'],
  text: ['varchar'],
  bpchar: [],
};

/** The cast's target as pg_type names it (`int8`, `varchar`, `timestamptz`), and whether it has modifiers. */
function castTarget(cast: TypeCast): { name: string; mods: boolean; array: boolean } {
  const names = stringValues(cast.typeName?.names);
  const name = (names.pop() ?? '').toLowerCase();
  return { name, mods: (cast.typeName?.typmods?.length ?? 0) > 0, array: (cast.typeName?.arrayBounds?.length ?? 0) > 0 };
}

/** True when `col::type` leaves the column usable by its index: the same type, or a binary-coercible one. */
export function isHarmlessCast(column: CatalogColumn, cast: TypeCast): boolean {
  const target = castTarget(cast);
  const columnArray = column.typeName.startsWith('_');
  const base = columnArray ? column.typeName.slice(1) : column.typeName;
  if (target.array !== columnArray) return false;
  if (target.name === base) return true;
  return !target.mods && (BINARY_COERCIBLE[base] ?? []).includes(target.name);
}

/**
 * Strips casts from a column reference that PostgreSQL treats as relabelling (varchar::text), so
 * `col::text` compares like `col`. Returns the column reference when only such casts wrap it.
 */
export function bareColumn(node: Node | undefined, scope: Scope): { ref: ColumnRef; resolved?: ResolvedColumn } | undefined {
  const ref = nodeAs(node, 'ColumnRef');
  if (ref) return { ref, resolved: resolveColumn(ref, scope) };
  const cast = nodeAs(node, 'TypeCast');
  if (!cast) return undefined;
  const inner = bareColumn(cast.arg, scope);
  if (!inner?.resolved?.catalogColumn) return undefined;
  return isHarmlessCast(inner.resolved.catalogColumn, cast) ? inner : undefined;
}

/** Valid btree indexes of the table whose first key is the bare column. */
export function btreeIndexesLeadingWith(table: CatalogTable, column: string): CatalogIndex[] {
  return table.indexes.filter((i) => i.valid && i.method === 'btree' && i.columns[0] === column);
}

/**
 * Identifiers of an expression index key as pg_get_indexdef renders it (`lower((email)::text)`):
 * function and column names, without string literals, cast targets and schema qualifiers. Used
 * to match a query's expression leniently: a key naming all of the expression's functions and
 * columns counts as the same expression (`EXTRACT(epoch FROM t)` also names `epoch`).
 */
export function indexKeyIdentifiers(key: string): Set<string> {
  const text = key.replace(/'(?:[^']|'')*'/g, "''").replace(CAST_SUFFIX, '');
  const out = new Set<string>();
  const re = /"((?:[^"]|"")+)"|([a-z_][\w$]*)(\s*\.)?/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[3]) continue; // a schema qualifier
    out.add((m[1]?.replace(/""/g, '"') ?? m[2]).toLowerCase());
  }
  for (const word of KEY_WORDS) out.delete(word);
  // `x AT TIME ZONE 'UTC'` is the function timezone('UTC', x) in a parse tree.
  if (/\bat\s+time\s+zone\b/i.test(text)) out.add('timezone');
  return out;
}

// `::type` as pg_get_indexdef writes it: possibly qualified, several words, modifiers, array brackets.
const TYPE_WORD = '(?:"[^"]+"|[a-z_]\\w*)';
const CAST_SUFFIX = new RegExp(
  `::\\s*${TYPE_WORD}(?:\\.${TYPE_WORD})?(?:\\s+(?:varying|precision|without|with|time|zone)\\b)*(?:\\s*\\([\\d,\\s]+\\))?(?:\\[\\])*`,
  'gi',
);

// SQL words pg_get_indexdef writes that are not function or column names.
const KEY_WORDS = ['case', 'when', 'then', 'else', 'end', 'and', 'or', 'not', 'is', 'null', 'true', 'false', 'collate', 'distinct', 'from', 'for', 'at', 'time', 'zone'];

/** Function and column names of an expression (casts and constants left out), for index matching. */
export function expressionIdentifiers(node: Node): Set<string> {
  const out = new Set<string>();
  walk(node, (kind, body) => {
    if (kind === 'FuncCall') {
      const name = stringValues((body as { funcname?: Node[] }).funcname).pop();
      if (name) out.add(name.toLowerCase());
    } else if (kind === 'ColumnRef') {
      const parts = columnRefParts(body as ColumnRef);
      out.add(parts[parts.length - 1].toLowerCase());
    } else if (kind === 'CoalesceExpr') {
      out.add('coalesce');
    } else if (kind === 'TypeCast') {
      // Only the cast's argument counts; the type name's String nodes are not identifiers.
      const arg = (body as { arg?: Node }).arg;
      for (const id of arg ? expressionIdentifiers(arg) : []) out.add(id);
      return false;
    }
  });
  return out;
}

/** An expression index of the table with a key that is (leniently) the same expression. */
export function matchingExpressionIndex(table: CatalogTable, expression: Node): CatalogIndex | undefined {
  const wanted = expressionIdentifiers(expression);
  return table.indexes.find(
    (index) =>
      index.valid &&
      index.keys.some((key, i) => index.columns[i] === null && isSubset(wanted, indexKeyIdentifiers(key))),
  );
}

function isSubset(a: Set<string>, b: Set<string>): boolean {
  return a.size > 0 && [...a].every((x) => b.has(x));
}

// ---------------------------------------------------------------------------------------------
// Rendering for messages

/** A short SQL rendering of an expression for messages (not a full deparser: others show as `...`). */
export function exprText(node: Node | undefined, options: { bareColumns?: boolean } = {}): string {
  if (!node) return '';
  const text = (n: Node | undefined) => exprText(n, options);
  const wrapped = (n: Node | undefined) => (nodeAs(n, 'A_Expr') ? `(${text(n)})` : text(n));
  const ref = nodeAs(node, 'ColumnRef');
  if (ref) {
    const parts = columnRefParts(ref).map((p) => (p === '*' ? p : quoteIdent(p)));
    return options.bareColumns ? parts[parts.length - 1] : parts.join('.');
  }
  const param = nodeAs(node, 'ParamRef');
  if (param) return `$${param.number ?? '?'}`;
  const c = nodeAs(node, 'A_Const');
  if (c) return constantText(c);
  const call = nodeAs(node, 'FuncCall');
  if (call) {
    const args = call.agg_star ? '*' : (call.args ?? []).map(text).join(', ');
    return `${stringValues(call.funcname).filter((n) => n !== 'pg_catalog').join('.')}(${args})`;
  }
  const cast = nodeAs(node, 'TypeCast');
  if (cast) return `${wrapped(cast.arg)}::${typeNameToString(cast.typeName)}`;
  const coalesce = nodeAs(node, 'CoalesceExpr');
  if (coalesce) return `coalesce(${(coalesce.args ?? []).map(text).join(', ')})`;
  const expr = nodeAs(node, 'A_Expr');
  if (expr?.kind === 'AEXPR_OP') {
    const op = operatorName(expr.name);
    // A left-associative chain (`'%' || $1 || '%'`) reads best without its inner parentheses.
    const left = nodeAs(expr.lexpr, 'A_Expr');
    const lhs = left?.kind === 'AEXPR_OP' && operatorName(left.name) === op ? text(expr.lexpr) : wrapped(expr.lexpr);
    return expr.lexpr ? `${lhs} ${op} ${wrapped(expr.rexpr)}` : `${op}${wrapped(expr.rexpr)}`;
  }
  const list = nodeAs(node, 'List');
  if (list) return (list.items ?? []).map(text).join(', ');
  if (nodeAs(node, 'SubLink')) return '(SELECT ...)';
  return '...';
}

function constantText(c: A_Const): string {
  if (c.isnull) return 'NULL';
  if (c.sval) return `'${(c.sval.sval ?? '').replace(/'/g, "''")}'`;
  if (c.ival) return String(c.ival.ival ?? 0);
  if (c.fval) return c.fval.fval ?? '0';
  if (c.boolval) return c.boolval.boolval ? 'true' : 'false';
  return '...';
}

/** `users`, `auth.users u`, `recent r` (a CTE), `(SELECT ...) s` for messages. */
export function entryLabel(entry: RangeEntry): string {
  const alias = entry.ref ? quoteIdent(entry.ref) : '';
  const withAlias = (name: string) => (alias && name !== alias ? `${name} ${alias}` : name);
  if (entry.kind === 'table' && entry.table) {
    const bare = entry.table.slice(entry.table.indexOf('.') + 1);
    return entry.ref === bare ? displayName(entry.table) : withAlias(displayName(entry.table));
  }
  if (entry.kind === 'subquery') return withAlias('(SELECT ...)');
  if (entry.kind === 'function') {
    const call = `${quoteIdent(entry.name ?? entry.ref)}(...)`;
    return entry.ref && entry.ref !== entry.name ? `${call} ${alias}` : call;
  }
  return entry.name ? withAlias(quoteIdent(entry.name)) : alias || '(...)';
}

/** `users.email` (table name, not alias) for messages. */
export function columnLabel(resolved: ResolvedColumn): string {
  const owner = resolved.entry.table ? displayName(resolved.entry.table) : quoteIdent(resolved.entry.ref);
  return `${owner}.${quoteIdent(resolved.column)}`;
}
