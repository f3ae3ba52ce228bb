// Schema design: integer and smallint key columns the pull request adds overflow long before bigint.
import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { DOCS } from '../context-helpers.js';
import { displayName, quoteIdent } from '../helpers/ast.js';
import { typeFix } from './column-source.js';
import { isSmallInteger, resolveCatalog, typeText, type ResolvedType } from './column-types.js';
import { columnLabel, flagged, frameworkHint, isGenerated, keyRole, newColumns, replacementDdl, type NewColumn } from './new-columns.js';

/** The same advice in schema.prisma terms: a migration.sql edited by hand drifts from the schema. */
const PRISMA = 'Declare the id field `BigInt @id @default(autoincrement())` and the fields referencing it as `BigInt` in schema.prisma, then regenerate the migration.';

const LIMIT: Record<string, string> = { int4: '2,147,483,647', int2: '32,767' };

/** serial -> bigserial, integer/smallint -> bigint. */
function widened(t: ResolvedType): string {
  return t.serial ? 'bigserial' : 'bigint';
}

function referencedType(ctx: RuleContext, table: string, column: string | undefined): ResolvedType | undefined {
  const col = ctx.finalCatalog.tables[table]?.columns.find((c) => c.name === column);
  return col ? resolveCatalog(col) : undefined;
}

export const preferBigint: Rule = {
  meta: {
    id: 'prefer-bigint',
    layer: 'design',
    severity: 'warning',
    summary: 'A new integer, smallint or serial primary key or foreign key column.',
    why:
      'An integer key stops at 2,147,483,647 (smallint at 32,767): after that every INSERT fails with "integer out ' +
      'of range" or "nextval: reached maximum value of sequence", and busy tables get there, since sequences also ' +
      'skip the values of rolled-back inserts. Widening the column then takes ALTER COLUMN TYPE bigint, which ' +
      'rewrites the table and its indexes under ACCESS EXCLUSIVE, and every foreign key column referencing it must ' +
      'be widened the same way. bigint costs 4 more bytes per row and never runs out. A foreign key column is ' +
      'flagged too: it holds the referenced ids, so it overflows with them.',
    bad: 'CREATE TABLE invoices (\n  id serial PRIMARY KEY,\n  order_id integer NOT NULL REFERENCES orders (id)\n);',
    good: 'CREATE TABLE invoices (\n  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n  order_id bigint NOT NULL REFERENCES orders (id)\n);',
    setup: 'CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, placed_at timestamptz NOT NULL);',
    frameworks: { prisma: PRISMA },
    references: [`${DOCS}/datatype-numeric.html#DATATYPE-INT`, `${DOCS}/sql-altertable.html#SQL-ALTERTABLE-NOTES`],
    fixable: true,
    needs: ['catalog'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const nc of newColumns(ctx)) {
      if (!flagged(nc, isSmallInteger)) continue;
      const role = keyRole(nc);
      // In a composite key an integer column is usually a position or a code; its own sequence or a reference is what overflows.
      const primary = role.primary && (role.primary.columns === 1 || isGenerated(nc) || role.foreign);
      if (!primary && !role.foreign) continue;
      out.push(finding(ctx, nc, primary ? 'primary' : 'foreign', role.foreign));
    }
    return out;
  },
};

function finding(ctx: RuleContext, nc: NewColumn, kind: 'primary' | 'foreign', foreign: { table: string; column?: string } | undefined): FindingDraft {
  const label = columnLabel(nc);
  const declared = nc.type.domain ? `${nc.declared} (a domain over ${typeText({ ...nc.type, domain: undefined })})` : nc.declared;
  const limit = LIMIT[nc.type.name];
  const big = widened(nc.type);
  const ref = foreign ? `${displayName(foreign.table)}${foreign.column ? `.${quoteIdent(foreign.column)}` : ''}` : '';
  const refType = foreign ? referencedType(ctx, foreign.table, foreign.column) : undefined;
  const refNarrow = refType !== undefined && isSmallInteger(refType);
  let message: string;
  if (kind === 'primary') {
    message =
      `Primary key ${label} is ${declared}: inserts fail once ids pass ${limit}, and widening it later rewrites ` +
      `${displayName(nc.table)} and every table referencing it under ACCESS EXCLUSIVE.`;
  } else {
    message =
      `Foreign key column ${label} is ${declared} and holds ids of ${ref}${refType ? ` (${typeText(refType)})` : ''}: ` +
      `inserts fail once those ids pass ${limit}.`;
  }
  let help = `Declare it bigint:\n${replacementDdl(nc, big)}`;
  // Widening only the referencing side of an integer key leaves a type mismatch: say so instead of fixing one side.
  const fixable = !nc.type.domain && !(kind === 'foreign' && refNarrow && !primaryOf(nc));
  if (kind === 'foreign' && refNarrow) {
    help += `\n${ref} is ${typeText(refType)} too: widen it (a table rewrite) together with its foreign keys, or accept the limit for both.`;
  }
  help += frameworkHint(nc.ref.file, PRISMA);
  const fix = fixable && nc.source ? typeFix(nc.ref.file, nc.ref.statement, nc.source, big, `Declare ${label} as ${big}`) : undefined;
  return { file: nc.ref.file.source.path, statement: nc.ref.statement, line: nc.line, message, help, fix, verified: nc.verified };
}

function primaryOf(nc: NewColumn): boolean {
  return keyRole(nc).primary !== undefined;
}
