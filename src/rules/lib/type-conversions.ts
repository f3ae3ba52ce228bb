// Static knowledge of ALTER COLUMN TYPE conversions PostgreSQL makes without rewriting the table
// (binary-coercible, no length check), for when the replay trace cannot tell.
import type { CatalogColumn } from '../../core/catalog.js';
import type { WrittenType } from '../../sql/ast.js';

/** Type names as pg_type.typname spells them, for names a migration may write. */
const ALIASES: Record<string, string> = {
  'character varying': 'varchar', text: 'text', timestamptz: 'timestamptz', timestamp: 'timestamp',
  'bit varying': 'varbit', decimal: 'numeric', int: 'int4', integer: 'int4', bigint: 'int8', smallint: 'int2',
};

export function canonicalTypeName(name: string): string {
  return ALIASES[name] ?? name;
}

/** A column type reduced to what the conversion table needs: name and length/precision modifiers (null = unconstrained). */
export interface TypeShape {
  name: string;
  mods: number[] | null;
  array: boolean;
}

export function shapeOfColumn(col: CatalogColumn): TypeShape {
  const array = col.typeName.startsWith('_');
  const name = array ? col.typeName.slice(1) : col.typeName;
  return { name, mods: decodeTypmod(name, col.typmod), array };
}

export function shapeOfWritten(t: WrittenType): TypeShape {
  const name = canonicalTypeName(t.name);
  let mods: number[] | null = t.mods.length ? t.mods : null;
  if (name === 'numeric' && mods?.length === 1) mods = [mods[0], 0];
  return { name, mods, array: t.array };
}

function decodeTypmod(name: string, typmod: number): number[] | null {
  if (typmod < 0) return null;
  if (name === 'varchar' || name === 'bpchar') return [typmod - 4];
  if (name === 'numeric') return [((typmod - 4) >> 16) & 0xffff, (typmod - 4) & 0xffff];
  if (name === 'varbit' || name === 'bit') return [typmod];
  return [typmod];
}

export type ConversionVerdict = 'safe' | 'rewrite' | 'safe-if-utc';

/** Whether changing a column from `from` to `to` rewrites the table, as far as static knowledge goes. */
export function judgeConversion(from: TypeShape, to: TypeShape): ConversionVerdict {
  if (from.array !== to.array) return 'rewrite';
  const same = from.name === to.name;
  const lengthOk = (a: number[] | null, b: number[] | null) => b === null || (a !== null && b[0] >= a[0]);
  if (same && JSON.stringify(from.mods) === JSON.stringify(to.mods)) return 'safe';
  if (from.array) return 'rewrite';
  if ((from.name === 'varchar' || from.name === 'varbit') && same) return lengthOk(from.mods, to.mods) ? 'safe' : 'rewrite';
  if (from.name === 'varchar' && to.name === 'text') return 'safe';
  if (from.name === 'text' && to.name === 'varchar') return to.mods === null ? 'safe' : 'rewrite';
  if (from.name === 'numeric' && same) {
    if (to.mods === null) return 'safe';
    if (from.mods === null) return 'rewrite';
    return to.mods[1] === from.mods[1] && to.mods[0] >= from.mods[0] ? 'safe' : 'rewrite';
  }
  if (from.name === 'cidr' && to.name === 'inet') return 'safe';
  if ((from.name === 'timestamp' && to.name === 'timestamptz') || (from.name === 'timestamptz' && to.name === 'timestamp')) {
    return JSON.stringify(from.mods) === JSON.stringify(to.mods) || to.mods === null ? 'safe-if-utc' : 'rewrite';
  }
  return 'rewrite';
}

export function shapeText(t: TypeShape): string {
  return `${t.name}${t.mods ? `(${t.mods.join(',')})` : ''}${t.array ? '[]' : ''}`;
}
