// Reads the replayed database's schema into plain data: one query per object kind, for all
// tables at once. Also the cheap probes the tracer runs around each statement: the relations
// with their relfilenodes (rewrites), the locks this session holds and the scan counters of the
// relations it locked (validation scans).
import type {
  Catalog,
  CatalogColumn,
  CatalogConstraint,
  CatalogIndex,
  CatalogTable,
  ConstraintKind,
  Volatility,
} from '../core/catalog.js';
import type { LockMode, LockTaken } from '../core/trace-types.js';
import type { SqlEngine } from './engine.js';

/*
 * Rows come back as JSON text built by PostgreSQL (json_agg, or string_agg for the relations the
 * tracer reads after every statement): PGlite builds a JS object per row and the worker copies
 * each to this thread, which for the thousand relations of a large history costs about three
 * times what one JSON.parse does. Every column is an int, text, boolean or an array of those,
 * which JSON carries alike.
 */

/** Schemas that never hold the user's objects. */
const SYSTEM_SCHEMA_FILTER = `n.nspname not in ('pg_catalog', 'information_schema')
  and n.nspname !~ '^pg_toast' and n.nspname !~ '^pg_temp_'`;

/** User relations of the given kinds, leaving out what extensions own (their tables are not the user's schema). */
function userRelations(kinds: string, oidFilter: boolean): string {
  return `select c.oid from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in (${kinds}) and ${SYSTEM_SCHEMA_FILTER}
      and not exists (select 1 from pg_depend e where e.classid = 'pg_class'::regclass and e.objid = c.oid and e.deptype = 'e')
      ${oidFilter ? 'and c.oid = any($1::oid[])' : ''}`;
}

const TABLE_KINDS = `'r', 'p', 'm', 'f', 'v'`;

const KIND: Record<string, CatalogTable['kind']> = { r: 'table', p: 'partitioned', m: 'matview', v: 'view', f: 'foreign' };
const PERSISTENCE: Record<string, CatalogTable['persistence']> = { p: 'permanent', u: 'unlogged', t: 'temporary' };
const VOLATILITY: Record<string, Volatility> = { i: 'immutable', s: 'stable', v: 'volatile' };
const CONSTRAINT_KIND: Record<string, ConstraintKind> = {
  p: 'primary', u: 'unique', f: 'foreign', c: 'check', x: 'exclude', n: 'not-null', t: 'trigger',
};

interface TableRow { oid: number; schema: string; name: string; relkind: string; persistence: string; parent: string | null }
interface ColumnRow {
  rel: number; name: string; attnum: number; type: string; typname: string; typmod: number; notnull: boolean;
  def: string | null; vol: string | null; identity: string; generated: string;
}
interface IndexRow {
  rel: number; name: string; columns: (string | null)[]; keys: string[]; nkey: number; opclasses: string[]; collations: string[]; orders: string[];
  predicate: string | null; method: string; unique: boolean; primary: boolean; valid: boolean;
  constraint: string | null; definition: string;
}
interface ConstraintRow {
  rel: number; name: string; contype: string; columns: string[] | null; validated: boolean; enforced: boolean; definition: string;
  reftable: string | null; refcolumns: string[] | null; index: string | null;
}

/**
 * Volatility of a column default, from its stored expression tree: every function it calls
 * (`:funcid`), every operator's function (`:opno` -> oprcode, since stored trees may leave
 * `:opfuncid` at 0), and NEXTVALUEEXPR (identity sequences). PostgreSQL records no pg_depend rows
 * for built-in functions, so pg_depend alone would miss now() and gen_random_uuid().
 * Type input/output calls (CoerceViaIO) are not counted: they are immutable or stable in practice.
 */
const DEFAULT_VOLATILITY = `case when d.adbin::text ~ '\\{NEXTVALUEEXPR' then 'v' else (
    select max(p.provolatile::text) from pg_proc p where p.oid in (
      select m[1]::oid from regexp_matches(d.adbin::text, ':(?:funcid|opfuncid) (\\d+)', 'g') m
      union
      select o.oprcode::oid from pg_operator o where o.oid in (
        select m[1]::oid from regexp_matches(d.adbin::text, ':opno (\\d+)', 'g') m))
  ) end`;

function tablesSql(filter: boolean): string {
  return `select c.oid::int as oid, n.nspname::text as schema, c.relname::text as name,
      c.relkind::text as relkind, c.relpersistence::text as persistence,
      case when c.relispartition then (select pn.nspname || '.' || pc.relname from pg_inherits h
        join pg_class pc on pc.oid = h.inhparent join pg_namespace pn on pn.oid = pc.relnamespace
        where h.inhrelid = c.oid) end as parent
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.oid in (${userRelations(TABLE_KINDS, filter)})
    order by n.nspname, c.relname`;
}

// The queries below take the table oids found by tablesSql as an array, so PostgreSQL looks them
// up through the catalogs' oid indexes instead of scanning every attribute, index and constraint.

function columnsSql(oids: string): string {
  return `select a.attrelid::int as rel, a.attname::text as name, a.attnum::int as attnum,
      format_type(a.atttypid, a.atttypmod) as type, t.typname::text as typname, a.atttypmod::int as typmod,
      a.attnotnull as notnull, pg_get_expr(d.adbin, d.adrelid) as def,
      ${'case when d.oid is null then null else ' + DEFAULT_VOLATILITY + ' end'} as vol,
      a.attidentity::text as identity, a.attgenerated::text as generated
    from pg_attribute a join pg_type t on t.oid = a.atttypid
      left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
    where a.attrelid = any(${oids}) and a.attnum > 0 and not a.attisdropped
    order by a.attrelid, a.attnum`;
}

function indexesSql(oids: string): string {
  return `select i.indrelid::int as rel, ic.relname::text as name,
      array(select a.attname::text from unnest(i.indkey::int2[]) with ordinality u(attnum, ord)
              left join pg_attribute a on a.attrelid = i.indrelid and a.attnum = u.attnum and u.attnum > 0
            order by u.ord) as columns,
      array(select pg_get_indexdef(i.indexrelid, k, true) from generate_series(1, i.indnatts::int) k order by k) as keys,
      i.indnkeyatts::int as nkey,
      array(select case when oc.opcdefault then '' else oc.opcname::text end
            from unnest(i.indclass::oid[]) with ordinality u(opc, ord) join pg_opclass oc on oc.oid = u.opc
            order by u.ord) as opclasses,
      array(select case when u.coll = 0 or u.coll = coalesce(nullif(a.attcollation, 0), 100) then '' else co.collname::text end
            from unnest(i.indcollation::oid[], i.indkey::int2[]) with ordinality u(coll, attnum, ord)
              left join pg_attribute a on a.attrelid = i.indrelid and a.attnum = u.attnum and u.attnum > 0
              left join pg_collation co on co.oid = u.coll
            where u.ord <= i.indnkeyatts order by u.ord) as collations,
      array(select case when u.opt & 1 = 1 then (case when u.opt & 2 = 2 then 'DESC' else 'DESC NULLS LAST' end)
                        else (case when u.opt & 2 = 2 then 'NULLS FIRST' else '' end) end
            from unnest(i.indoption::int2[]) with ordinality u(opt, ord) order by u.ord) as orders,
      pg_get_expr(i.indpred, i.indrelid, true) as predicate, am.amname::text as method,
      i.indisunique as "unique", i.indisprimary as "primary", i.indisvalid as valid,
      (select con.conname::text from pg_constraint con
        where con.conindid = i.indexrelid and con.conrelid = i.indrelid and con.contype in ('p', 'u', 'x') limit 1) as "constraint",
      pg_get_indexdef(i.indexrelid) as definition
    from pg_index i join pg_class ic on ic.oid = i.indexrelid join pg_am am on am.oid = ic.relam
    where i.indrelid = any(${oids})
    order by i.indrelid, ic.relname`;
}

function constraintsSql(oids: string): string {
  return `select con.conrelid::int as rel, con.conname::text as name, con.contype::text as contype,
      array(select a.attname::text from unnest(con.conkey) with ordinality u(k, ord)
              join pg_attribute a on a.attrelid = con.conrelid and a.attnum = u.k order by u.ord) as columns,
      con.convalidated as validated, con.conenforced as enforced, pg_get_constraintdef(con.oid, true) as definition,
      case when con.contype = 'f' then (select rn.nspname || '.' || rc.relname from pg_class rc
        join pg_namespace rn on rn.oid = rc.relnamespace where rc.oid = con.confrelid) end as reftable,
      case when con.contype = 'f' then array(select a.attname::text from unnest(con.confkey) with ordinality u(k, ord)
              join pg_attribute a on a.attrelid = con.confrelid and a.attnum = u.k order by u.ord) end as refcolumns,
      case when con.contype in ('p', 'u', 'x') then (select ic.relname::text from pg_class ic where ic.oid = con.conindid) end as index
    from pg_constraint con
    where con.conrelid = any(${oids})
    order by con.conrelid, con.conname`;
}

export interface ReadCatalogOptions {
  /** Read only these tables (by pg_class oid); extensions are always read. */
  tableOids?: number[];
}

/** An oid[] literal: the numbers come from the catalog, never from the user. */
function oidArray(oids: readonly number[]): string {
  return `'{${oids.map((o) => Math.trunc(o)).join(',')}}'::oid[]`;
}

/** The schema as plain data. Tables are keyed `schema.name`. */
export async function readCatalog(engine: SqlEngine, opts: ReadCatalogOptions = {}): Promise<Catalog> {
  const filter = opts.tableOids !== undefined;
  // One statement, one round trip: each part is JSON text, the tables' oids shared.
  const oids = 'array(select oid::oid from t)';
  const [row] = await engine.queryPrepared<Record<'tables' | 'columns' | 'indexes' | 'constraints' | 'extensions', string | null>>(
    filter ? 'pg_migration_review_tables' : 'pg_migration_review_catalog',
    `with t as materialized (${tablesSql(filter)})
    select (select json_agg(t)::text from t) as tables,
      (select json_agg(x)::text from (${columnsSql(oids)}) x) as columns,
      (select json_agg(x)::text from (${indexesSql(oids)}) x) as indexes,
      (select json_agg(x)::text from (${constraintsSql(oids)}) x) as constraints,
      (select json_agg(x)::text from (select extname::text as name from pg_extension order by 1) x) as extensions`,
    filter ? [oidArray(opts.tableOids ?? [])] : [],
  );
  const rows = <T>(json: string | null): T[] => (json ? (JSON.parse(json) as T[]) : []);
  const tableRows = rows<TableRow>(row.tables);
  const columnRows = rows<ColumnRow>(row.columns);
  const indexRows = rows<IndexRow>(row.indexes);
  const constraintRows = rows<ConstraintRow>(row.constraints);
  const extensionRows = rows<{ name: string }>(row.extensions);

  const byOid = new Map<number, CatalogTable>();
  const tables: Record<string, CatalogTable> = {};
  for (const r of tableRows) {
    const table: CatalogTable = {
      oid: r.oid,
      schema: r.schema,
      name: r.name,
      kind: KIND[r.relkind],
      persistence: PERSISTENCE[r.persistence] ?? 'permanent',
      ...(r.parent ? { partitionOf: r.parent } : {}),
      columns: [],
      indexes: [],
      constraints: [],
    };
    byOid.set(r.oid, table);
    tables[`${r.schema}.${r.name}`] = table;
  }
  for (const r of columnRows) byOid.get(r.rel)?.columns.push(toColumn(r));
  for (const r of indexRows) {
    const table = byOid.get(r.rel);
    if (table) table.indexes.push(toIndex(r, `${table.schema}.${table.name}`));
  }
  for (const r of constraintRows) byOid.get(r.rel)?.constraints.push(toConstraint(r));
  return { tables, extensions: extensionRows.map((r) => r.name) };
}

function toColumn(r: ColumnRow): CatalogColumn {
  return {
    name: r.name,
    attnum: r.attnum,
    type: r.type,
    typeName: r.typname,
    typmod: r.typmod,
    notNull: r.notnull,
    default: r.def,
    defaultVolatility: r.def === null ? null : (VOLATILITY[r.vol ?? 'i'] ?? 'immutable'),
    identity: r.identity === 'a' ? 'always' : r.identity === 'd' ? 'by-default' : null,
    generated: r.generated === 's' ? 'stored' : r.generated === 'v' ? 'virtual' : null,
  };
}

function toIndex(r: IndexRow, table: string): CatalogIndex {
  return {
    name: r.name,
    table,
    columns: r.columns.slice(0, r.nkey),
    keys: r.keys.slice(0, r.nkey),
    include: r.keys.slice(r.nkey),
    opclasses: r.opclasses,
    collations: r.collations,
    orders: r.orders,
    predicate: r.predicate,
    method: r.method,
    unique: r.unique,
    primary: r.primary,
    valid: r.valid,
    constraint: r.constraint,
    definition: r.definition,
  };
}

function toConstraint(r: ConstraintRow): CatalogConstraint {
  const c: CatalogConstraint = {
    name: r.name,
    kind: CONSTRAINT_KIND[r.contype] ?? 'check',
    columns: r.columns ?? [],
    validated: r.validated,
    definition: r.definition,
  };
  if (!r.enforced) c.enforced = false;
  if (r.reftable !== null) c.references = { table: r.reftable, columns: r.refcolumns ?? [] };
  if (r.index !== null) c.index = r.index;
  return c;
}

/** A user relation as the tracer needs it: name, kind, owning table, storage file. */
export interface RelationInfo {
  oid: number;
  /** Qualified name. */
  name: string;
  relkind: LockTaken['relkind'];
  /** Qualified table: the relation itself, or the table an index belongs to. */
  table: string;
  relfilenode: number;
}

function lockRelkind(relkind: string): LockTaken['relkind'] {
  switch (relkind) {
    case 'r': case 'p': case 'f': return 'table';
    case 'i': case 'I': return 'index';
    case 'S': return 'sequence';
    case 'v': return 'view';
    case 'm': return 'matview';
    default: return 'other';
  }
}

/**
 * Every user relation (tables, indexes, sequences, views) as a JSON array of
 * [oid, relfilenode, relkind, indexed table oid or 0, qualified name], built as text: the
 * tracer reads it after every statement, and a thousand relations cost a third of what
 * json_agg's objects do.
 */
const RELATIONS_JSON = `select '[' || coalesce(string_agg('[' || c.oid::int || ',' || c.relfilenode::int || ',"' || c.relkind::text || '",'
      || coalesce(i.indrelid::int, 0) || ',' || to_json(n.nspname || '.' || c.relname)::text || ']', ','), '') || ']'
    from pg_class c join pg_namespace n on n.oid = c.relnamespace left join pg_index i on i.indexrelid = c.oid
    where c.relkind in ('r', 'p', 'm', 'f', 'v', 'i', 'I', 'S') and ${SYSTEM_SCHEMA_FILTER}`;

/**
 * Relation locks this session holds, as a JSON array of [oid, mode, scans] (catalogs' included).
 * `scans` is the relation's scan counter not yet flushed to the shared statistics
 * (pg_stat_get_xact_numscans: sequential scans of a table, scans of an index). A relation read
 * by a statement is locked until the transaction ends, so the locked ones are all the tracer
 * needs; the counter is not transactional (a rolled-back scan still counts) and carries what
 * earlier transactions left unflushed (see TransactionState.begin).
 */
const LOCKS_JSON = `select '[' || coalesce(string_agg('[' || l.relation::int || ',"' || l.mode || '",'
      || pg_stat_get_xact_numscans(l.relation) || ']', ','), '') || ']'
    from pg_locks l
    where l.pid = pg_backend_pid() and l.locktype = 'relation' and l.granted
      and l.database = (select oid from pg_database where datname = current_database())`;

function toRelations(json: string): Map<number, RelationInfo> {
  const rows = JSON.parse(json) as [number, number, string, number, string][];
  const map = new Map<number, RelationInfo>();
  for (const [oid, relfilenode, relkind, , name] of rows) map.set(oid, { oid, name, relkind: lockRelkind(relkind), table: name, relfilenode });
  for (const [oid, , , tableOid] of rows) {
    const table = tableOid !== 0 ? map.get(tableOid) : undefined;
    if (table) map.get(oid)!.table = table.name;
  }
  return map;
}

/**
 * Locks on user relations, named from `relations` (read in the same statement) or, for a
 * relation dropped in the open transaction (gone from pg_class while its lock remains), from
 * `known`. Catalog relations are in neither and are left out. `scans` gets each locked user
 * relation's scan counter.
 */
function toLocks(json: string, relations: Map<number, RelationInfo>, known?: Map<number, RelationInfo>, scans?: Map<number, number>): LockTaken[] {
  const locks: LockTaken[] = [];
  const seen = new Set<string>();
  for (const [oid, mode, count] of JSON.parse(json) as [number, string, number][]) {
    const info = relations.get(oid) ?? known?.get(oid);
    if (!info) continue;
    scans?.set(oid, count);
    const key = `${info.name}\u0000${mode}`;
    if (seen.has(key)) continue;
    seen.add(key);
    locks.push({ relation: info.name, relkind: info.relkind, table: info.table, mode: mode as LockMode });
  }
  return locks;
}

/** What the tracer reads around a statement. */
export interface StepState {
  /** Every user relation by oid. */
  relations: Map<number, RelationInfo>;
  /** Locks held on them. */
  locks: LockTaken[];
  /** Scan counter of each locked user relation, by oid (see LOCKS_JSON). */
  scans: Map<number, number>;
}

/** What the tracer reads around a statement, in one round trip: every user relation, the locks held on them and their scan counters. */
export async function readStepState(engine: SqlEngine, known?: Map<number, RelationInfo>): Promise<StepState> {
  const [row] = await engine.queryPrepared<{ relations: string; locks: string }>(
    'pg_migration_review_step_state',
    `select (${RELATIONS_JSON}) as relations, (${LOCKS_JSON}) as locks`,
  );
  const relations = toRelations(row.relations);
  const scans = new Map<number, number>();
  return { relations, locks: toLocks(row.locks, relations, known, scans), scans };
}

/**
 * Qualified tables whose scan counters grew between two step states of one transaction: a
 * table's own counter (sequential scans) or one of its indexes' (index scans), named from
 * `relations`. `before` lacks a relation the transaction had not locked yet: its counter is
 * taken as 0, which holds when the transaction started with the counters flushed (see
 * TransactionState.begin) and no scan was rolled back since.
 */
export function scannedTables(before: Map<number, number>, after: Map<number, number>, ...relations: Map<number, RelationInfo>[]): string[] {
  const out = new Set<string>();
  for (const [oid, count] of after) {
    if (count <= (before.get(oid) ?? 0)) continue;
    const info = relations.map((r) => r.get(oid)).find((r) => r !== undefined);
    if (info && info.relkind !== 'sequence') out.add(info.table);
  }
  return [...out].sort();
}

/** Every user relation (tables, indexes, sequences, views) by oid. */
export async function readRelations(engine: SqlEngine): Promise<Map<number, RelationInfo>> {
  const [row] = await engine.queryPrepared<{ relations: string }>('pg_migration_review_relations', `select (${RELATIONS_JSON}) as relations`);
  return toRelations(row.relations);
}

/** Qualified name -> relfilenode for user tables and indexes (0 for relations without storage). */
export async function readRelfilenodes(engine: SqlEngine): Promise<Map<string, number>> {
  const rels = await readRelations(engine);
  const map = new Map<string, number>();
  for (const r of rels.values()) if (r.relkind === 'table' || r.relkind === 'index' || r.relkind === 'matview') map.set(r.name, r.relfilenode);
  return map;
}

/** Relation locks this session holds on user relations (see toLocks for `known`). */
export async function readHeldLocks(engine: SqlEngine, known?: Map<number, RelationInfo>): Promise<LockTaken[]> {
  return (await readStepState(engine, known)).locks;
}
