// Index advice proven by the planner: for a large table the plan reads in full, derive the index
// a btree would serve the query with (equality columns, then one range or the sort), build it on
// the ephemeral database, plan again, and keep it only when the plan gets at least twice cheaper.
// A plan that used an index the pull request drops is a regression, measured the same way.
import type { Catalog, CatalogIndex, CatalogTable } from '../core/catalog.js';
import type { Config } from '../core/config.js';
import type { IndexAdvice, PlanRegression, PlanSummary, ReviewedQuery } from '../core/query-types.js';
import { indexesUsed, scanNodes } from '../replay/explain-plan.js';
import type { QueryProber } from '../replay/query-probe.js';
import { tableUse, type TableUse } from './predicate-columns.js';

/** Below this many rows a full scan is cheap whatever the predicate. */
const SMALL_TABLE_ROWS = 10_000;
/** The measured plan must cost at most this fraction of the plan without the index. */
const REQUIRED_GAIN = 0.5;
/** An INCLUDE variant is kept only when it beats the plain index by this fraction. */
const INCLUDE_GAIN = 0.9;
const MAX_KEYS = 4;
const MAX_INCLUDE = 3;
const TRIAL_NAME = 'pgmr_candidate_idx';

interface Candidate {
  table: CatalogTable;
  columns: string[];
  include: string[];
}

function quoteIdent(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replaceAll('"', '""')}"`;
}

function qualifiedIdent(t: CatalogTable): string {
  return t.schema === 'public' ? quoteIdent(t.name) : `${quoteIdent(t.schema)}.${quoteIdent(t.name)}`;
}

/** Key columns in the order a btree serves them: equalities, then one range column or the ORDER BY. */
export function candidateKeys(use: TableUse): string[] {
  const keys = [...use.equality];
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
export function indexName(table: CatalogTable, columns: readonly string[], catalog: Catalog): string {
  const taken = new Set(Object.values(catalog.tables).flatMap((t) => t.indexes.map((ix) => ix.name)));
  const base = `${table.name}_${columns.join('_')}`.slice(0, 59);
  let name = `${base}_idx`;
  for (let i = 1; taken.has(name); i++) name = `${base}_idx${i}`;
  return name;
}

function createSql(c: Candidate, name: string, concurrently: boolean): string {
  const include = c.include.length > 0 ? ` INCLUDE (${c.include.map(quoteIdent).join(', ')})` : '';
  return `CREATE INDEX${concurrently ? ' CONCURRENTLY' : ''} ${quoteIdent(name)} ON ${qualifiedIdent(c.table)} (${c.columns.map(quoteIdent).join(', ')})${include};`;
}

async function measure(prober: QueryProber, sql: string, c: Candidate): Promise<PlanSummary | undefined> {
  const plan = await prober.planWithIndex(sql, createSql(c, TRIAL_NAME, false), `${c.table.schema}.${c.table.name}`);
  return plan && indexesUsed(plan).has(TRIAL_NAME) ? plan : undefined;
}

/**
 * The best index for the query's largest full scans, measured; undefined when no candidate makes
 * the plan at least twice cheaper or an existing index already has the candidate's keys.
 */
export async function adviseIndex(prober: QueryProber, q: ReviewedQuery, _config: Config): Promise<IndexAdvice | undefined> {
  const before = q.head?.plan;
  const ast = q.statement.ast;
  if (!before || !ast) return undefined;
  let best: IndexAdvice | undefined;
  const seen = new Set<string>();
  for (const node of scanNodes(before)) {
    if (node.type !== 'Seq Scan' || !node.relation) continue;
    if ((q.tableRows[node.relation] ?? 0) < SMALL_TABLE_ROWS) continue;
    const table = q.catalog.tables[node.relation];
    const use = table && tableUse(ast, { relation: node.relation, ...(node.alias ? { alias: node.alias } : {}) }, q.catalog);
    if (!table || !use) continue;
    const columns = candidateKeys(use);
    const key = `${node.relation}(${columns.join(',')})`;
    if (columns.length === 0 || seen.has(key) || coveredBy(table, columns)) continue;
    seen.add(key);

    const plain: Candidate = { table, columns, include: [] };
    let chosen = plain;
    let after = await measure(prober, q.statement.text, plain);
    const extra = use.read ? [...use.read].filter((c) => !columns.includes(c)) : undefined;
    if (extra && extra.length > 0 && extra.length <= MAX_INCLUDE) {
      const covering: Candidate = { table, columns, include: extra };
      const withInclude = await measure(prober, q.statement.text, covering);
      if (withInclude && (!after || withInclude.totalCost < after.totalCost * INCLUDE_GAIN)) {
        chosen = covering;
        after = withInclude;
      }
    }
    if (!after || after.totalCost > before.totalCost * REQUIRED_GAIN) continue;
    if (best && best.after.totalCost <= after.totalCost) continue;
    const name = indexName(table, columns, q.catalog);
    best = {
      table: node.relation,
      columns: chosen.columns,
      include: chosen.include,
      definition: createSql(chosen, name, true),
      before,
      after: renameTrial(after, name),
    };
  }
  return best;
}

/** The measured plan shows the index under the name the advice gives it. */
function renameTrial(plan: PlanSummary, name: string): PlanSummary {
  return { ...plan, nodes: plan.nodes.map((n) => (n.index === TRIAL_NAME ? { ...n, index: name } : n)) };
}

/** Regression: the base plan read an index that no longer exists, and the new plan costs at least 1.5 times more. */
export function planRegression(before: PlanSummary, after: PlanSummary, finalCatalog: Catalog): PlanRegression | undefined {
  const remaining = new Set(Object.values(finalCatalog.tables).flatMap((t) => t.indexes.map((ix) => ix.name)));
  const dropped = [...indexesUsed(before)].find((name) => !remaining.has(name));
  if (!dropped || after.totalCost < before.totalCost * 1.5) return undefined;
  return { index: dropped, before, after };
}
