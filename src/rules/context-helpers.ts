// Iteration and lookup helpers shared by rules, so each rule file holds only its own judgement.
import type { Node } from '@pgsql/types';
import type { Catalog, CatalogColumn, CatalogIndex, CatalogTable } from '../core/catalog.js';
import type { ReviewedFile, ReviewedStatement } from '../core/review-types.js';
import type { SqlStatement } from '../core/sql-types.js';
import type { Fix } from '../core/finding.js';
import type { RuleContext } from './rule.js';
import { lineOfCharPosition } from '../core/positions.js';
import { nodeAs } from '../sql/ast.js';
import { conjuncts, isNotNullTerm } from './helpers/predicates.js';

/** One reviewed statement with the file it belongs to. */
export interface StatementRef {
  file: ReviewedFile;
  reviewed: ReviewedStatement;
  statement: SqlStatement;
  ast?: Node;
  /** Position across all reviewed files, in apply order. */
  seq: number;
}

/**
 * Statements of the files that will run in production: added ones. An edited, renamed or deleted
 * applied migration never runs again (edited-migration reports it), so statement rules skip it
 * unless `allFiles` asks for every file (syntax errors are worth showing wherever they are).
 */
export function* reviewedStatements(ctx: RuleContext, options: { allFiles?: boolean } = {}): Generator<StatementRef> {
  let seq = 0;
  for (const file of ctx.files) {
    if (!options.allFiles && file.status !== 'added') continue;
    for (const reviewed of file.statements) {
      yield { file, reviewed, statement: reviewed.statement, ast: reviewed.statement.ast, seq: seq++ };
    }
  }
}

export interface ParsedRef extends Omit<StatementRef, 'ast'> {
  ast: Node;
}

/** Statements that parsed, with their tree. */
export function* parsedStatements(ctx: RuleContext): Generator<ParsedRef> {
  for (const ref of reviewedStatements(ctx)) if (ref.ast) yield { ...ref, ast: ref.ast };
}

/** Base tables by oid, built once per snapshot (snapshots are immutable). */
const byOid = new WeakMap<Catalog, Map<number, CatalogTable>>();

/**
 * The table of the base catalog that `table` (its name at the statement) is, followed by identity:
 * the relation with the same oid, whatever it was called before the pull request renamed it. A
 * table dropped and created again is a new relation (undefined). When the replay does not know
 * the name at this statement (a gap left by a failed statement), the base table of that name.
 */
export function baseTableOf(ctx: RuleContext, table: string, reviewed?: ReviewedStatement): CatalogTable | undefined {
  // `after` as well: a lock or a name read after the statement (its own RENAME) is still the same oid.
  const now = reviewed?.before.tables[table] ?? reviewed?.after.tables[table];
  return now ? baseTableWithOid(ctx, now.oid) : ctx.baseCatalog.tables[table];
}

/** The base catalog's table with this oid (a table of a later snapshot, under whatever name it has now). */
export function baseTableWithOid(ctx: RuleContext, oid: number): CatalogTable | undefined {
  let oids = byOid.get(ctx.baseCatalog);
  if (!oids) {
    oids = new Map(Object.values(ctx.baseCatalog.tables).map((t) => [t.oid, t]));
    byOid.set(ctx.baseCatalog, oids);
  }
  return oids.get(oid);
}

/**
 * Whether `table` existed before the pull request (audit: before the file) and is still that same
 * table at this statement, under whatever name: renamed earlier in the pull request it is still
 * existing; dropped and created again it is new and empty.
 */
export function existedBefore(ctx: RuleContext, table: string, reviewed?: ReviewedStatement): boolean {
  return baseTableOf(ctx, table, reviewed) !== undefined || presumedExisting(ctx, table, reviewed);
}

/**
 * A table the replay never saw, named by a statement that failed on an object production has (a
 * history gap: the schema came from an ORM, a dump or a Go/Java migration; or a base migration
 * that did not replay): in production it exists and holds data, so the rules judge the statement
 * as on an existing table (from its text: nothing was traced), unless the pull request itself
 * creates a table of that name.
 */
function presumedExisting(ctx: RuleContext, table: string, reviewed: ReviewedStatement | undefined): boolean {
  if (!reviewed?.failedOnBaseObject || reviewed.before.tables[table] || reviewed.after.tables[table]) return false;
  const name = table.slice(table.indexOf('.') + 1);
  for (const { ast } of parsedStatements(ctx)) {
    const created = nodeAs(ast, 'CreateStmt')?.relation ?? nodeAs(ast, 'CreateTableAsStmt')?.into?.rel;
    if (created?.relname === name) return false;
  }
  return true;
}

/**
 * The base catalog's column that column `column` of `table` (names at the statement) is: same
 * table and same attribute number, so a column renamed earlier in the pull request is still that
 * column and one dropped and added again is new (undefined).
 */
export function baseColumnOf(ctx: RuleContext, table: string, column: string, reviewed: ReviewedStatement): CatalogColumn | undefined {
  const base = baseTableOf(ctx, table, reviewed);
  if (!base) return undefined;
  const now = reviewed.before.tables[table];
  if (!now) return base.columns.find((c) => c.name === column);
  const attnum = now.columns.find((c) => c.name === column)?.attnum;
  return attnum === undefined ? undefined : base.columns.find((c) => c.attnum === attnum);
}

/** The table as it is just before the statement, else as it was at the base. */
export function tableBefore(ctx: RuleContext, table: string, reviewed: ReviewedStatement): CatalogTable | undefined {
  return reviewed.before.tables[table] ?? ctx.baseCatalog.tables[table];
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
 * The last statement whose catalog change makes `test(before) === false && test(after) === true`:
 * the statement that created an object still present at the end.
 */
export function statementThatMade(ctx: RuleContext, test: (catalog: Catalog) => boolean): StatementRef | undefined {
  let found: StatementRef | undefined;
  for (const ref of reviewedStatements(ctx)) {
    if (!test(ref.reviewed.before) && test(ref.reviewed.after)) found = ref;
  }
  return found;
}

/**
 * A fix replacing the statement's text with `replacement`, expressed on whole lines so text sharing
 * the first or last line (a trailing comment) is kept as it is.
 */
export function statementFix(file: ReviewedFile, statement: SqlStatement, replacement: string, description: string): Fix {
  const text = file.source.text;
  const lineStart = text.lastIndexOf('\n', statement.span.start - 1) + 1;
  let lineEnd = text.indexOf('\n', statement.span.end);
  if (lineEnd < 0) lineEnd = text.length;
  if (text[lineEnd - 1] === '\r') lineEnd -= 1;
  return {
    description,
    edits: [
      {
        line: statement.span.line,
        endLine: statement.span.endLine,
        replacement: text.slice(lineStart, statement.span.start) + replacement + text.slice(statement.span.end, lineEnd),
      },
    ],
  };
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

/** Where a statement's message should point at for a PostgreSQL error position (1-based chars). */
export function lineOfPosition(statement: SqlStatement, position: number | undefined): number {
  return lineOfCharPosition(statement.text, position, statement.span.line);
}

export const DOCS = 'https://www.postgresql.org/docs/current';
