// Makes the ephemeral database plan like production: every table gets the row count users expect
// (the config's table-rows, else assumed-table-rows), injected with PostgreSQL 18's pg_restore_*_stats.
// The planner believes pg_class only for a table with at least one real page, so each empty table
// gets one: a row is inserted in a subtransaction that is then rolled back, which leaves the page.
// Everything here runs inside the caller's transaction and disappears with its ROLLBACK.
import type { SqlEngine } from './engine.js';

export interface ColumnStats {
  /** pg_stats.n_distinct: > 0 distinct values, < 0 a fraction of the rows (-1 = unique). */
  nDistinct?: number;
  nullFrac?: number;
}

export interface TableStats {
  /** Qualified `schema.name`. */
  table: string;
  rows: number;
  columns?: Record<string, ColumnStats>;
}

/** One page per empty plain table; check constraints and foreign keys are set aside for the throwaway row. */
const GIVE_EVERY_TABLE_A_PAGE = `
DO $pgmr$
DECLARE
  r record;
  k record;
  cols text;
  vals text;
BEGIN
  SET LOCAL session_replication_role = replica;
  FOR r IN
    SELECT c.oid, c.oid::regclass::text AS name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
      AND pg_relation_size(c.oid) = 0
  LOOP
    BEGIN
      FOR k IN SELECT conname FROM pg_constraint WHERE conrelid = r.oid AND contype = 'c' LOOP
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.name, k.conname);
      END LOOP;
      SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum),
             string_agg(CASE t.typcategory
                 WHEN 'N' THEN '0' WHEN 'B' THEN 'false' WHEN 'D' THEN 'now()' WHEN 'T' THEN '''0'''
                 WHEN 'A' THEN '''{}''' WHEN 'U' THEN
                   CASE WHEN t.typname = 'uuid' THEN '''00000000-0000-0000-0000-000000000000''' ELSE '''{}''' END
                 WHEN 'E' THEN quote_literal((SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder LIMIT 1))
                 ELSE '''''' END || '::' || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum)
        INTO cols, vals
      FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
      WHERE a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attnotnull
        AND a.attidentity = '' AND a.attgenerated = '' AND NOT a.atthasdef;
      IF cols IS NULL THEN
        EXECUTE format('INSERT INTO %s DEFAULT VALUES', r.name);
      ELSE
        EXECUTE format('INSERT INTO %s (%s) VALUES (%s)', r.name, cols, vals);
      END IF;
      RAISE EXCEPTION 'pgmr: undo the row, keep the page';
    EXCEPTION WHEN OTHERS THEN NULL;
    END;
  END LOOP;
END
$pgmr$`;

function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

function splitName(qualified: string): [string, string] {
  const dot = qualified.indexOf('.');
  return dot < 0 ? ['public', qualified] : [qualified.slice(0, dot), qualified.slice(dot + 1)];
}

/**
 * Relation statistics for tables and their indexes. relpages is 1 because the table has one real
 * page: the planner scales reltuples/relpages by the pages it finds. Every page is marked
 * all-visible, as vacuumed production tables mostly are, so index-only scans are costed fairly.
 */
function relationStatsSql(tables: readonly TableStats[]): string {
  const rows = tables.map((t) => {
    const [schema, name] = splitName(t.table);
    return `(${literal(schema)}, ${literal(name)}, ${Math.max(0, Math.round(t.rows))}::real)`;
  });
  return `
WITH wanted(schemaname, relname, rows) AS (VALUES ${rows.join(', ')}),
rels AS (
  SELECT n.nspname AS schemaname, c.relname, w.rows
  FROM wanted w
  JOIN pg_namespace tn ON tn.nspname = w.schemaname
  JOIN pg_class t ON t.relnamespace = tn.oid AND t.relname = w.relname AND t.relkind = 'r'
  JOIN pg_class c ON c.oid = t.oid OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid = t.oid)
  JOIN pg_namespace n ON n.oid = c.relnamespace
)
SELECT count(pg_restore_relation_stats('schemaname', schemaname::text, 'relname', relname::text,
  'relpages', 1::integer, 'reltuples', rows, 'relallvisible', 1::integer))::int AS restored
FROM rels`;
}

/** Column statistics the schema implies (booleans and enums have few values) or the user gave. */
function attributeStatsSql(tables: readonly TableStats[]): string {
  const given = tables.flatMap((t) =>
    Object.entries(t.columns ?? {}).map(([column, s]) => {
      const [schema, name] = splitName(t.table);
      const nd = s.nDistinct ?? 0;
      const nf = s.nullFrac ?? 0;
      return `(${literal(schema)}, ${literal(name)}, ${literal(column)}, ${nd}::real, ${nf}::real)`;
    }),
  );
  const givenCte = given.length > 0
    ? `given(schemaname, relname, attname, n_distinct, null_frac) AS (VALUES ${given.join(', ')})`
    : `given AS (SELECT NULL::name AS schemaname, NULL::name AS relname, NULL::name AS attname, NULL::real AS n_distinct, NULL::real AS null_frac WHERE false)`;
  const names = tables.map((t) => literal(t.table)).join(', ');
  return `
WITH ${givenCte},
implied AS (
  SELECT n.nspname AS schemaname, c.relname, a.attname,
    CASE WHEN t.typname = 'bool' THEN 2 ELSE (SELECT count(*) FROM pg_enum e WHERE e.enumtypid = t.oid) END::real AS n_distinct,
    0::real AS null_frac
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
  JOIN pg_type t ON t.oid = a.atttypid
  WHERE c.relkind = 'r' AND (t.typname = 'bool' OR t.typtype = 'e')
    AND (n.nspname || '.' || c.relname) IN (${names || 'NULL'})
),
chosen AS (
  SELECT schemaname::name, relname::name, attname::name, n_distinct, null_frac FROM given
  UNION ALL
  SELECT i.* FROM implied i WHERE NOT EXISTS (
    SELECT 1 FROM given g WHERE g.schemaname = i.schemaname AND g.relname = i.relname AND g.attname = i.attname)
)
SELECT count(pg_restore_attribute_stats('schemaname', schemaname::text, 'relname', relname::text, 'attname', attname::text,
  'inherited', false, 'null_frac', null_frac, 'avg_width', 8, 'n_distinct', n_distinct))::int AS restored
FROM chosen ch
WHERE EXISTS (
  SELECT 1 FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = ch.schemaname AND c.relname = ch.relname AND a.attname = ch.attname AND NOT a.attisdropped)`;
}

/** Gives every table a page and the statistics; call inside an open transaction. */
export async function injectPlannerStats(engine: SqlEngine, tables: readonly TableStats[]): Promise<void> {
  await engine.exec(GIVE_EVERY_TABLE_A_PAGE);
  if (tables.length === 0) return;
  await engine.query(relationStatsSql(tables));
  await engine.query(attributeStatsSql(tables));
}

/** After CREATE INDEX (which resets the table's pg_class counts from its one page): the table's statistics again. */
export async function restoreTableStats(engine: SqlEngine, table: TableStats): Promise<void> {
  await engine.query(relationStatsSql([table]));
}
