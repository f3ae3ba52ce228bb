// Indexes as the rules judge them: whether the pull request added one and which statement did,
// comparing indexes of one table (duplicate and redundant index rules), the index a foreign key
// needs, and the duplicates a new unique key fails on.
import type { CatalogIndex, CatalogTable } from '../../core/catalog.js';
import type { ReviewedStatement } from '../../core/review-types.js';
import type { RuleContext } from '../rule.js';
import { nodeAs } from '../../sql/ast.js';
import { quoteIdent, resolveTable } from '../../sql/names.js';
import { baseTableOf } from './base-tables.js';
import { conjuncts, isNotNullTerm } from './printed-predicates.js';
import { parsedStatements, statementThatMade, type StatementRef } from './statements.js';

/** Same keys (columns or expressions), operator classes, predicate and access method. */
export function sameIndexShape(a: CatalogIndex, b: CatalogIndex): boolean {
  return (
    a.method === b.method &&
    a.predicate === b.predicate &&
    a.keys.length === b.keys.length &&
    a.keys.every((_, i) => sameKey(a, b, i))
  );
}

/** Key i of both indexes is the same column or expression with the same opclass, collation and order. */
function sameKey(a: CatalogIndex, b: CatalogIndex, i: number): boolean {
  return (
    a.keys[i] === b.keys[i] &&
    (a.opclasses[i] ?? '') === (b.opclasses[i] ?? '') &&
    (a.collations?.[i] ?? '') === (b.collations?.[i] ?? '') &&
    (a.orders?.[i] ?? '') === (b.orders?.[i] ?? '')
  );
}

/** `short`'s keys and opclasses are a strict leading prefix of `long`'s. */
export function isStrictPrefix(short: CatalogIndex, long: CatalogIndex): boolean {
  return (
    short.keys.length < long.keys.length &&
    short.keys.every((_, i) => sameKey(short, long, i))
  );
}

/**
 * The statement that created the index as it is at the end (catalog change first, CREATE INDEX by
 * name as fallback). The index is followed by its name in its schema (index names are unique per
 * schema), not by its table or definition: a later RENAME of the table or of a key column changes
 * both, and is not what created the index.
 */
export function statementCreatingIndex(ctx: RuleContext, index: CatalogIndex): StatementRef | undefined {
  const schema = index.table.slice(0, index.table.indexOf('.'));
  const byCatalog = statementThatMade(ctx, (c) =>
    Object.values(c.tables).some((t) => t.schema === schema && t.indexes.some((i) => i.name === index.name)),
  );
  if (byCatalog) return byCatalog;
  let found: StatementRef | undefined;
  for (const ref of parsedStatements(ctx)) {
    const stmt = nodeAs(ref.ast, 'IndexStmt');
    if (stmt?.idxname === index.name && resolveTable(ctx, ref.reviewed, stmt.relation) === index.table) found = ref;
  }
  return found;
}

export function keysText(index: CatalogIndex): string {
  return `(${index.keys.join(', ')})${index.predicate ? ` WHERE ${index.predicate}` : ''}`;
}

/** Index name qualified with its table's schema, as traces name relations. */
export function qualifiedIndexName(index: CatalogIndex): string {
  return `${index.table.slice(0, index.table.indexOf('.'))}.${index.name}`;
}

/**
 * The index that lets PostgreSQL find referencing rows of a foreign key on `columns`: a valid btree
 * whose leading keys are exactly those columns in any order (hash for one column), either
 * non-partial or partial on `col IS NOT NULL` terms of those columns, which the referential
 * check's `col = $1` implies.
 */
export function coveringIndex(table: CatalogTable | undefined, columns: string[]): CatalogIndex | undefined {
  if (!table || columns.length === 0) return undefined;
  const wanted = new Set(columns);
  return table.indexes.find((ix) => {
    if (!ix.valid) return false;
    if (ix.predicate !== null && !conjuncts(ix.predicate).every((t) => columns.some((c) => isNotNullTerm(t, c)))) return false;
    if (ix.method === 'hash') return columns.length === 1 && ix.columns.length === 1 && ix.columns[0] === columns[0];
    if (ix.method !== 'btree' || ix.columns.length < wanted.size) return false;
    const leading = ix.columns.slice(0, wanted.size);
    return leading.every((c) => c !== null && wanted.has(c)) && new Set(leading).size === wanted.size;
  });
}

/**
 * Whether the pull request added `index` (as the catalog at `reviewed` has it, else by name at the
 * base): its table is new, or the base table, followed by identity, had no index of that name and
 * definition. On a table renamed in the pull request the definition names the new table, so what
 * the index covers is compared instead.
 */
export function indexAddedSince(ctx: RuleContext, index: CatalogIndex, reviewed?: ReviewedStatement): boolean {
  const table = baseTableOf(ctx, index.table, reviewed);
  const before = table?.indexes.find((i) => i.name === index.name);
  if (!before) return true;
  if (before.table === index.table) return before.definition !== index.definition;
  const shape = (ix: CatalogIndex): string =>
    JSON.stringify([ix.method, ix.unique, ix.keys, ix.include, ix.opclasses, ix.collations, ix.orders, ix.predicate]);
  return shape(before) !== shape(index);
}

// A unique key added to a table that has rows fails on rows that already repeat it: on the empty
// replay it cannot, so the findings that build unique indexes say how to look first.
/**
 * The other way the statement fails in production and not on the empty replay: rows that already
 * repeat a key. Said with the query that finds them, for keys of columns the table already had.
 */
export function duplicatesWarning(table: string, columns: readonly string[], before: { columns: readonly { name: string }[] } | undefined): string {
  if (!columns.length || !columns.every((c) => before?.columns.some((x) => x.name === c))) return '';
  const cols = columns.map(quoteIdent).join(', ');
  return `It also fails if existing rows repeat a value of (${cols}); find them first: SELECT ${cols}, count(*) FROM ${table} GROUP BY ${cols} HAVING count(*) > 1;`;
}
