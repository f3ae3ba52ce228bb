// Schema design: integer and smallint key columns the pull request adds overflow long before bigint.
import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { DOCS } from '../context-helpers.js';
import { displayName, quoteIdent } from '../helpers/ast.js';
import type { Fix } from '../../core/finding.js';
import { typeFix } from './column-source.js';
import { isSmallInteger, resolveCatalog, typeText, type ResolvedType } from './column-types.js';
import { columnLabel, finalColumn, flagged, frameworkHint, isGenerated, keyRole, newColumns, replacementDdl, type NewColumn } from './new-columns.js';
import { columnSpan } from '../helpers/column-span.js';

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

/** A column whose foreign key references a key column, as it is at the end of the pull request. */
interface Referencing {
  table: string;
  column: string;
  type: ResolvedType;
  /** The pull request's declaration of it, when it declares one. */
  declared?: NewColumn;
}

/**
 * Integer and smallint columns of the final schema whose foreign keys reference the key column
 * `key` declares (itself left out): widening the key alone would leave each of them narrower.
 */
function narrowReferences(ctx: RuleContext, key: NewColumn, declared: readonly NewColumn[]): Referencing[] {
  const keyColumn = finalColumn(key);
  if (!key.final || !keyColumn) return [];
  const keyTable = `${key.final.schema}.${key.final.name}`;
  const out: Referencing[] = [];
  for (const [qualified, t] of Object.entries(ctx.finalCatalog.tables)) {
    for (const fk of t.constraints) {
      if (fk.kind !== 'foreign' || fk.enforced === false || fk.references?.table !== keyTable) continue;
      fk.references.columns.forEach((refColumn, i) => {
        const col = t.columns.find((c) => c.name === fk.columns[i]);
        if (refColumn !== keyColumn.name || !col || (t.oid === key.final?.oid && col.attnum === keyColumn.attnum)) return;
        const type = resolveCatalog(col);
        if (!isSmallInteger(type) || out.some((r) => r.table === qualified && r.column === col.name)) return;
        const own = declared.find((d) => d.final?.oid === t.oid && finalColumn(d)?.attnum === col.attnum);
        out.push({ table: qualified, column: col.name, type, ...(own ? { declared: own } : {}) });
      });
    }
  }
  return out;
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
      'flagged when the key it references is wider: it holds those ids, so it overflows before them. One that ' +
      'references an integer key cannot outgrow it, and widening it alone would make the two types differ: the ' +
      'advice is given on the key, naming the columns that must be widened with it.',
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
    const candidates = newColumns(ctx).filter((nc) => flagged(nc, isSmallInteger));
    for (const nc of candidates) {
      const role = keyRole(nc);
      // Holding ids of an integer key, the column cannot outgrow it, and widening it alone makes the
      // types differ (foreign-key-type-mismatch): the key's finding names it instead.
      const refType = role.foreign ? referencedType(ctx, role.foreign.table, role.foreign.column) : undefined;
      if (refType && isSmallInteger(refType) && !isGenerated(nc)) continue;
      // A serial foreign key column is a mistake of its own (prefer-identity says so): its width is not the point.
      if (role.foreign && nc.type.serial && !role.primary) continue;
      // In a composite key an integer column is usually a position or a code; its own sequence or a reference is what overflows.
      const primary = role.primary && (role.primary.columns === 1 || isGenerated(nc) || role.foreign);
      if (!primary && !role.foreign) continue;
      out.push(primary ? keyFinding(ctx, nc, narrowReferences(ctx, nc, candidates)) : foreignFinding(ctx, nc, role.foreign, refType));
    }
    return out;
  },
};

/** The declared type, naming the domain's base type when it is a domain. */
function declaredText(nc: NewColumn): string {
  return nc.type.domain ? `${nc.declared} (a domain over ${typeText({ ...nc.type, domain: undefined })})` : nc.declared;
}

function keyFinding(ctx: RuleContext, nc: NewColumn, refs: Referencing[]): FindingDraft {
  const label = columnLabel(nc);
  const big = widened(nc.type);
  const refLabels = refs.map((r) => `${columnLabel(r)} (${typeText(r.type)})`);
  let message =
    `Primary key ${label} is ${declaredText(nc)}: inserts fail once ids pass ${LIMIT[nc.type.name]}, and widening it later rewrites ` +
    `${displayName(nc.table)} and every table referencing it under ACCESS EXCLUSIVE.`;
  if (refs.length) message += ` ${refLabels.join(', ')} reference${refs.length > 1 ? '' : 's'} it and must be widened with it.`;
  let help = `Declare it bigint:\n${replacementDdl(nc, big)}`;
  for (const r of refs) {
    help += `\n${r.declared ? replacementDdl(r.declared, 'bigint') : `ALTER TABLE ${displayName(r.table)} ALTER COLUMN ${quoteIdent(r.column)} TYPE bigint; -- rewrites ${displayName(r.table)}`}`;
  }
  help += frameworkHint(nc.ref.file, PRISMA);
  return { file: nc.ref.file.source.path, statement: nc.ref.statement, line: nc.line, span: columnSpan(nc.ref.statement, nc.source), message, help, fix: keyFix(nc, big, refs), verified: nc.verified };
}

/**
 * The key and the columns referencing it widened together, when all of them are declared in the
 * key's file on lines of their own; no fix otherwise (widening one side makes the types differ).
 */
function keyFix(nc: NewColumn, big: string, refs: Referencing[]): Fix | undefined {
  const label = columnLabel(nc);
  const parts = [{ nc, to: big }, ...refs.map((r) => ({ nc: r.declared, to: 'bigint' }))];
  const edits: Fix['edits'] = [];
  for (const { nc: part, to } of parts) {
    if (!part?.source || part.type.domain || part.ref.file !== nc.ref.file) return undefined;
    const fix = typeFix(part.ref.file, part.ref.statement, part.source, to, '');
    if (!fix || fix.edits.some((e) => edits.some((x) => x.line <= e.endLine && e.line <= x.endLine))) return undefined;
    edits.push(...fix.edits);
  }
  const description = refs.length ? `Declare ${label} and the columns referencing it as bigint` : `Declare ${label} as ${big}`;
  return { description, edits };
}

function foreignFinding(ctx: RuleContext, nc: NewColumn, foreign: { table: string; column?: string } | undefined, refType: ResolvedType | undefined): FindingDraft {
  const label = columnLabel(nc);
  const ref = foreign ? `${displayName(foreign.table)}${foreign.column ? `.${quoteIdent(foreign.column)}` : ''}` : '';
  const message =
    `Foreign key column ${label} is ${declaredText(nc)} and holds ids of ${ref}${refType ? ` (${typeText(refType)})` : ''}: ` +
    `inserts fail once those ids pass ${LIMIT[nc.type.name]}.`;
  const help = `Declare it bigint:\n${replacementDdl(nc, 'bigint')}${frameworkHint(nc.ref.file, PRISMA)}`;
  const fix = !nc.type.domain && nc.source ? typeFix(nc.ref.file, nc.ref.statement, nc.source, 'bigint', `Declare ${label} as bigint`) : undefined;
  return { file: nc.ref.file.source.path, statement: nc.ref.statement, line: nc.line, span: columnSpan(nc.ref.statement, nc.source), message, help, fix, verified: nc.verified };
}
