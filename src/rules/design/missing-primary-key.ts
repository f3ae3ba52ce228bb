// Schema design: a table the pull request creates that has no primary key by the end of it.
import type { CatalogTable } from '../../core/catalog.js';
import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { parsedStatements, type ParsedRef } from '../lib/statements.js';
import { frameworkHint } from '../lib/new-columns.js';
import { alterTableCmds, nodeAs } from '../../sql/ast.js';
import { displayName, quoteIdent, resolveTable } from '../../sql/names.js';

/** The same advice in schema.prisma terms: a migration.sql edited by hand drifts from the schema. */
const PRISMA = 'Give the model an `@id` field or an `@@id([...])` over its natural key.';

interface NewTable {
  table: string;
  /** CREATE TABLE ... (LIKE ...) / INHERITS: what it copies is only known from the replay. */
  copies: boolean;
  /** The statement itself declares a primary key. */
  declaresKey: boolean;
}

/** The permanent table a statement creates: CREATE TABLE (not a partition: it shares the parent's key), CREATE TABLE AS, SELECT INTO. */
function createdTable(ctx: RuleContext, ref: ParsedRef): NewTable | undefined {
  const create = nodeAs(ref.ast, 'CreateStmt');
  if (create) {
    if (create.partbound || create.relation?.relpersistence === 't') return undefined;
    const table = resolveTable(ctx, ref.reviewed, create.relation, { creates: true });
    if (!table) return undefined;
    let declaresKey = false;
    let copies = (create.inhRelations?.length ?? 0) > 0 || create.ofTypename !== undefined;
    for (const e of create.tableElts ?? []) {
      if (nodeAs(e, 'TableLikeClause')) copies = true;
      const constraints = [e, ...(nodeAs(e, 'ColumnDef')?.constraints ?? [])];
      if (constraints.some((c) => nodeAs(c, 'Constraint')?.contype === 'CONSTR_PRIMARY')) declaresKey = true;
    }
    return { table, copies, declaresKey };
  }
  const ctas = nodeAs(ref.ast, 'CreateTableAsStmt');
  if (ctas && (ctas.objtype === undefined || ctas.objtype === 'OBJECT_TABLE') && ctas.into?.rel?.relpersistence !== 't') {
    const table = resolveTable(ctx, ref.reviewed, ctas.into?.rel, { creates: true });
    return table ? { table, copies: false, declaresKey: false } : undefined;
  }
  return undefined;
}

/** Without a replayed catalog: a later ALTER TABLE of the pull request adds the key. */
function keyAddedLater(ctx: RuleContext, table: string, after: number): boolean {
  for (const ref of parsedStatements(ctx)) {
    if (ref.seq <= after || resolveTable(ctx, ref.reviewed, nodeAs(ref.ast, 'AlterTableStmt')?.relation) !== table) continue;
    for (const cmd of alterTableCmds(ref.ast)) {
      const c = nodeAs(cmd.def, 'Constraint');
      if (cmd.subtype === 'AT_AddConstraint' && c?.contype === 'CONSTR_PRIMARY') return true;
    }
  }
  return false;
}

/** The DDL that gives the table a key: its unique NOT NULL columns, its id column, the foreign keys of a join table, or a new identity column. */
function suggestion(name: string, final: CatalogTable | undefined): string {
  const add = (cols: string[]) => `ALTER TABLE ${name} ADD PRIMARY KEY (${cols.map(quoteIdent).join(', ')});`;
  if (final) {
    const notNull = new Set(final.columns.filter((c) => c.notNull).map((c) => c.name));
    const unique = final.indexes.find((i) => i.unique && i.valid && i.predicate === null && i.columns.every((c) => c !== null && notNull.has(c)));
    if (unique) return add(unique.columns as string[]);
    if (final.columns.some((c) => c.name === 'id')) return add(['id']);
    const fkColumns = final.constraints.filter((c) => c.kind === 'foreign').flatMap((c) => c.columns);
    if (fkColumns.length >= 2 && fkColumns.length === new Set(fkColumns).size) return add(fkColumns);
  }
  return `ALTER TABLE ${name} ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;`;
}

export const missingPrimaryKey: Rule = {
  meta: {
    id: 'missing-primary-key',
    layer: 'design',
    severity: 'warning',
    summary: 'A new table without a primary key by the end of the pull request.',
    why:
      'Without a primary key nothing identifies a row: duplicates creep in, UPDATE and DELETE on a table published ' +
      'for logical replication fail ("cannot update table ... because it does not have a replica identity"), and ' +
      'tools that copy or repack tables online (pg_repack, many CDC pipelines, ORMs) need one. Adding it later to a ' +
      'large table builds a unique index and scans for NULLs under ACCESS EXCLUSIVE, and fails if duplicates already ' +
      'exist. A key added later in the same pull request counts; partitions share their parent\'s key and temporary ' +
      'tables are not flagged.',
    bad: 'CREATE TABLE order_events (\n  order_id bigint NOT NULL,\n  kind text NOT NULL,\n  at timestamptz NOT NULL DEFAULT now()\n);',
    good:
      'CREATE TABLE order_events (\n  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n  order_id bigint NOT NULL,\n' +
      '  kind text NOT NULL,\n  at timestamptz NOT NULL DEFAULT now()\n);',
    frameworks: { prisma: PRISMA },
    references: [`${POSTGRES_DOCS_URL}/ddl-constraints.html#DDL-CONSTRAINTS-PRIMARY-KEYS`, `${POSTGRES_DOCS_URL}/logical-replication-publication.html`],
    fixable: false,
    needs: ['catalog'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const ref of parsedStatements(ctx)) {
      const created = createdTable(ctx, ref);
      const { reviewed } = ref;
      if (!created || reviewed.trace?.outcome === 'error' || reviewed.before.tables[created.table]) continue;
      const after = reviewed.after.tables[created.table];
      let final: CatalogTable | undefined;
      if (after) {
        final = Object.values(ctx.finalCatalog.tables).find((t) => t.oid === after.oid);
        if (!final || final.kind === 'view' || final.kind === 'matview' || final.kind === 'foreign') continue; // dropped by the end
        if (final.constraints.some((c) => c.kind === 'primary')) continue;
      } else if (created.declaresKey || created.copies || keyAddedLater(ctx, created.table, ref.seq)) {
        continue;
      }
      const name = displayName(created.table);
      out.push({
        file: ref.file.source.path,
        statement: ref.statement,
        message: `New table ${name} has no primary key by the end of the pull request: nothing identifies its rows, and logical replication cannot replicate its UPDATEs and DELETEs.`,
        help: `Declare a primary key in the CREATE TABLE, or add one while the table is still empty:\n${suggestion(name, final)}${frameworkHint(ref.file, PRISMA)}`,
        verified: after ? 'replay' : 'static',
      });
    }
    return out;
  },
};
