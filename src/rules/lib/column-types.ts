// What type a new column really has, for the design rules: the catalog after the statement says
// what PostgreSQL made of it (aliases resolved), the written type says what the author typed
// (serial is only visible there), and domains the pull request creates are seen through.
import type { CatalogColumn } from '../../core/catalog.js';
import type { WrittenType } from '../../sql/ast.js';

/** A column type reduced to what the design rules judge. */
export interface ResolvedType {
  /** pg_type.typname of the (base) type: int4, int8, timestamp, varchar, bpchar, char, json, ... */
  name: string;
  /** Length (varchar, bpchar) or precision (timestamp); empty when unconstrained. */
  mods: number[];
  array: boolean;
  /** serial, bigserial or smallserial as written (serial4/serial8/serial2 are named by their usual name). */
  serial?: 'serial' | 'bigserial' | 'smallserial';
  /** The domain the column is declared with, when the type was reached through one. */
  domain?: string;
}

/** Spellings a migration may use, as pg_type.typname names them. */
const WRITTEN_NAMES: Record<string, string> = {
  int: 'int4', integer: 'int4', int4: 'int4', smallint: 'int2', int2: 'int2', bigint: 'int8', int8: 'int8',
  serial: 'int4', serial4: 'int4', bigserial: 'int8', serial8: 'int8', smallserial: 'int2', serial2: 'int2',
  timestamp: 'timestamp', timestamptz: 'timestamptz', varchar: 'varchar', 'character varying': 'varchar',
  bpchar: 'bpchar', character: 'bpchar', char: 'char', json: 'json', jsonb: 'jsonb', text: 'text',
};

const SERIALS: Record<string, ResolvedType['serial']> = {
  serial: 'serial', serial4: 'serial', bigserial: 'bigserial', serial8: 'bigserial', smallserial: 'smallserial', serial2: 'smallserial',
};

/** Built-in type names the catalog reports directly (anything else may be a domain, enum or composite). */
const BUILTIN = new Set([...Object.values(WRITTEN_NAMES), 'numeric', 'uuid', 'bool', 'date', 'time', 'timetz', 'float4', 'float8', 'bytea', 'interval', 'inet', 'cidr']);

/**
 * The written type as PostgreSQL names it. `char(n)` arrives from the grammar as pg_catalog.bpchar
 * with a length; the quoted `"char"` (the one-byte internal type) arrives as a bare `char`.
 */
export function resolveWritten(t: WrittenType): ResolvedType | undefined {
  const builtin = t.schema === undefined || t.schema === 'pg_catalog';
  const name = builtin ? WRITTEN_NAMES[t.name] : undefined;
  if (!name) return undefined;
  return { name, mods: t.mods, array: t.array, ...(SERIALS[t.name] ? { serial: SERIALS[t.name] } : {}) };
}

/** The catalog's view of a column: typname (arrays are `_elem`) and the typmod decoded. */
export function resolveCatalog(col: CatalogColumn): ResolvedType {
  const array = col.type.endsWith(']') && col.typeName.startsWith('_');
  const name = array ? col.typeName.slice(1) : col.typeName;
  let mods: number[] = [];
  if (col.typmod >= 0) mods = name === 'varchar' || name === 'bpchar' ? [col.typmod - 4] : [col.typmod];
  return { name, mods, array };
}

export function isBuiltin(name: string): boolean {
  return BUILTIN.has(name);
}

/** Domains created by the pull request so far: bare lower-case name -> its written base type. */
export type DomainMap = Map<string, WrittenType>;

/**
 * The type a new column has: the catalog's when it knows the column and the type is built in, else
 * the written one; a domain created in the pull request resolves to its base type (one or more levels).
 */
export function resolveColumnType(written: WrittenType | undefined, col: CatalogColumn | undefined, domains: DomainMap): ResolvedType | undefined {
  const fromWritten = written ? resolveWritten(written) : undefined;
  if (col) {
    const fromCatalog = resolveCatalog(col);
    if (isBuiltin(fromCatalog.name)) {
      return fromWritten?.serial ? { ...fromCatalog, serial: fromWritten.serial } : fromCatalog;
    }
    return throughDomain(fromCatalog.name, fromCatalog.array, domains);
  }
  if (fromWritten) return fromWritten;
  return written ? throughDomain(written.name, written.array, domains) : undefined;
}

function throughDomain(name: string, array: boolean, domains: DomainMap): ResolvedType | undefined {
  const seen = new Set<string>();
  let current = name;
  while (!seen.has(current)) {
    seen.add(current);
    const base = domains.get(current);
    if (!base) return undefined;
    const resolved = resolveWritten(base);
    if (resolved) return { ...resolved, serial: undefined, array: array || resolved.array, domain: name };
    current = base.name;
  }
  return undefined;
}

export const isSmallInteger = (t: ResolvedType): boolean => !t.array && (t.name === 'int4' || t.name === 'int2');
export const isTimestamp = (t: ResolvedType): boolean => t.name === 'timestamp';
export const isJson = (t: ResolvedType): boolean => t.name === 'json';
/** varchar with a length limit (plain `varchar` is text under another name). */
export const isBoundedVarchar = (t: ResolvedType): boolean => t.name === 'varchar' && t.mods.length > 0 && t.mods[0] >= 0;
/** char(n) / character(n) / bpchar: blank-padded. Not the internal one-byte "char". */
export const isBlankPadded = (t: ResolvedType): boolean => t.name === 'bpchar';

/** The type as users write it, for messages: `integer`, `timestamp(3)`, `varchar(20)[]`, `char(2)`. */
export function typeText(t: ResolvedType): string {
  const names: Record<string, string> = {
    int4: 'integer', int2: 'smallint', int8: 'bigint', bpchar: 'char', varchar: 'varchar', char: '"char"',
  };
  const base = t.serial ?? (t.name === 'bpchar' && t.mods.length === 0 ? 'bpchar' : names[t.name] ?? t.name);
  const mods = t.mods.length && !t.serial ? `(${t.mods.join(',')})` : '';
  return `${base}${mods}${t.array ? '[]' : ''}`;
}
