// The schema as plain data, read from the replayed database's catalog.
// Keys are qualified names `schema.name`; `public.` is kept so keys are unambiguous.

export type Volatility = 'immutable' | 'stable' | 'volatile';

export interface CatalogColumn {
  name: string;
  attnum: number;
  /** format_type(atttypid, atttypmod): `character varying(50)`, `bigint`, `numeric(12,2)`. */
  type: string;
  /** Base type name without modifiers: `varchar`, `int8`, `numeric` (pg_type.typname). */
  typeName: string;
  typmod: number;
  notNull: boolean;
  /** pg_get_expr of the default, or null. */
  default: string | null;
  defaultVolatility: Volatility | null;
  identity: 'always' | 'by-default' | null;
  generated: 'stored' | 'virtual' | null;
}

export interface CatalogIndex {
  name: string;
  /** Qualified name of the table it indexes. */
  table: string;
  /** Key columns in order; an expression key is null here and its text is in `keys`. */
  columns: (string | null)[];
  /** Each key as pg_get_indexdef(oid, n, true) renders it: a column name or an expression. */
  keys: string[];
  /** INCLUDE columns. */
  include: string[];
  /** Operator class per key (`text_pattern_ops`), empty string for the type's default. */
  opclasses: string[];
  /** Collation per key when it differs from the column's (`C` for `name COLLATE "C"`), else ''. */
  collations: string[];
  /** Sort order per key: '', 'DESC', 'NULLS FIRST' or 'DESC NULLS LAST' ('' is ASC NULLS LAST). */
  orders: string[];
  /** pg_get_expr of the WHERE clause, or null. */
  predicate: string | null;
  /** Access method: btree, gin, gist, hash, brin, ... */
  method: string;
  unique: boolean;
  primary: boolean;
  /** indisvalid: false while a CONCURRENTLY build failed or is under way. */
  valid: boolean;
  /** Name of the constraint this index backs (PRIMARY KEY, UNIQUE, EXCLUDE), or null. */
  constraint: string | null;
  /** pg_get_indexdef(oid): the full CREATE INDEX statement. */
  definition: string;
}

export type ConstraintKind = 'primary' | 'unique' | 'foreign' | 'check' | 'exclude' | 'not-null' | 'trigger';

export interface CatalogConstraint {
  name: string;
  kind: ConstraintKind;
  columns: string[];
  /** convalidated: false for NOT VALID until VALIDATE CONSTRAINT. */
  validated: boolean;
  /**
   * false for a NOT ENFORCED constraint (PostgreSQL 18; conenforced): never checked, and a NOT
   * ENFORCED foreign key has no triggers, so it makes no lookups. Absent when enforced.
   */
  enforced?: false;
  /** pg_get_constraintdef. */
  definition: string;
  /** For foreign keys: the referenced table (qualified) and columns. */
  references?: { table: string; columns: string[] };
  /** For PRIMARY KEY / UNIQUE / EXCLUDE: the backing index name. */
  index?: string;
}

export interface CatalogTable {
  oid: number;
  schema: string;
  name: string;
  /** pg_class.relkind: table, partitioned table, materialized view, view, foreign table. */
  kind: 'table' | 'partitioned' | 'matview' | 'view' | 'foreign';
  persistence: 'permanent' | 'unlogged' | 'temporary';
  /**
   * For a partition: the qualified partitioned table it is a partition of. Indexes, constraints,
   * locks and rewrites PostgreSQL cascades from the parent show here too; rules report the parent.
   */
  partitionOf?: string;
  columns: CatalogColumn[];
  indexes: CatalogIndex[];
  constraints: CatalogConstraint[];
}

/** A schema snapshot. Treat as immutable: a change produces a new object sharing unchanged tables. */
export interface Catalog {
  tables: Record<string, CatalogTable>;
  /** Installed extensions by name. */
  extensions: string[];
}

export const emptyCatalog = (): Catalog => ({ tables: {}, extensions: [] });

/** `users` -> `public.users`; `"Auth".users` stays qualified. Names are compared as stored. */
export function qualify(name: string, schema = 'public'): string {
  return name.includes('.') ? name : `${schema}.${name}`;
}
