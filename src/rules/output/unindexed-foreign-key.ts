// Layer 4: a foreign key the pull request adds (or whose index it drops) has no index on its columns.
import type { Node } from '@pgsql/types';
import type { Catalog, CatalogConstraint, CatalogIndex, CatalogTable } from '../../core/catalog.js';
import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { baseTableWithOid } from '../lib/base-tables.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { coveringIndex } from '../lib/indexes.js';
import { parsedStatements, statementThatMade, type StatementRef } from '../lib/statements.js';
import { alterTableCmds, nodeAs, stringValues } from '../../sql/ast.js';
import { displayName, quoteIdent, resolveTable } from '../../sql/names.js';

function isCovered(catalog: Catalog, table: string, fk: CatalogConstraint): boolean {
  return coveringIndex(catalog.tables[table], fk.columns) !== undefined;
}

/** The statement that added the constraint, found in the trees when catalogs do not show it. */
function statementByAst(ctx: RuleContext, table: string, fk: CatalogConstraint): StatementRef | undefined {
  let found: StatementRef | undefined;
  const same = (cols: string[]) => cols.length === fk.columns.length && cols.every((c, i) => c === fk.columns[i]);
  for (const ref of parsedStatements(ctx)) {
    const create = nodeAs(ref.ast, 'CreateStmt');
    const rel = create ? resolveTable(ctx, ref.reviewed, create.relation, { creates: true }) : resolveTable(ctx, ref.reviewed, nodeAs(ref.ast, 'AlterTableStmt')?.relation);
    if (rel !== table) continue;
    const constraints: { name?: string; cols: string[] }[] = [];
    const fromElements = (elts: Node[] | undefined) => {
      for (const e of elts ?? []) {
        const c = nodeAs(e, 'Constraint');
        if (c?.contype === 'CONSTR_FOREIGN') constraints.push({ name: c.conname, cols: stringValues(c.fk_attrs) });
        const col = nodeAs(e, 'ColumnDef');
        for (const n of col?.constraints ?? []) {
          const cc = nodeAs(n, 'Constraint');
          if (cc?.contype === 'CONSTR_FOREIGN' && col?.colname) constraints.push({ name: cc.conname, cols: [col.colname] });
        }
      }
    };
    if (create) fromElements(create.tableElts);
    for (const cmd of alterTableCmds(ref.ast)) {
      if (cmd.subtype === 'AT_AddConstraint' || cmd.subtype === 'AT_AddColumn') fromElements(cmd.def ? [cmd.def] : []);
    }
    if (constraints.some((c) => c.name === fk.name || (!c.name && same(c.cols)))) found = ref;
  }
  return found;
}

function indexSql(table: CatalogTable, qualified: string, columns: string[], concurrently: boolean): string {
  const base = `${table.name}_${columns.join('_')}_idx`.slice(0, 63);
  return `CREATE INDEX${concurrently ? ' CONCURRENTLY' : ''} ${quoteIdent(base)} ON ${displayName(qualified)} (${columns.map(quoteIdent).join(', ')});`;
}

/**
 * A valid btree whose keys after the first are the foreign key columns (`(tenant_id, user_id)` for
 * `user_id`): PostgreSQL 18's skip scan can serve the lookup when the first column has few values.
 */
function skipScanIndex(table: CatalogTable, columns: string[]): CatalogIndex | undefined {
  const wanted = new Set(columns);
  return table.indexes.find((ix) => {
    if (!ix.valid || ix.predicate !== null || ix.method !== 'btree' || ix.columns.length < columns.length + 1) return false;
    const next = ix.columns.slice(1, 1 + columns.length);
    return ix.columns[0] !== null && !wanted.has(ix.columns[0]) && next.every((c) => c !== null && wanted.has(c)) && new Set(next).size === wanted.size;
  });
}

export const unindexedForeignKey: Rule = {
  meta: {
    id: 'unindexed-foreign-key',
    layer: 'output',
    severity: 'warning',
    summary: 'A foreign key added by the pull request (or whose index it drops) has no index on its columns.',
    why:
      'PostgreSQL indexes the referenced side of a foreign key (it needs a unique constraint) but not the ' +
      'referencing side. Without an index whose leading columns are the foreign key columns, every DELETE of a ' +
      'referenced row and every update of its key scans the whole referencing table (under a lock, inside the ' +
      'deleting transaction), and joins along the key cannot use an index. A partial index counts when its WHERE clause ' +
      'only requires key columns to be NOT NULL, which the lookup implies. NOT ENFORCED foreign keys (PostgreSQL 18) have ' +
      'no triggers and make no lookups. Judged on the schema at the end of the pull request, so an index created in a ' +
      'later migration counts.',
    setup:
      "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);\n" +
      "CREATE TABLE orders (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, user_id bigint NOT NULL, note varchar(200), created_at timestamptz NOT NULL DEFAULT now());",
    bad: 'ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;',
    good:
      'ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\n' +
      'CREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);',
    references: [`${POSTGRES_DOCS_URL}/ddl-constraints.html#DDL-CONSTRAINTS-FK`, `${POSTGRES_DOCS_URL}/indexes-multicolumn.html`],
    fixable: false,
    needs: ['catalog'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const [qualified, table] of Object.entries(ctx.finalCatalog.tables)) {
      for (const fk of table.constraints) {
        // NOT ENFORCED (PostgreSQL 18): no triggers, so no lookup of referencing rows to make fast.
        if (fk.kind !== 'foreign' || fk.enforced === false || isCovered(ctx.finalCatalog, qualified, fk)) continue;
        // The same table at the base, whatever the pull request renamed it to.
        const baseTable = baseTableWithOid(ctx, table.oid);
        const baseFk = baseTable?.constraints.find((c) => c.name === fk.name && c.kind === 'foreign');
        const has = (c: Catalog) => c.tables[qualified]?.constraints.some((x) => x.name === fk.name && x.kind === 'foreign') ?? false;
        let ref: StatementRef | undefined;
        let cause: string;
        if (!baseFk || baseFk.definition !== fk.definition) {
          ref = statementThatMade(ctx, has) ?? statementByAst(ctx, qualified, fk);
          cause = 'added by this pull request';
        } else if (baseTable && isCovered(ctx.baseCatalog, `${baseTable.schema}.${baseTable.name}`, baseFk)) {
          ref = statementThatMade(ctx, (c) => has(c) && !isCovered(c, qualified, fk));
          cause = 'whose index this pull request drops';
        } else {
          continue; // unindexed before the pull request too: not this change's doing
        }
        const file = ref?.file.source.path ?? ctx.files[ctx.files.length - 1]?.source.path;
        if (!file) continue;
        const cols = fk.columns.map(quoteIdent).join(', ');
        const target = fk.references ? displayName(fk.references.table) : 'the referenced table';
        const existed = baseTable !== undefined;
        const skip = ctx.config.postgresVersion >= 18 ? skipScanIndex(table, fk.columns) : undefined;
        out.push({
          ...(skip ? { severity: 'notice' as const } : {}),
          file,
          statement: ref?.statement,
          message:
            `Foreign key ${fk.name} on ${displayName(qualified)} (${cols}), ${cause}, has no valid index whose leading columns are ` +
            `(${cols}): every DELETE from ${target} or update of its key scans ${displayName(qualified)} for referencing rows` +
            (skip
              ? `, unless PostgreSQL 18 skips through index ${quoteIdent(skip.name)}, whose first column ${quoteIdent(skip.columns[0] ?? '')} ` +
                'comes before them: fast only while that column has few distinct values (a tenant or type key).'
              : '.'),
          help: `Index the foreign key columns${existed ? ' (CONCURRENTLY, since the table already holds rows)' : ''}:\n${indexSql(table, qualified, fk.columns, existed)}`,
          verified: 'replay',
        });
      }
    }
    return out;
  },
};
