// Whether a table or column existed before the pull request, followed by identity (oid, attnum)
// rather than by name: a table renamed in the pull request is still the existing one, one dropped
// and created again is new and empty.
import type { Catalog, CatalogColumn, CatalogTable } from '../../core/catalog.js';
import type { ReviewedStatement } from '../../core/review-types.js';
import type { RuleContext } from '../rule.js';
import { nodeAs } from '../../sql/ast.js';
import { parsedStatements } from './statements.js';

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
