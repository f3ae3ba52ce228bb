// Query review, the part of the pipeline that runs on the replayed database: which queries are
// under review, PREPARE + EXPLAIN on the base schema and after the pull request, index advice
// measured on the ephemeral database, and the reviewed queries the rules read.
import type { Catalog } from '../../core/catalog.js';
import { qualify } from '../../core/catalog.js';
import type { Config } from '../../core/config.js';
import type { Query, QueryFile, QueryProbe, ReviewedQuery } from '../../core/query-types.js';
import type { ReviewedFile } from '../../core/review-types.js';
import type { TableStats } from '../../replay/planner-stats.js';
import { adviseIndex, planRegression } from './index-advice.js';
import type { ReplaySession } from '../../replay/index.js';

/** Statement kinds of a migration that change data: backfills get the query checks too. */
const DML_KINDS = new Set(['InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt']);

/** Planner row counts: the config's table-rows by `schema.table` or bare name, else the assumed default. */
export function plannerRows(catalog: Catalog, config: Config): Record<string, number> {
  const known = new Map(Object.entries(config.tableRows).map(([name, rows]) => [qualify(name), rows]));
  const rows: Record<string, number> = {};
  for (const [key, table] of Object.entries(catalog.tables)) {
    if (table.kind !== 'table') continue;
    rows[key] = known.get(key) ?? config.assumedTableRows;
  }
  return rows;
}

function tableStats(rows: Record<string, number>): TableStats[] {
  return Object.entries(rows).map(([table, n]) => ({ table, rows: n }));
}

/** Whitespace-insensitive text of a query, to tell an edited query from a moved one. */
function shape(q: Query): string {
  return q.statement.text.replace(/\s+/g, ' ').trim();
}

/**
 * Queries new or edited in the pull request: every query of an added file, and in a modified
 * file those whose text the base version of the file does not hold.
 */
export function changedQueries(head: readonly QueryFile[], baseVersion: (path: string) => QueryFile | undefined, changedPaths: ReadonlySet<string>): Set<Query> {
  const changed = new Set<Query>();
  for (const file of head) {
    if (!changedPaths.has(file.path)) continue;
    const before = baseVersion(file.path);
    const known = new Set(before?.queries.map(shape) ?? []);
    for (const q of file.queries) if (!known.has(shape(q))) changed.add(q);
  }
  return changed;
}

/** PREPARE and EXPLAIN each query on the schema as it is now; an engine failure leaves the rest unprobed. */
export async function probeQueries(session: ReplaySession, rows: Record<string, number>, queries: readonly Query[]): Promise<Map<Query, QueryProbe>> {
  const probes = new Map<Query, QueryProbe>();
  const runnable = queries.filter((q) => q.statement.ast !== undefined);
  if (runnable.length === 0) return probes;
  await session.probe(tableStats(rows), async (prober) => {
    for (const q of runnable) probes.set(q, await prober.probe(q.statement.text));
  });
  return probes;
}

export interface QueryReviewInput {
  files: readonly QueryFile[];
  changed: ReadonlySet<Query>;
  /** Probes on the base schema (unchanged queries, when migrations changed). */
  base?: ReadonlyMap<Query, QueryProbe>;
  /** Whether migrations changed: unchanged queries are then checked against the new schema. */
  migrationsChanged: boolean;
  config: Config;
}

/**
 * Probes the queries under review on the schema after the pull request, measures index advice
 * for changed ones and plan regressions for unchanged ones, and returns what the rules read.
 */
export async function reviewQueriesAfter(session: ReplaySession, finalCatalog: Catalog, input: QueryReviewInput): Promise<ReviewedQuery[]> {
  const rows = plannerRows(finalCatalog, input.config);
  const underReview = input.files.flatMap((f) => f.queries.filter((q) => input.changed.has(q) || input.migrationsChanged));
  const reviewed: ReviewedQuery[] = [];
  const ignoresOf = new Map(input.files.map((f) => [f.path, f.fileIgnores]));
  if (underReview.length === 0) return reviewed;
  await session.probe(tableStats(rows), async (prober) => {
    for (const q of underReview) {
      const changed = input.changed.has(q);
      // A query that does not parse is not probed; the rules still see it (syntax-error, templates).
      const head = q.statement.ast === undefined ? undefined : await prober.probe(q.statement.text);
      const base = changed ? undefined : input.base?.get(q);
      const rq: ReviewedQuery = {
        origin: 'query-file',
        file: q.file,
        ...(q.name ? { name: q.name } : {}),
        statement: q.statement,
        changed,
        catalog: finalCatalog,
        tableRows: rows,
        ...(base ? { base } : {}),
        ...(head ? { head } : {}),
        fileIgnores: ignoresOf.get(q.file) ?? [],
      };
      if (changed && head?.plan) {
        const advice = await adviseIndex(prober, rq, input.config);
        if (advice) rq.advice = advice;
      } else if (!changed && base?.plan && head?.plan) {
        const regression = planRegression(base.plan, head.plan, finalCatalog);
        if (regression) rq.regression = regression;
      }
      reviewed.push(rq);
    }
  });
  return reviewed;
}

/** Data-changing statements of the migrations under review, judged like queries on the schema they meet. */
export function migrationDml(files: readonly ReviewedFile[], config: Config): ReviewedQuery[] {
  const out: ReviewedQuery[] = [];
  for (const file of files) {
    if (file.status !== 'added') continue;
    for (const r of file.statements) {
      if (!DML_KINDS.has(r.statement.kind)) continue;
      out.push({
        origin: 'migration',
        file: file.source.path,
        statement: r.statement,
        changed: true,
        catalog: r.before,
        ...(r.trace?.searchPath ? { searchPath: r.trace.searchPath } : {}),
        tableRows: plannerRows(r.before, config),
        fileIgnores: file.fileIgnores,
      });
    }
  }
  return out;
}
