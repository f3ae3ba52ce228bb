// Small helpers for reading libpg-query's JSON parse trees, shared by the rules, the query analysis
// (src/sql/query/) and the review. Relation names resolve in names.ts, on the search_path each
// statement ran with.
import type { ColumnDef, Constraint, Node, RangeVar, TypeName } from '@pgsql/types';

type KeysOf<N> = N extends unknown ? keyof N : never;
/** Every node type name: 'IndexStmt', 'AlterTableStmt', 'ColumnRef', ... */
export type NodeKind = KeysOf<Node> & string;
/** The inner object of a node of kind K, e.g. BodyOf<'IndexStmt'> is IndexStmt. */
export type BodyOf<K extends NodeKind> = Extract<Node, Record<K, unknown>>[K];

/** The node's type name: `{ IndexStmt: {...} }` -> 'IndexStmt'. */
export function nodeKind(node: Node): NodeKind {
  return Object.keys(node)[0] as NodeKind;
}

/** The node's inner object: `{ IndexStmt: {...} }` -> `{...}`. */
export function nodeBody(node: Node): Record<string, unknown> {
  return Object.values(node)[0] as Record<string, unknown>;
}

/** The body when `node` is of kind `kind`, else undefined: `nodeAs(stmt, 'IndexStmt')?.concurrent`. */
export function nodeAs<K extends NodeKind>(node: Node | undefined, kind: K): BodyOf<K> | undefined {
  if (node === undefined || !(kind in node)) return undefined;
  return (node as unknown as Record<K, BodyOf<K>>)[kind];
}

/** `schema.name` of a table reference; an unqualified name is taken as `public`. */
export function relationName(relation: RangeVar | undefined): string {
  if (!relation?.relname) return '';
  return `${relation.schemaname ?? 'public'}.${relation.relname}`;
}

/** A visitor's answer: `false` skips the node's children. */
export type Visit = (kind: NodeKind, body: Record<string, unknown>, ancestors: readonly NodeKind[]) => void | false;

/** Marks, on walk's stack, the end of a wrapped node's children. */
const LEAVE: unique symbol = Symbol('leave node');

/**
 * Depth-first walk over a parse tree, calling `visit` for every wrapped node (`{ Kind: {...} }`).
 * Fields that hold an unwrapped body (IndexStmt.relation is a bare RangeVar) are descended into
 * but not visited themselves. `ancestors` lists the kinds of the enclosing wrapped nodes.
 */
export function walk(root: unknown, visit: Visit): void {
  const ancestors: NodeKind[] = [];
  // An explicit stack, not recursion: a long operator chain (`1 + 1 + ... + 1`) nests thousands
  // of levels deep and would overflow the call stack. Children are pushed in reverse so they are
  // visited in order; LEAVE closes a wrapped node.
  const stack: unknown[] = [root];
  const pushChildren = (children: unknown[]): void => {
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  };
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === LEAVE) {
      ancestors.pop();
      continue;
    }
    if (Array.isArray(value)) {
      pushChildren(value);
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    const keys = Object.keys(value);
    if (keys.length === 1 && /^[A-Z]/.test(keys[0])) {
      const body = (value as Record<string, unknown>)[keys[0]];
      if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
        const kind = keys[0] as NodeKind;
        if (visit(kind, body as Record<string, unknown>, ancestors) === false) continue;
        ancestors.push(kind);
        stack.push(LEAVE);
        pushChildren(Object.values(body));
        continue;
      }
    }
    pushChildren(Object.values(value));
  }
}

/** The `sval` of a String node (names in the tree are lists of these). */
export function stringValue(node: Node | undefined): string | undefined {
  return nodeAs(node, 'String')?.sval;
}

/** Values of a list of `String` nodes (`fk_attrs`, qualified names). */
export function stringValues(nodes: Node[] | undefined): string[] {
  const out: string[] = [];
  for (const n of nodes ?? []) {
    const s = nodeAs(n, 'String');
    if (s?.sval !== undefined) out.push(s.sval);
  }
  return out;
}

/**
 * A type as users write it: `int8`, `varchar(50)`, `numeric(12,2)`, `text[]`, `public.mood`.
 * The `pg_catalog.` prefix the grammar adds to built-in types is dropped.
 */
export function typeNameToString(type: TypeName | undefined): string {
  if (!type) return '';
  const names = (type.names ?? []).map((n) => stringValue(n) ?? '?');
  if (names.length === 2 && names[0] === 'pg_catalog') names.shift();
  let text = names.join('.');
  if (type.typmods && type.typmods.length > 0) text += `(${type.typmods.map(typmodToString).join(',')})`;
  if (type.pct_type) text += '%TYPE';
  for (const bound of type.arrayBounds ?? []) {
    const size = nodeAs(bound, 'Integer')?.ival;
    text += size === undefined || size < 0 ? '[]' : `[${size}]`;
  }
  return type.setof ? `setof ${text}` : text;
}

function typmodToString(mod: Node): string {
  const constant = nodeAs(mod, 'A_Const');
  if (constant) {
    // An Integer of 0 is printed by libpg-query as an empty object.
    if (constant.ival) return String(constant.ival.ival ?? 0);
    if (constant.fval) return constant.fval.fval ?? '?';
    if (constant.sval) return constant.sval.sval ?? '';
  }
  const column = nodeAs(mod, 'ColumnRef'); // geometry(Point, 4326)
  if (column) return (column.fields ?? []).map((f) => stringValue(f) ?? '?').join('.');
  return '?';
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
    const c = nodeAs(m, 'A_Const');
    if (c?.ival) mods.push(c.ival.ival ?? 0);
  }
  const schema = names.length > 1 ? names[names.length - 2] : undefined;
  return { name: names[names.length - 1].toLowerCase(), schema, mods, array: (typeName?.arrayBounds?.length ?? 0) > 0 };
}

export function writtenTypeText(t: WrittenType): string {
  return `${t.name}${t.mods.length ? `(${t.mods.join(',')})` : ''}${t.array ? '[]' : ''}`;
}

/** The Constraint nodes of a column definition (NOT NULL, DEFAULT, PRIMARY KEY, GENERATED, ...). */
export function columnConstraints(col: ColumnDef): Constraint[] {
  return (col.constraints ?? []).map((n) => nodeAs(n, 'Constraint')).filter((c) => c !== undefined);
}

/** The AlterTableCmd bodies of an ALTER TABLE statement (empty for anything else). */
export function alterTableCmds(node: Node | undefined) {
  const alter = nodeAs(node, 'AlterTableStmt');
  if (!alter || (alter.objtype !== undefined && alter.objtype !== 'OBJECT_TABLE')) return [];
  return (alter.cmds ?? []).map((c) => nodeAs(c, 'AlterTableCmd')).filter((c) => c !== undefined);
}

/** True when a DefElem list holds `name` switched on (`CONCURRENTLY`, `FULL true`; not `FULL false`). */
export function hasOption(options: Node[] | undefined, name: string): boolean {
  for (const option of options ?? []) {
    const def = nodeAs(option, 'DefElem');
    if (def?.defname !== name) continue;
    return booleanArg(def.arg) ?? true;
  }
  return false;
}

function booleanArg(arg: Node | undefined): boolean | undefined {
  if (arg === undefined) return undefined;
  const boolean = nodeAs(arg, 'Boolean');
  if (boolean) return boolean.boolval === true;
  const constant = nodeAs(arg, 'A_Const');
  if (constant?.boolval) return constant.boolval.boolval === true;
  if (constant?.ival) return (constant.ival.ival ?? 0) !== 0;
  const word = (stringValue(arg) ?? constant?.sval?.sval)?.toLowerCase();
  if (word === undefined) return undefined;
  return !['false', 'off', '0', 'no'].includes(word);
}

/**
 * True for a statement PostgreSQL refuses to run inside a transaction block ("cannot run inside
 * a transaction block"): CREATE/DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY and REINDEX
 * SCHEMA/SYSTEM/DATABASE, VACUUM, DETACH PARTITION CONCURRENTLY, CREATE/DROP DATABASE,
 * ALTER DATABASE SET TABLESPACE, ALTER SYSTEM, CREATE/DROP TABLESPACE, CLUSTER without a table,
 * CREATE SUBSCRIPTION that creates a slot, COMMIT/ROLLBACK PREPARED. ANALYZE and REFRESH
 * MATERIALIZED VIEW (even CONCURRENTLY) are transactional. DROP SUBSCRIPTION depends on whether
 * a slot exists, which the tree does not say: false.
 */
export function isNonTransactional(stmt: Node): boolean {
  switch (nodeKind(stmt)) {
    case 'IndexStmt':
      return nodeAs(stmt, 'IndexStmt')?.concurrent === true;
    case 'DropStmt':
      return nodeAs(stmt, 'DropStmt')?.concurrent === true;
    case 'ReindexStmt': {
      const reindex = nodeAs(stmt, 'ReindexStmt');
      if (hasOption(reindex?.params, 'concurrently')) return true;
      return ['REINDEX_OBJECT_SCHEMA', 'REINDEX_OBJECT_SYSTEM', 'REINDEX_OBJECT_DATABASE'].includes(reindex?.kind ?? '');
    }
    case 'VacuumStmt':
      return nodeAs(stmt, 'VacuumStmt')?.is_vacuumcmd === true;
    case 'AlterTableStmt':
      return (nodeAs(stmt, 'AlterTableStmt')?.cmds ?? []).some((cmd) => {
        const body = nodeAs(cmd, 'AlterTableCmd');
        return body?.subtype === 'AT_DetachPartition' && nodeAs(body.def, 'PartitionCmd')?.concurrent === true;
      });
    case 'ClusterStmt':
      return nodeAs(stmt, 'ClusterStmt')?.relation === undefined;
    case 'AlterDatabaseStmt':
      return (nodeAs(stmt, 'AlterDatabaseStmt')?.options ?? []).some((o) => nodeAs(o, 'DefElem')?.defname === 'tablespace');
    case 'CreateSubscriptionStmt': {
      const options = nodeAs(stmt, 'CreateSubscriptionStmt')?.options;
      const explicit = (name: string): boolean | undefined => {
        const def = (options ?? []).map((o) => nodeAs(o, 'DefElem')).find((d) => d?.defname === name);
        return def ? (booleanArg(def.arg) ?? true) : undefined;
      };
      // create_slot defaults to true, and to false when connect = false.
      return explicit('create_slot') ?? explicit('connect') ?? true;
    }
    case 'TransactionStmt': {
      const kind = nodeAs(stmt, 'TransactionStmt')?.kind;
      return kind === 'TRANS_STMT_COMMIT_PREPARED' || kind === 'TRANS_STMT_ROLLBACK_PREPARED';
    }
    case 'CreatedbStmt':
    case 'DropdbStmt':
    case 'AlterSystemStmt':
    case 'CreateTableSpaceStmt':
    case 'DropTableSpaceStmt':
      return true;
    default:
      return false;
  }
}

/**
 * A short label for a statement PostgreSQL refuses inside a transaction block (`CREATE INDEX
 * CONCURRENTLY`), for messages; whether it is refused is isNonTransactional.
 */
export function nonTransactionalLabel(node: Node | undefined): string | undefined {
  const index = nodeAs(node, 'IndexStmt');
  if (index) return index.concurrent ? 'CREATE INDEX CONCURRENTLY' : undefined;
  const drop = nodeAs(node, 'DropStmt');
  if (drop) return drop.concurrent ? 'DROP INDEX CONCURRENTLY' : undefined;
  const reindex = nodeAs(node, 'ReindexStmt');
  if (reindex) {
    const concurrently = (reindex.params ?? []).some((p) => nodeAs(p, 'DefElem')?.defname === 'concurrently');
    if (concurrently) return 'REINDEX CONCURRENTLY';
    if (reindex.kind === 'REINDEX_OBJECT_SYSTEM') return 'REINDEX SYSTEM';
    if (reindex.kind === 'REINDEX_OBJECT_SCHEMA') return 'REINDEX SCHEMA';
    if (reindex.kind === 'REINDEX_OBJECT_DATABASE') return 'REINDEX DATABASE';
    return undefined;
  }
  const vacuum = nodeAs(node, 'VacuumStmt');
  if (vacuum) return vacuum.is_vacuumcmd ? 'VACUUM' : undefined;
  const alter = nodeAs(node, 'AlterTableStmt');
  if (alter) {
    for (const c of alter.cmds ?? []) {
      const cmd = nodeAs(c, 'AlterTableCmd');
      if (cmd?.subtype === 'AT_DetachPartition' && nodeAs(cmd.def, 'PartitionCmd')?.concurrent) {
        return 'DETACH PARTITION CONCURRENTLY';
      }
    }
    return undefined;
  }
  const cluster = nodeAs(node, 'ClusterStmt');
  if (cluster) return cluster.relation ? undefined : 'CLUSTER without a table';
  if (nodeAs(node, 'CreatedbStmt')) return 'CREATE DATABASE';
  if (nodeAs(node, 'DropdbStmt')) return 'DROP DATABASE';
  if (nodeAs(node, 'CreateTableSpaceStmt')) return 'CREATE TABLESPACE';
  if (nodeAs(node, 'DropTableSpaceStmt')) return 'DROP TABLESPACE';
  if (nodeAs(node, 'AlterSystemStmt')) return 'ALTER SYSTEM';
  return undefined;
}

export type TransactionControl = 'begin' | 'commit' | 'rollback' | 'prepare';

/** BEGIN/START TRANSACTION, COMMIT/END, ROLLBACK/ABORT, PREPARE TRANSACTION; null for anything else (savepoints included). */
export function transactionControlOf(ast: Node | undefined): TransactionControl | null {
  switch (nodeAs(ast, 'TransactionStmt')?.kind) {
    case 'TRANS_STMT_BEGIN':
    case 'TRANS_STMT_START':
      return 'begin';
    case 'TRANS_STMT_COMMIT':
      return 'commit';
    case 'TRANS_STMT_ROLLBACK':
      return 'rollback';
    case 'TRANS_STMT_PREPARE':
      return 'prepare';
    default:
      return null;
  }
}
