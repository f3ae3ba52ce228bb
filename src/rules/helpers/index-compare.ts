// Comparing indexes of one table (duplicate and redundant index rules) and finding who created one.
import type { CatalogIndex } from '../../core/catalog.js';
import type { RuleContext } from '../rule.js';
import { indexAddedSince, parsedStatements, statementThatMade, type StatementRef } from '../context-helpers.js';
import { asNode } from './ast.js';
import { resolveTable } from './resolve.js';

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

export function addedByPr(ctx: RuleContext, index: CatalogIndex): boolean {
  return indexAddedSince(ctx, index);
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
    const stmt = asNode(ref.ast, 'IndexStmt');
    if (stmt?.idxname === index.name && resolveTable(ctx, ref.reviewed, stmt.relation) === index.table) found = ref;
  }
  return found;
}

export function keysText(index: CatalogIndex): string {
  return `(${index.keys.join(', ')})${index.predicate ? ` WHERE ${index.predicate}` : ''}`;
}
