// The columns a pull request declares a type for (CREATE TABLE, ADD COLUMN, ALTER COLUMN TYPE),
// resolved against the catalog after each statement, and what they are by the end of the pull
// request. The design rules judge only these, so columns that existed before are never advised on.
import type { ColumnDef, Constraint, CreateStmt } from '@pgsql/types';
import type { CatalogColumn, CatalogTable } from '../../core/catalog.js';
import type { Verification } from '../../core/finding.js';
import type { ReviewedFile, ReviewedStatement } from '../../core/review-types.js';
import { dialectOf } from '../../migrations/frameworks/index.js';
import type { RuleContext } from '../rule.js';
import { parsedStatements, type ParsedRef } from './statements.js';
import { tableBefore } from './base-tables.js';
import { alterTableCmds, nodeAs, stringValues, writtenType, type WrittenType } from '../../sql/ast.js';
import { displayName, quoteIdent, resolveTable } from '../../sql/names.js';
import { columnSpan, locateColumn, lineInStatement, type ColumnOrigin, type ColumnSource } from './column-source.js';
import { resolveCatalog, resolveColumnType, isBuiltin, type DomainMap, type ResolvedType } from './column-types.js';

export interface NewColumn {
  ref: ParsedRef;
  /** Qualified table name. */
  table: string;
  column: string;
  origin: ColumnOrigin;
  def: ColumnDef;
  /** The type as the statement writes it (`timestamp(3)`, `serial`, `public.ts_utc`). */
  declared: string;
  written?: WrittenType;
  /** What the column is just after the statement. */
  type: ResolvedType;
  /** For ALTER COLUMN TYPE: what it was before (when known). */
  previous?: ResolvedType;
  /** The table after the statement and at the end of the pull request (same relation), when replayed. */
  after?: CatalogTable;
  final?: CatalogTable;
  /** The column's type at the end of the pull request, when replayed. */
  finalType?: ResolvedType;
  source?: ColumnSource;
  /** Line of the column's name in the statement (the statement's first line when not found). */
  line: number;
  /** `replay` when the type was read from the replayed catalog, `static` when from the written type. */
  verified: Verification;
}

/** `table.column` for messages. */
export function columnLabel(nc: Pick<NewColumn, 'table' | 'column'>): string {
  return `${displayName(nc.table)}.${quoteIdent(nc.column)}`;
}

/** The domain registered by a CREATE DOMAIN statement, if it is one. */
function registerDomain(domains: DomainMap, ref: ParsedRef): void {
  const domain = nodeAs(ref.ast, 'CreateDomainStmt');
  const names = stringValues(domain?.domainname);
  const base = writtenType(domain?.typeName);
  if (names.length && base) domains.set(names[names.length - 1], base);
}

function findColumn(table: CatalogTable | undefined, name: string): CatalogColumn | undefined {
  return table?.columns.find((c) => c.name === name);
}

/** The same relation at the end of the pull request (a rename keeps its oid), or null when it was dropped. */
function finalOf(ctx: RuleContext, after: CatalogTable | undefined): CatalogTable | null | undefined {
  if (!after) return undefined;
  return Object.values(ctx.finalCatalog.tables).find((t) => t.oid === after.oid) ?? null;
}

interface Declared {
  table: string;
  def: ColumnDef;
  origin: ColumnOrigin;
  /** ADD COLUMN IF NOT EXISTS. */
  ifNotExists?: boolean;
}

/** Column definitions with a written type in the statement. */
function declaredColumns(ctx: RuleContext, ref: ParsedRef): Declared[] {
  const out: Declared[] = [];
  const create = nodeAs(ref.ast, 'CreateStmt');
  if (create) {
    // Partitions and typed tables take their columns from the parent or the type; temp tables vanish with the session.
    if (create.partbound || create.ofTypename || create.relation?.relpersistence === 't') return out;
    const table = resolveTable(ctx, ref.reviewed, create.relation, { creates: true });
    if (!table) return out;
    for (const e of create.tableElts ?? []) {
      const def = nodeAs(e, 'ColumnDef');
      if (def?.colname && def.typeName) out.push({ table, def, origin: 'create-table' });
    }
    return out;
  }
  const table = resolveTable(ctx, ref.reviewed, nodeAs(ref.ast, 'AlterTableStmt')?.relation);
  if (!table) return out;
  for (const cmd of alterTableCmds(ref.ast)) {
    const def = nodeAs(cmd.def, 'ColumnDef');
    if (!def?.typeName) continue;
    if (cmd.subtype === 'AT_AddColumn' && def.colname) out.push({ table, def, origin: 'add-column', ifNotExists: cmd.missing_ok === true });
    else if (cmd.subtype === 'AT_AlterColumnType' && cmd.name) out.push({ table, def: { ...def, colname: cmd.name }, origin: 'alter-type' });
  }
  return out;
}

/**
 * The statement the author could write instead, with `type` in place of the declared one and the
 * rest of the column definition kept: a column line for CREATE TABLE, else the ALTER TABLE.
 */
export function replacementDdl(nc: NewColumn, type: string): string {
  const text = nc.ref.statement.text;
  const src = nc.source;
  const rest = src ? text.slice(src.typeEnd, src.defEnd).replace(/\s+/g, ' ') : '';
  const column = quoteIdent(nc.column);
  if (nc.origin === 'create-table') return `${column} ${type}${rest}`;
  if (nc.origin === 'add-column') return `ALTER TABLE ${displayName(nc.table)} ADD COLUMN ${column} ${type}${rest};`;
  return `ALTER TABLE ${displayName(nc.table)} ALTER COLUMN ${column} TYPE ${type}${rest};`;
}

/** Whether the statement made nothing new for this column: a no-op IF NOT EXISTS, or a statement replay rejected. */
function madeNothing(ctx: RuleContext, reviewed: ReviewedStatement, d: Declared): boolean {
  if (reviewed.trace?.outcome === 'error') return true;
  const before = reviewed.before.tables[d.table];
  if (d.origin === 'create-table') return before !== undefined;
  if (d.origin === 'add-column') return d.ifNotExists === true && findColumn(tableBefore(ctx, d.table, reviewed), d.def.colname ?? '') !== undefined;
  return false;
}

/** Every column the pull request's statements declare a type for, in apply order. */
export function newColumns(ctx: RuleContext): NewColumn[] {
  const domains: DomainMap = new Map();
  const out: NewColumn[] = [];
  for (const p of parsedStatements(ctx)) {
    registerDomain(domains, p);
    for (const d of declaredColumns(ctx, p)) {
      if (madeNothing(ctx, p.reviewed, d)) continue;
      const column = d.def.colname as string;
      const written = writtenType(d.def.typeName);
      const after = p.reviewed.after.tables[d.table];
      const afterColumn = findColumn(after, column);
      const type = resolveColumnType(written, afterColumn, domains);
      if (!type) continue;
      const final = finalOf(ctx, after);
      if (final === null) continue; // the table is gone by the end of the pull request
      let finalType: ResolvedType | undefined;
      if (final && afterColumn) {
        const fc = final.columns.find((c) => c.attnum === afterColumn.attnum);
        if (!fc) continue; // the column is gone by the end
        finalType = resolveColumnType(undefined, fc, domains) ?? resolveCatalog(fc);
        if (!isBuiltin(finalType.name) && fc.typeName === afterColumn.typeName) finalType = type;
        if (type.serial && fc.typeName === afterColumn.typeName) finalType = { ...finalType, serial: type.serial };
      }
      let previous: ResolvedType | undefined;
      if (d.origin === 'alter-type') {
        const was = findColumn(tableBefore(ctx, d.table, p.reviewed), column);
        previous = was ? resolveColumnType(undefined, was, domains) : undefined;
      }
      const source = locateColumn(p.statement.text, d.origin, column);
      out.push({
        ref: p, table: d.table, column, origin: d.origin, def: d.def, written,
        declared: source ? p.statement.text.slice(source.typeStart, source.typeEnd).replace(/\s+/g, ' ') : (written?.name ?? '?'),
        type, previous, after, final: final ?? undefined, finalType, source,
        line: source ? lineInStatement(p.statement, source.nameStart) : p.statement.span.line,
        verified: afterColumn ? 'replay' : 'static',
      });
    }
  }
  return out;
}

/**
 * Whether a rule's test holds for the column as this statement makes it, still holds at the end of
 * the pull request (a later ALTER COLUMN TYPE fixed it otherwise), and did not already hold before
 * an ALTER COLUMN TYPE (the pull request did not choose that type then, only resized it).
 */
export function flagged(nc: NewColumn, test: (t: ResolvedType) => boolean): boolean {
  if (!test(nc.type)) return false;
  if (nc.finalType && !test(nc.finalType)) return false;
  return !(nc.previous && test(nc.previous));
}

/** The column at the end of the pull request (found by attnum, so a rename is followed), when replayed. */
export function finalColumn(nc: NewColumn): CatalogColumn | undefined {
  const attnum = findColumn(nc.after, nc.column)?.attnum;
  return attnum === undefined ? undefined : nc.final?.columns.find((c) => c.attnum === attnum);
}

/** How a column takes part in keys by the end of the pull request. */
export interface KeyRole {
  /** Member of the primary key, and how many columns the key has. */
  primary?: { columns: number };
  /** Referencing column of a foreign key: the referenced table and column. */
  foreign?: { table: string; column?: string };
}

/** Key membership from the catalog (end of the pull request) when replayed, else from the statement's own constraints. */
export function keyRole(nc: NewColumn): KeyRole {
  const table = nc.final ?? nc.after;
  const role: KeyRole = {};
  if (table) {
    const name = table.columns.find((c) => c.attnum === findColumn(nc.after, nc.column)?.attnum)?.name ?? nc.column;
    for (const c of table.constraints) {
      const at = c.columns.indexOf(name);
      if (at < 0) continue;
      if (c.kind === 'primary') role.primary = { columns: c.columns.length };
      if (c.kind === 'foreign' && c.references && !role.foreign) role.foreign = { table: c.references.table, column: c.references.columns[at] };
    }
    return role;
  }
  const constraints: Constraint[] = (nc.def.constraints ?? []).map((n) => nodeAs(n, 'Constraint')).filter((c) => c !== undefined);
  for (const c of constraints) {
    if (c.contype === 'CONSTR_PRIMARY') role.primary = { columns: 1 };
    if (c.contype === 'CONSTR_FOREIGN' && c.pktable) role.foreign = { table: resolveTable(undefined, nc.ref.reviewed, c.pktable) ?? '?', column: stringValues(c.pk_attrs)[0] };
  }
  const create: CreateStmt | undefined = nodeAs(nc.ref.ast, 'CreateStmt');
  for (const e of create?.tableElts ?? []) {
    const c = nodeAs(e, 'Constraint');
    if (!c) continue;
    const keys = stringValues(c.contype === 'CONSTR_FOREIGN' ? c.fk_attrs : c.keys);
    const at = keys.indexOf(nc.column);
    if (at < 0) continue;
    if (c.contype === 'CONSTR_PRIMARY') role.primary = { columns: keys.length };
    if (c.contype === 'CONSTR_FOREIGN' && c.pktable) role.foreign = { table: resolveTable(undefined, nc.ref.reviewed, c.pktable) ?? '?', column: stringValues(c.pk_attrs)[at] };
  }
  return role;
}

/** A column whose values come from a sequence: serial, identity, or a nextval() default. */
export function isGenerated(nc: NewColumn): boolean {
  if (nc.type.serial) return true;
  const col = findColumn(nc.after, nc.column);
  if (col) return col.identity !== null || /^nextval\(/.test(col.default ?? '');
  return nc.def.identity !== undefined && nc.def.identity !== '' ||
    (nc.def.constraints ?? []).some((n) => nodeAs(n, 'Constraint')?.contype === 'CONSTR_IDENTITY');
}

/**
 * The advice restated for a file generated from a schema (its dialect's generatedFrom), where the
 * change belongs: `schemaAdvice` in that schema's terms (Prisma's attributes, the one such framework).
 */
export function frameworkHint(file: ReviewedFile, schemaAdvice: string): string {
  const { generatedFrom, runner } = dialectOf(file.source.framework);
  return generatedFrom ? `\nIn ${runner}: ${schemaAdvice}` : '';
}

/** Where a finding about a new column goes: its file, statement, line and the column's own span. */
export function atColumn(nc: NewColumn): { file: string; statement: ReviewedStatement['statement']; line: number; span: ReturnType<typeof columnSpan> } {
  return { file: nc.ref.file.source.path, statement: nc.ref.statement, line: nc.line, span: columnSpan(nc.ref.statement, nc.source) };
}
