// Layer 4: a foreign key whose column type differs from the referenced column's type.
import type { Catalog, CatalogConstraint } from '../../core/catalog.js';
import type { FindingDraft, Rule } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { statementThatMade } from '../lib/statements.js';
import { displayName, quoteIdent } from '../../sql/names.js';

interface Pair {
  column: string;
  type: string;
  refColumn: string;
  refType: string;
}

const INTEGER_LIMITS: Record<string, string> = {
  smallint: '32,767',
  integer: '2,147,483,647 (2^31 - 1)',
};
const INTEGER_WIDTH: Record<string, number> = { smallint: 2, integer: 4, bigint: 8 };

/** The column pairs of `fk` whose types differ, in `catalog`. */
function mismatches(catalog: Catalog, table: string, fk: CatalogConstraint): Pair[] {
  const own = catalog.tables[table];
  const ref = fk.references ? catalog.tables[fk.references.table] : undefined;
  if (!own || !ref || !fk.references) return [];
  const out: Pair[] = [];
  fk.columns.forEach((column, i) => {
    const refColumn = fk.references?.columns[i];
    const type = own.columns.find((c) => c.name === column)?.type;
    const refType = ref.columns.find((c) => c.name === refColumn)?.type;
    if (refColumn && type && refType && type !== refType) out.push({ column, type, refColumn, refType });
  });
  return out;
}

function findConstraint(catalog: Catalog, table: string, name: string): CatalogConstraint | undefined {
  return catalog.tables[table]?.constraints.find((c) => c.kind === 'foreign' && c.name === name);
}

/** What the difference costs, in the words a reader needs for this pair of types. */
function consequence(p: Pair, refTable: string): string {
  const narrow = INTEGER_WIDTH[p.type];
  const wide = INTEGER_WIDTH[p.refType];
  if (narrow && wide && narrow < wide) {
    return `once ${refTable}.${quoteIdent(p.refColumn)} passes ${INTEGER_LIMITS[p.type]}, rows referencing the new values cannot be inserted ("${p.type} out of range")`;
  }
  if (narrow && wide) return 'the referencing column is wider than the key, which costs nothing (integer comparisons across widths use indexes) and is ready for the key to be widened';
  if (/^character varying\(\d+\)$|^character\(\d+\)$/.test(p.type)) {
    return `keys of ${refTable} longer than the referencing column's limit cannot be referenced ("value too long")`;
  }
  return 'every join and every foreign key check compares across types, which can keep the planner from using an index on one side';
}

export const foreignKeyTypeMismatch: Rule = {
  meta: {
    id: 'foreign-key-type-mismatch',
    layer: 'output',
    severity: 'warning',
    summary: "A foreign key column's type differs from the referenced column's type.",
    why:
      'PostgreSQL accepts a foreign key between different but comparable types (integer referencing bigint, varchar(n) ' +
      'referencing text). The mismatch stays hidden until it hurts: an integer column referencing a bigint key fails ' +
      'with "integer out of range" as soon as the parent ids pass 2^31 - 1, a varchar(n) column cannot hold longer keys, ' +
      'and joins and the foreign key checks compare across types. Judged on the schema at the end of the pull request, ' +
      'for foreign keys it adds and for mismatches it causes (a referenced column widened without its referencing columns).',
    setup: 'CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);',
    bad:
      'CREATE TABLE orders (\n  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n  user_id integer NOT NULL REFERENCES users (id)\n);\n' +
      'CREATE INDEX orders_user_id_idx ON orders (user_id);',
    good:
      'CREATE TABLE orders (\n  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n  user_id bigint NOT NULL REFERENCES users (id)\n);\n' +
      'CREATE INDEX orders_user_id_idx ON orders (user_id);',
    references: [`${POSTGRES_DOCS_URL}/ddl-constraints.html#DDL-CONSTRAINTS-FK`, `${POSTGRES_DOCS_URL}/datatype-numeric.html#DATATYPE-INT`],
    fixable: false,
    needs: ['catalog'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const [qualified, table] of Object.entries(ctx.finalCatalog.tables)) {
      for (const fk of table.constraints) {
        if (fk.kind !== 'foreign' || !fk.references) continue;
        const pairs = mismatches(ctx.finalCatalog, qualified, fk);
        if (pairs.length === 0) continue;
        const baseTable = ctx.baseCatalog.tables[qualified];
        const baseFk = baseTable?.oid === table.oid ? findConstraint(ctx.baseCatalog, qualified, fk.name) : undefined;
        const addedHere = !baseFk || baseFk.definition !== fk.definition;
        // An existing foreign key counts only when the pull request made its types differ.
        if (!addedHere && mismatches(ctx.baseCatalog, qualified, baseFk).length > 0) continue;
        const mismatched = (c: Catalog) => {
          const now = findConstraint(c, qualified, fk.name);
          return now !== undefined && mismatches(c, qualified, now).length > 0;
        };
        const ref = statementThatMade(ctx, mismatched);
        const file = ref?.file.source.path ?? ctx.files.find((f) => f.status === 'added')?.source.path;
        if (!file) continue;
        const own = displayName(qualified);
        const target = displayName(fk.references.table);
        const described = pairs
          .map((p) => `${own}.${quoteIdent(p.column)} is ${p.type} but ${target}.${quoteIdent(p.refColumn)} is ${p.refType}: ${consequence(p, target)}`)
          .join('; ');
        // A wider integer referencing a narrower key is harmless: at most a notice.
        const harmless = pairs.every((p) => (INTEGER_WIDTH[p.type] ?? 0) > (INTEGER_WIDTH[p.refType] ?? Infinity));
        out.push({
          ...(harmless ? { severity: 'notice' as const } : {}),
          file,
          statement: ref?.statement,
          message: `Foreign key ${fk.name}${addedHere ? '' : ' (its types now differ after this pull request)'}: ${described}.`,
          help:
            `Declare ${pairs.map((p) => `${quoteIdent(p.column)} as ${p.refType}`).join(', ')} so both sides have the same type. ` +
            'On a table that already holds rows, changing an integer column to bigint rewrites it: add a new column of the ' +
            'right type, backfill it in batches and switch over, or fix the type while the table is still new.',
          verified: 'replay',
        });
      }
    }
    return out;
  },
};
