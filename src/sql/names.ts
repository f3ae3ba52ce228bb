// Names in SQL: an identifier quoted for generated SQL and messages, and a relation name as a
// statement writes it turned into the catalog key of the relation PostgreSQL used: the one name
// resolver of the rules and the query analysis, fed by the search_path the tracer recorded.
import type { Node, RangeVar } from '@pgsql/types';
import type { Catalog } from '../core/catalog.js';
import { nodeAs, stringValues } from './ast.js';

/** Quote an identifier for generated SQL when PostgreSQL would otherwise fold or reject it. */
export function quoteIdent(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) && !RESERVED.has(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

/** `public.users` -> `users`, `auth.users` -> `auth.users`, quoted as needed: for messages and SQL. */
export function displayName(qualified: string): string {
  const dot = qualified.indexOf('.');
  const schema = qualified.slice(0, dot);
  const name = qualified.slice(dot + 1);
  return schema === 'public' ? quoteIdent(name) : `${quoteIdent(schema)}.${quoteIdent(name)}`;
}

// Reserved words that cannot be bare identifiers (the common ones in table and column names).
const RESERVED = new Set([
  'all', 'analyse', 'analyze', 'and', 'any', 'array', 'as', 'asc', 'asymmetric', 'both', 'case', 'cast', 'check',
  'collate', 'column', 'constraint', 'create', 'current_date', 'current_role', 'current_time', 'current_timestamp',
  'current_user', 'default', 'deferrable', 'desc', 'distinct', 'do', 'else', 'end', 'except', 'false', 'fetch', 'for',
  'foreign', 'from', 'grant', 'group', 'having', 'in', 'initially', 'intersect', 'into', 'lateral', 'leading', 'limit',
  'localtime', 'localtimestamp', 'not', 'null', 'offset', 'on', 'only', 'or', 'order', 'placing', 'primary',
  'references', 'returning', 'select', 'session_user', 'some', 'symmetric', 'table', 'then', 'to', 'trailing', 'true',
  'union', 'unique', 'user', 'using', 'variadic', 'when', 'where', 'window', 'with',
]);

/** A written relation name: a RangeVar (bare or wrapped), a `List` of String parts (DROP objects), or the parts. */
export type WrittenName = RangeVar | Node | readonly string[];

/**
 * Where a name is read: a reviewed statement (its search_path and the schema just before and
 * after it), or a query with the schema it runs against.
 */
export interface NameScope {
  before: Catalog;
  after?: Catalog;
  trace?: { searchPath?: string[] };
}

/** A query's scope: the schema it runs against and, for migration DML, the search_path it ran with. */
export function queryScope(q: { catalog: Catalog; searchPath?: string[] }): NameScope {
  return { before: q.catalog, ...(q.searchPath ? { trace: { searchPath: q.searchPath } } : {}) };
}

/**
 * `schema.name` of the table, view or index `name` means at `reviewed`: the schema as written;
 * otherwise the first schema of the statement's search_path holding a relation of that name just
 * before the statement (then at the base, for a statement after a replay gap), then just after it
 * (the statement created it), else the path's first schema. Without a recorded path, `public`.
 * `creates`: the name is the one a CREATE gives its new relation, which goes to the first
 * schema of the path that exists, whatever other schemas hold.
 */
export function resolveTable(
  ctx: { baseCatalog: Catalog } | undefined,
  reviewed: NameScope | undefined,
  name: WrittenName | undefined,
  options: { creates?: boolean } = {},
): string | undefined {
  const parts = nameParts(name);
  if (!parts) return undefined;
  const [schema, relname] = parts;
  if (schema !== undefined) return `${schema}.${relname}`;
  const path = reviewed?.trace?.searchPath ?? ['public'];
  if (options.creates && reviewed?.after) {
    const { before, after } = reviewed;
    const made = path.find((s) => after.tables[`${s}.${relname}`] && after.tables[`${s}.${relname}`].oid !== before.tables[`${s}.${relname}`]?.oid);
    if (made !== undefined) return `${made}.${relname}`;
  }
  for (const catalog of [reviewed?.before, ctx?.baseCatalog, reviewed?.after]) {
    if (!catalog) continue;
    const found = path.find((s) => holds(catalog, `${s}.${relname}`));
    if (found !== undefined) return `${found}.${relname}`;
  }
  return `${path[0] ?? 'public'}.${relname}`;
}

/** [schema as written or undefined, relation name]. */
function nameParts(name: WrittenName | undefined): [string | undefined, string] | undefined {
  if (name === undefined) return undefined;
  let parts: readonly string[];
  if (Array.isArray(name)) {
    parts = name as readonly string[];
  } else {
    const list = nodeAs(name as Node, 'List');
    if (list) {
      parts = stringValues(list.items);
    } else {
      const rv = nodeAs(name as Node, 'RangeVar') ?? (name as RangeVar);
      if (!rv.relname) return undefined;
      return [rv.schemaname, rv.relname];
    }
  }
  if (parts.length === 0) return undefined;
  return [parts.length >= 2 ? parts[parts.length - 2] : undefined, parts[parts.length - 1]];
}

/** Index keys (`schema.index`) of each catalog, built once per snapshot (snapshots are immutable). */
const indexKeys = new WeakMap<Catalog, Set<string>>();

function holds(catalog: Catalog, key: string): boolean {
  if (catalog.tables[key]) return true;
  let keys = indexKeys.get(catalog);
  if (!keys) {
    keys = new Set();
    for (const t of Object.values(catalog.tables)) for (const ix of t.indexes) keys.add(`${t.schema}.${ix.name}`);
    indexKeys.set(catalog, keys);
  }
  return keys.has(key);
}
