// Synthetic existing rows for pre-existing tables, built from the catalog: production tables are
// not empty, and some statements (SET NOT NULL, a UNIQUE index, a CHECK) only fail on rows. Each
// filled table gets ROWS rows shaped like the commonest production rows: NULL in every nullable
// column, a constant default where the column has one, else a value of the column's type that
// differs per row (so unique keys hold), and foreign keys pointing at rows of the parent.
import type { Catalog, CatalogColumn, CatalogTable } from '../core/catalog.js';
import type { SyntheticColumn, SyntheticShape, SyntheticTable } from '../core/review-types.js';
import type { PgErrorInfo } from '../core/trace-types.js';
import { PgError, type PgliteEngine } from './engine.js';

/** What the second replay needs of the engine: statements one by one, or many in one round trip. */
export type BatchEngine = Pick<PgliteEngine, 'exec' | 'execEach' | 'query'>;

/** Rows per table: two rows are the fewest that can collide on a unique key. */
export const ROWS = 2;

/**
 * The attempts per table: the second offsets invented values past rows a base migration inserted
 * (seed data); the third also fills nullable columns, for a CHECK (col IS NOT NULL) NOT VALID.
 */
const ATTEMPTS: readonly { salt: number; nulls: boolean }[] = [
  { salt: 0, nulls: true },
  { salt: 20_000, nulls: true },
  { salt: 20_000, nulls: false },
];

const SAVEPOINT = 'pgmr_synthetic_rows';

/** pg_type facts about a column (a domain's base type): what kind of literal fits it. */
interface ColumnType {
  /** pg_type.typcategory: N numeric, S string, B boolean, D date/time, E enum, A array, ... */
  category: string;
  typname: string;
}

export interface FillOutcome {
  filled: SyntheticTable[];
  skipped: { table: string; reason: string }[];
}

function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function tableSql(t: CatalogTable): string {
  return `${ident(t.schema)}.${ident(t.name)}`;
}

/**
 * The tables to fill, parents first: `wanted` plus, recursively, the tables their NOT NULL foreign
 * keys reference (a child's rows need parent rows). Only plain and partitioned tables. A cycle is
 * broken where it is met; its child's insert then fails and the table is skipped.
 */
export function fillOrder(catalog: Catalog, wanted: Iterable<string>): string[] {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (key: string): void => {
    const t = catalog.tables[key];
    if (!t || state.has(key) || (t.kind !== 'table' && t.kind !== 'partitioned')) return;
    state.set(key, 'visiting');
    const notNull = new Set(t.columns.filter((c) => c.notNull).map((c) => c.name));
    for (const fk of t.constraints) {
      if (fk.kind === 'foreign' && fk.references && fk.references.table !== key && fk.columns.every((c) => notNull.has(c))) visit(fk.references.table);
    }
    state.set(key, 'done');
    order.push(key);
  };
  for (const key of [...wanted].sort()) visit(key);
  return order;
}

/** Reads the type category of every column of `tables` (for domains, their base type's). */
async function readColumnTypes(engine: BatchEngine, tables: CatalogTable[]): Promise<Map<string, ColumnType>> {
  const rows = await engine.query<{ oid: number; attnum: number; category: string; typname: string }>(
    `SELECT a.attrelid::int AS oid, a.attnum::int AS attnum, coalesce(b.typcategory, t.typcategory)::text AS category,
            coalesce(b.typname, t.typname)::text AS typname
       FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
       LEFT JOIN pg_type b ON t.typtype = 'd' AND b.oid = t.typbasetype
      WHERE a.attrelid = ANY($1::oid[]) AND a.attnum > 0 AND NOT a.attisdropped`,
    [tables.map((t) => t.oid)],
  );
  return new Map(rows.map((r) => [`${r.oid}:${r.attnum}`, { category: r.category, typname: r.typname }]));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** `2000-01-01` plus n days and n seconds, as a timestamp literal's text. */
function timestampText(n: number): string {
  const d = new Date(Date.UTC(2000, 0, 1) + n * 86_400_000 + n * 1000);
  return d.toISOString().replace('T', ' ').slice(0, 19);
}

/**
 * A value of the column's type for row `k` (1-based), different in each row (`n` = salt + k);
 * arrays and ranges get one value for every row. An unknown type gets the number as text: its
 * input function decides, and a table whose insert fails is skipped.
 */
function inventedValue(column: CatalogColumn, type: ColumnType | undefined, n: number, k: number): { sql: string; shape: SyntheticShape } {
  const distinct = (sql: string): { sql: string; shape: SyntheticShape } => ({ sql, shape: 'distinct' });
  switch (type?.category) {
    case 'B':
      return distinct(k % 2 === 1 ? 'true' : 'false');
    case 'D':
      if (type.typname === 'date') return distinct(`'${timestampText(n).slice(0, 10)}'`);
      if (type.typname === 'time' || type.typname === 'timetz') return distinct(`'${pad(Math.floor(n / 3600) % 24, 2)}:${pad(Math.floor(n / 60) % 60, 2)}:${pad(n % 60, 2)}'`);
      return distinct(`'${timestampText(n)}'`);
    case 'T':
      return distinct(`'${n} seconds'`);
    case 'E':
      // The k-th label, or the first when the enum has fewer.
      return distinct(`coalesce((enum_range(NULL::${column.type}))[${k}], enum_first(NULL::${column.type}))`);
    case 'A':
      return { sql: `'{}'`, shape: 'repeated' };
    case 'R':
      return { sql: `'empty'`, shape: 'repeated' };
    case 'I':
      return distinct(`'10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}'`);
    case 'G':
      return distinct(type.typname === 'point' ? `'(${n},${n})'` : `'${n}'`);
    default:
      break;
  }
  switch (type?.typname) {
    case 'uuid':
      return distinct(`'00000000-0000-4000-8000-${pad(n, 12)}'`);
    case 'bytea':
      return distinct(`'\\x${n.toString(16).padStart(8, '0')}'`);
    case 'xml':
      return distinct(`'<v>${n}</v>'`);
    case 'macaddr':
    case 'macaddr8': {
      const hex = (b: number): string => (b & 255).toString(16).padStart(2, '0');
      return distinct(`'08:00:2b:${hex(n >> 16)}:${hex(n >> 8)}:${hex(n)}'`);
    }
    default:
      return distinct(`'${n}'`);
  }
}

/** Columns in a unique key (PRIMARY KEY, UNIQUE), and those where NULLs collide (NULLS NOT DISTINCT). */
function uniqueColumns(t: CatalogTable): { unique: Set<string>; nullsCollide: Set<string> } {
  const unique = new Set<string>();
  const nullsCollide = new Set<string>();
  for (const ix of t.indexes) {
    if (!ix.unique) continue;
    for (const c of ix.columns) {
      if (c === null) continue;
      unique.add(c);
      if (/NULLS NOT DISTINCT/i.test(ix.definition)) nullsCollide.add(c);
    }
  }
  return { unique, nullsCollide };
}

/** The INSERT of ROWS rows into `t`, and how it holds each column. */
export function syntheticInsert(
  t: CatalogTable,
  catalog: Catalog,
  types: ReadonlyMap<string, ColumnType>,
  { salt, nulls }: { salt: number; nulls: boolean },
): { sql: string; columns: SyntheticColumn[] } {
  const { unique, nullsCollide } = uniqueColumns(t);
  const references = new Map<string, { table: CatalogTable; column: string }>();
  for (const fk of t.constraints) {
    const parent = fk.kind === 'foreign' && fk.references ? catalog.tables[fk.references.table] : undefined;
    if (!parent) continue;
    fk.columns.forEach((c, i) => {
      const target = fk.references!.columns[i];
      if (target && !references.has(c)) references.set(c, { table: parent, column: target });
    });
  }
  const columns: SyntheticColumn[] = [];
  const names: string[] = [];
  const rows: string[][] = Array.from({ length: ROWS }, () => []);
  for (const c of t.columns) {
    if (c.generated) {
      // Computed from the other columns: no evidence of its own either way.
      columns.push({ name: c.name, attnum: c.attnum, shape: 'distinct' });
      continue;
    }
    const ref = references.get(c.name);
    let shape: SyntheticShape;
    let value: (k: number) => string;
    if (!c.notNull && nulls && !nullsCollide.has(c.name)) {
      shape = 'null';
      value = () => 'NULL';
    } else if (c.identity || (c.default !== null && c.defaultVolatility === 'volatile')) {
      // Identity and nextval() or random defaults: a new value per row.
      shape = 'sequence';
      value = () => 'DEFAULT';
    } else if (ref) {
      // The k-th row of the parent (filled first): distinct keys, so a unique child column holds too.
      shape = 'reference';
      value = (k) => `(SELECT ${ident(ref.column)} FROM ${tableSql(ref.table)} ORDER BY ctid OFFSET ${k - 1} LIMIT 1)`;
    } else if (c.default !== null && c.defaultVolatility === 'immutable' && !unique.has(c.name)) {
      // The same constant in every row, as production rows that never set the column hold it.
      shape = 'default';
      value = () => 'DEFAULT';
    } else {
      // No default, a unique key, or a default that differs per row in production (now()).
      const type = types.get(`${t.oid}:${c.attnum}`);
      shape = inventedValue(c, type, salt + 1, 1).shape;
      value = (k) => inventedValue(c, type, salt + k, k).sql;
    }
    columns.push({ name: c.name, attnum: c.attnum, shape, ...(shape === 'default' && c.default !== null ? { value: c.default } : {}) });
    names.push(ident(c.name));
    rows.forEach((row, i) => row.push(value(i + 1)));
  }
  const sql =
    names.length === 0
      ? `INSERT INTO ${tableSql(t)} SELECT FROM generate_series(1, ${ROWS})`
      : `INSERT INTO ${tableSql(t)} (${names.join(', ')}) VALUES ${rows.map((r) => `(${r.join(', ')})`).join(', ')}`;
  return { sql, columns };
}

/**
 * Runs each text under its own savepoint, inside the caller's transaction, in as few round trips
 * to the engine as possible (on a base just loaded from the cache each one costs). `failed` hears
 * of each text PostgreSQL rejects, once its savepoint is rolled back; engine failures go on.
 */
export async function runUnderSavepoints(engine: BatchEngine, texts: readonly string[], failed: (i: number, error: PgErrorInfo) => Promise<void>): Promise<void> {
  // A newline first: a statement may end in a line comment.
  const wrapped = texts.map((t) => `SAVEPOINT ${SAVEPOINT}; ${t}\n; RELEASE SAVEPOINT ${SAVEPOINT}`);
  for (let i = 0; i < wrapped.length; ) {
    const run = await engine.execEach(wrapped.slice(i));
    i += run.completed;
    if (!run.error) break;
    if (!(run.error instanceof PgError)) throw run.error;
    await engine.exec(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}; RELEASE SAVEPOINT ${SAVEPOINT}`);
    await failed(i, run.error.info);
    i++;
  }
}

/**
 * Inserts the synthetic rows into `tables` (qualified names of `catalog`, parents first: see
 * fillOrder), each table under a savepoint inside the caller's transaction. A table whose insert
 * fails on every attempt (a CHECK the values miss, a trigger that raises, a type without a literal) is
 * skipped with PostgreSQL's reason.
 */
export async function insertSyntheticRows(engine: BatchEngine, catalog: Catalog, tables: readonly string[]): Promise<FillOutcome> {
  const targets = tables.map((k) => catalog.tables[k]).filter((t): t is CatalogTable => t !== undefined);
  if (targets.length === 0) return { filled: [], skipped: [] };
  const types = await readColumnTypes(engine, targets);
  const first = targets.map((t) => syntheticInsert(t, catalog, types, ATTEMPTS[0]));
  const failures = new Map<number, string>();
  await runUnderSavepoints(engine, first.map((f) => f.sql), async (i) => {
    // The other attempts, before any child's insert.
    for (const attempt of ATTEMPTS.slice(1)) {
      const again = syntheticInsert(targets[i], catalog, types, attempt);
      const seen: { error?: PgErrorInfo } = {};
      await runUnderSavepoints(engine, [again.sql], async (_, error) => {
        seen.error = error;
      });
      if (!seen.error) {
        first[i] = again;
        failures.delete(i);
        return;
      }
      failures.set(i, `${seen.error.code}: ${seen.error.message}`);
    }
  });
  const outcome: FillOutcome = { filled: [], skipped: [] };
  targets.forEach((t, i) => {
    const key = `${t.schema}.${t.name}`;
    const reason = failures.get(i);
    if (reason) outcome.skipped.push({ table: key, reason });
    else outcome.filled.push({ table: key, oid: t.oid, rows: ROWS, columns: first[i].columns });
  });
  return outcome;
}
