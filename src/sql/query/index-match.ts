// Whether an index can serve a comparison: relabelling casts that keep a column indexable, btree
// indexes led by a column, and lenient matching of a query expression with expression index keys.
import type { ColumnRef, Node, TypeCast } from '@pgsql/types';
import type { CatalogColumn, CatalogIndex, CatalogTable } from '../../core/catalog.js';
import { nodeAs, walk, stringValues } from '../ast.js';
import { columnRefParts, resolveColumn, type ResolvedColumn } from './column-resolution.js';
import type { Scope } from './query-levels.js';

// Casts PostgreSQL applies as a relabelling, so an index on the column still serves the comparison.
const BINARY_COERCIBLE: Record<string, string[]> = {
  varchar: ['text'],
  text: ['varchar'],
  bpchar: [],
};

/** The cast's target as pg_type names it (`int8`, `varchar`, `timestamptz`), and whether it has modifiers. */
function castTarget(cast: TypeCast): { name: string; mods: boolean; array: boolean } {
  const names = stringValues(cast.typeName?.names);
  const name = (names.pop() ?? '').toLowerCase();
  return { name, mods: (cast.typeName?.typmods?.length ?? 0) > 0, array: (cast.typeName?.arrayBounds?.length ?? 0) > 0 };
}

/** True when `col::type` leaves the column usable by its index: the same type, or a binary-coercible one. */
export function isHarmlessCast(column: CatalogColumn, cast: TypeCast): boolean {
  const target = castTarget(cast);
  const columnArray = column.typeName.startsWith('_');
  const base = columnArray ? column.typeName.slice(1) : column.typeName;
  if (target.array !== columnArray) return false;
  if (target.name === base) return true;
  return !target.mods && (BINARY_COERCIBLE[base] ?? []).includes(target.name);
}

/**
 * Strips casts from a column reference that PostgreSQL treats as relabelling (varchar::text), so
 * `col::text` compares like `col`. Returns the column reference when only such casts wrap it.
 */
export function bareColumn(node: Node | undefined, scope: Scope): { ref: ColumnRef; resolved?: ResolvedColumn } | undefined {
  const ref = nodeAs(node, 'ColumnRef');
  if (ref) return { ref, resolved: resolveColumn(ref, scope) };
  const cast = nodeAs(node, 'TypeCast');
  if (!cast) return undefined;
  const inner = bareColumn(cast.arg, scope);
  if (!inner?.resolved?.catalogColumn) return undefined;
  return isHarmlessCast(inner.resolved.catalogColumn, cast) ? inner : undefined;
}

/** Valid btree indexes of the table whose first key is the bare column. */
export function btreeIndexesLeadingWith(table: CatalogTable, column: string): CatalogIndex[] {
  return table.indexes.filter((i) => i.valid && i.method === 'btree' && i.columns[0] === column);
}

/**
 * Identifiers of an expression index key as pg_get_indexdef renders it (`lower((email)::text)`):
 * function and column names, without string literals, cast targets and schema qualifiers. Used
 * to match a query's expression leniently: a key naming all of the expression's functions and
 * columns counts as the same expression (`EXTRACT(epoch FROM t)` also names `epoch`).
 */
export function indexKeyIdentifiers(key: string): Set<string> {
  const text = key.replace(/'(?:[^']|'')*'/g, "''").replace(CAST_SUFFIX, '');
  const out = new Set<string>();
  const re = /"((?:[^"]|"")+)"|([a-z_][\w$]*)(\s*\.)?/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[3]) continue; // a schema qualifier
    out.add((m[1]?.replace(/""/g, '"') ?? m[2]).toLowerCase());
  }
  for (const word of KEY_WORDS) out.delete(word);
  // `x AT TIME ZONE 'UTC'` is the function timezone('UTC', x) in a parse tree.
  if (/\bat\s+time\s+zone\b/i.test(text)) out.add('timezone');
  return out;
}

// `::type` as pg_get_indexdef writes it: possibly qualified, several words, modifiers, array brackets.
const TYPE_WORD = '(?:"[^"]+"|[a-z_]\\w*)';
const CAST_SUFFIX = new RegExp(
  `::\\s*${TYPE_WORD}(?:\\.${TYPE_WORD})?(?:\\s+(?:varying|precision|without|with|time|zone)\\b)*(?:\\s*\\([\\d,\\s]+\\))?(?:\\[\\])*`,
  'gi',
);

// SQL words pg_get_indexdef writes that are not function or column names.
const KEY_WORDS = ['case', 'when', 'then', 'else', 'end', 'and', 'or', 'not', 'is', 'null', 'true', 'false', 'collate', 'distinct', 'from', 'for', 'at', 'time', 'zone'];

/** Function and column names of an expression (casts and constants left out), for index matching. */
export function expressionIdentifiers(node: Node): Set<string> {
  const out = new Set<string>();
  walk(node, (kind, body) => {
    if (kind === 'FuncCall') {
      const name = stringValues((body as { funcname?: Node[] }).funcname).pop();
      if (name) out.add(name.toLowerCase());
    } else if (kind === 'ColumnRef') {
      const parts = columnRefParts(body as ColumnRef);
      out.add(parts[parts.length - 1].toLowerCase());
    } else if (kind === 'CoalesceExpr') {
      out.add('coalesce');
    } else if (kind === 'TypeCast') {
      // Only the cast's argument counts; the type name's String nodes are not identifiers.
      const arg = (body as { arg?: Node }).arg;
      for (const id of arg ? expressionIdentifiers(arg) : []) out.add(id);
      return false;
    }
  });
  return out;
}

/** An expression index of the table with a key that is (leniently) the same expression. */
export function matchingExpressionIndex(table: CatalogTable, expression: Node): CatalogIndex | undefined {
  const wanted = expressionIdentifiers(expression);
  return table.indexes.find(
    (index) =>
      index.valid &&
      index.keys.some((key, i) => index.columns[i] === null && isSubset(wanted, indexKeyIdentifiers(key))),
  );
}

function isSubset(a: Set<string>, b: Set<string>): boolean {
  return a.size > 0 && [...a].every((x) => b.has(x));
}
