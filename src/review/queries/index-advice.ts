// Index advice proven by the planner: for a large table the plan reads in full, derive the index
// a btree would serve the query with (equality columns, then one range or the sort), build it on
// the ephemeral database, plan again, and keep it only when the plan gets at least 30% cheaper.
// A plan that used an index the pull request drops is a regression, measured the same way.
import type { Catalog, CatalogIndex, CatalogTable } from '../../core/catalog.js';
import type { Config } from '../../core/config.js';
import type { AdvisedIndex, IndexAdvice, PlanRegression, PlanSummary, ReviewedQuery } from '../../core/query-types.js';
import { indexesUsed, scanNodes } from '../../sql/query/explain-plan.js';
import type { QueryProber } from '../../replay/query-probe.js';
import { tableUse, type TableUse } from './predicate-columns.js';
import { quoteIdent } from '../../sql/names.js';

/** Below this many rows a full scan is cheap whatever the predicate. */
const SMALL_TABLE_ROWS = 10_000;
/**
 * A predicate is selective when the planner expects it to keep at most this fraction of the
 * table. Above it a full scan is often right, and the one-page table the statistics ride on
 * makes index scans look cheaper than they are.
 */
const SELECTIVE_FRACTION = 0.05;
/** The measured plan must cost at most this fraction of the plan without the index (30% cheaper at least). */
const REQUIRED_GAIN = 0.7;
/** An INCLUDE variant is kept only when it beats the plain index by this fraction. */
const INCLUDE_GAIN = 0.9;
const MAX_KEYS = 4;
const SCAN_TYPES = new Set(['Index Scan', 'Index Only Scan', 'Bitmap Heap Scan']);
/** An index scan this costly reads much of its index; a better index may exist. */
const COSTLY_INDEX_SCAN = 1000;
const MAX_INCLUDE = 3;
const TRIAL_PREFIX = 'pgmr_candidate_';

interface Candidate {
  table: CatalogTable;
  columns: string[];
  include: string[];
}

function qualifiedIdent(t: CatalogTable): string {
  return t.schema === 'public' ? quoteIdent(t.name) : `${quoteIdent(t.schema)}.${quoteIdent(t.name)}`;
}

/**
 * Key columns in the order a btree serves them: equalities, then one range column or the ORDER BY.
 * Join keys count as equalities only for a table the query does not filter otherwise (the inner
 * side of a nested loop); a filtered table is better reached by its filter.
 */
export function candidateKeys(use: TableUse): string[] {
  const filtered = use.equality.length > 0 || use.range.length > 0;
  const keys = [...(filtered ? use.equality : use.joinEquality)];
  if (use.range.length > 0) {
    if (!keys.includes(use.range[0])) keys.push(use.range[0]);
  } else {
    for (const s of use.sort) if (!keys.includes(s)) keys.push(s);
  }
  return keys.slice(0, MAX_KEYS);
}

/** An existing plain btree whose leading keys are `columns` already serves what the candidate would. */
export function coveredBy(table: CatalogTable, columns: readonly string[]): CatalogIndex | undefined {
  return table.indexes.find(
    (ix) =>
      ix.method === 'btree' &&
      ix.valid &&
      ix.predicate === null &&
      ix.columns.length >= columns.length &&
      columns.every((c, i) => ix.columns[i] === c && (ix.opclasses[i] ?? '') === '' && (ix.collations?.[i] ?? '') === ''),
  );
}

/** A name in the table's style that no index of the schema uses, at most 63 bytes. */
export function indexName(table: CatalogTable, columns: readonly string[], catalog: Catalog, alsoTaken: readonly string[] = []): string {
  const taken = new Set([...Object.values(catalog.tables).flatMap((t) => t.indexes.map((ix) => ix.name)), ...alsoTaken]);
  const base = `${table.name}_${columns.join('_')}`.slice(0, 59);
  let name = `${base}_idx`;
  for (let i = 1; taken.has(name); i++) name = `${base}_idx${i}`;
  return name;
}

function createSql(c: Candidate, name: string, concurrently: boolean): string {
  const include = c.include.length > 0 ? ` INCLUDE (${c.include.map(quoteIdent).join(', ')})` : '';
  return `CREATE INDEX${concurrently ? ' CONCURRENTLY' : ''} ${quoteIdent(name)} ON ${qualifiedIdent(c.table)} (${c.columns.map(quoteIdent).join(', ')})${include};`;
}

const trialName = (i: number): string => `${TRIAL_PREFIX}${i}`;

/** Builds the candidates together and plans the query; undefined when the plan uses none of them. */
async function measure(prober: QueryProber, sql: string, candidates: readonly Candidate[]): Promise<PlanSummary | undefined> {
  const plan = await prober.planWithIndexes(
    sql,
    candidates.map((c, i) => ({ create: createSql(c, trialName(i), false), table: `${c.table.schema}.${c.table.name}` })),
  );
  if (!plan) return undefined;
  const used = indexesUsed(plan);
  return candidates.some((_, i) => used.has(trialName(i))) ? plan : undefined;
}

/** One candidate per large table the plan reads in full: the index a btree would serve the query with. */
function candidatesFor(q: ReviewedQuery, plan: PlanSummary): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const limited = plan.nodes.some((n) => n.type === 'Limit');
  for (const node of scanNodes(plan)) {
    // A full scan, or an index scan that still costs like one (PostgreSQL 18 skip-scans an index
    // whose leading column the query does not constrain).
    if (!node.relation || !(node.type === 'Seq Scan' || (SCAN_TYPES.has(node.type) && node.totalCost >= COSTLY_INDEX_SCAN))) continue;
    const rows = q.tableRows[node.relation] ?? 0;
    if (rows < SMALL_TABLE_ROWS) continue;
    const selective = node.rows <= rows * SELECTIVE_FRACTION;
    const table = q.catalog.tables[node.relation];
    const use = table && q.statement.ast && tableUse(q.statement.ast, { relation: node.relation, ...(node.alias ? { alias: node.alias } : {}) }, q.catalog);
    if (!table || !use) continue;
    // Unselective: only a LIMIT served in index order (no filter, ORDER BY ... LIMIT n) can still be helped.
    const byOrder = limited && use.sort.length > 0 && use.equality.length === 0 && use.range.length === 0;
    if (!selective && !byOrder) continue;
    const columns = candidateKeys(use);
    const key = `${node.relation}(${columns.join(',')})`;
    if (columns.length === 0 || seen.has(key) || coveredBy(table, columns)) continue;
    seen.add(key);
    const extra = use.read ? [...use.read].filter((c) => !columns.includes(c)) : [];
    out.push({ table, columns, include: extra.length <= MAX_INCLUDE ? extra : [] });
  }
  return out;
}

/**
 * Indexes for the query's large full scans, built together and measured; undefined when the plan
 * does not get at least 30% cheaper. INCLUDE columns are kept only when the index-only scan
 * they allow is measurably cheaper than the plain index.
 */
export async function adviseIndex(prober: QueryProber, q: ReviewedQuery, _config: Config): Promise<IndexAdvice | undefined> {
  const before = q.head?.plan;
  if (!before) return undefined;
  const covering = candidatesFor(q, before);
  if (covering.length === 0) return undefined;
  // Each candidate alone and all together, plain and with INCLUDE: the cheapest plan wins.
  const plain: Candidate[] = covering.map((c) => ({ ...c, include: [] }));
  const sets: Candidate[][] = [plain, ...(plain.length > 1 ? plain.map((c) => [c]) : [])];
  if (covering.some((c) => c.include.length > 0)) sets.push(covering);
  let chosen: Candidate[] = plain;
  let after: PlanSummary | undefined;
  for (const set of sets) {
    const plan = await measure(prober, q.statement.text, set);
    const includes = set.some((c) => c.include.length > 0);
    if (plan && (!after || plan.totalCost < after.totalCost * (includes ? INCLUDE_GAIN : 1))) {
      chosen = set;
      after = plan;
    }
  }
  if (!after || after.totalCost > before.totalCost * REQUIRED_GAIN) return undefined;
  const used = indexesUsed(after);
  const names = new Map<string, string>();
  const indexes: AdvisedIndex[] = [];
  const catalog = { ...q.catalog };
  chosen.forEach((c, i) => {
    if (!used.has(trialName(i))) return;
    const name = indexName(c.table, c.columns, catalog, [...names.values()]);
    names.set(trialName(i), name);
    indexes.push({ name, table: `${c.table.schema}.${c.table.name}`, columns: c.columns, include: c.include, definition: createSql(c, name, true) });
  });
  const renamed = { ...after, nodes: after.nodes.map((n) => (n.index && names.has(n.index) ? { ...n, index: names.get(n.index)! } : n)) };
  return { indexes, before, after: renamed };
}

/** Regression: the base plan read an index that no longer exists, and the new plan costs at least 1.5 times more. */
export function planRegression(before: PlanSummary, after: PlanSummary, finalCatalog: Catalog): PlanRegression | undefined {
  const remaining = new Set(Object.values(finalCatalog.tables).flatMap((t) => t.indexes.map((ix) => ix.name)));
  const dropped = [...indexesUsed(before)].find((name) => !remaining.has(name));
  if (!dropped || after.totalCost < before.totalCost * 1.5) return undefined;
  return { index: dropped, before, after };
}
