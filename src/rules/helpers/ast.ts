// Rule-side helpers over libpg-query parse trees, built on src/sql/ast.ts (node access, the
// non-transactional test); what is here is only what rules need beyond it. Relation names
// resolve in resolve.ts, on the search_path each statement ran with.
import type { Node, TypeName } from '@pgsql/types';
import { nodeAs } from '../../sql/ast.js';

/** The node's body when it is of `kind`, else undefined (src/sql/ast.ts's nodeAs). */
export const asNode = nodeAs;

/** Values of a list of `String` nodes (`fk_attrs`, qualified names). */
export function stringValues(nodes: Node[] | undefined): string[] {
  const out: string[] = [];
  for (const n of nodes ?? []) {
    const s = asNode(n, 'String');
    if (s?.sval !== undefined) out.push(s.sval);
  }
  return out;
}

/** A type as written: base name (last part, lower case), integer modifiers, array or not. */
export interface WrittenType {
  name: string;
  schema?: string;
  mods: number[];
  array: boolean;
}

export function writtenType(typeName: TypeName | undefined): WrittenType | undefined {
  const names = stringValues(typeName?.names);
  if (names.length === 0) return undefined;
  const mods: number[] = [];
  for (const m of typeName?.typmods ?? []) {
    const c = asNode(m, 'A_Const');
    if (c?.ival) mods.push(c.ival.ival ?? 0);
  }
  const schema = names.length > 1 ? names[names.length - 2] : undefined;
  return { name: names[names.length - 1].toLowerCase(), schema, mods, array: (typeName?.arrayBounds?.length ?? 0) > 0 };
}

export function writtenTypeText(t: WrittenType): string {
  return `${t.name}${t.mods.length ? `(${t.mods.join(',')})` : ''}${t.array ? '[]' : ''}`;
}

/**
 * A short label for a statement PostgreSQL refuses inside a transaction block (`CREATE INDEX
 * CONCURRENTLY`), for messages; whether it is refused is src/sql/ast.ts's isNonTransactional.
 */
export function nonTransactionalLabel(node: Node | undefined): string | undefined {
  const index = asNode(node, 'IndexStmt');
  if (index) return index.concurrent ? 'CREATE INDEX CONCURRENTLY' : undefined;
  const drop = asNode(node, 'DropStmt');
  if (drop) return drop.concurrent ? 'DROP INDEX CONCURRENTLY' : undefined;
  const reindex = asNode(node, 'ReindexStmt');
  if (reindex) {
    const concurrently = (reindex.params ?? []).some((p) => asNode(p, 'DefElem')?.defname === 'concurrently');
    if (concurrently) return 'REINDEX CONCURRENTLY';
    if (reindex.kind === 'REINDEX_OBJECT_SYSTEM') return 'REINDEX SYSTEM';
    if (reindex.kind === 'REINDEX_OBJECT_SCHEMA') return 'REINDEX SCHEMA';
    if (reindex.kind === 'REINDEX_OBJECT_DATABASE') return 'REINDEX DATABASE';
    return undefined;
  }
  const vacuum = asNode(node, 'VacuumStmt');
  if (vacuum) return vacuum.is_vacuumcmd ? 'VACUUM' : undefined;
  const alter = asNode(node, 'AlterTableStmt');
  if (alter) {
    for (const c of alter.cmds ?? []) {
      const cmd = asNode(c, 'AlterTableCmd');
      if (cmd?.subtype === 'AT_DetachPartition' && asNode(cmd.def, 'PartitionCmd')?.concurrent) {
        return 'DETACH PARTITION CONCURRENTLY';
      }
    }
    return undefined;
  }
  const cluster = asNode(node, 'ClusterStmt');
  if (cluster) return cluster.relation ? undefined : 'CLUSTER without a table';
  if (asNode(node, 'CreatedbStmt')) return 'CREATE DATABASE';
  if (asNode(node, 'DropdbStmt')) return 'DROP DATABASE';
  if (asNode(node, 'CreateTableSpaceStmt')) return 'CREATE TABLESPACE';
  if (asNode(node, 'DropTableSpaceStmt')) return 'DROP TABLESPACE';
  if (asNode(node, 'AlterSystemStmt')) return 'ALTER SYSTEM';
  return undefined;
}

/** The AlterTableCmd bodies of an ALTER TABLE statement (empty for anything else). */
export function alterTableCmds(node: Node | undefined) {
  const alter = asNode(node, 'AlterTableStmt');
  if (!alter || (alter.objtype !== undefined && alter.objtype !== 'OBJECT_TABLE')) return [];
  return (alter.cmds ?? []).map((c) => asNode(c, 'AlterTableCmd')).filter((c) => c !== undefined);
}

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
