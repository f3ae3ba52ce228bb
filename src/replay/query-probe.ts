// Compiles and plans queries on the replayed database without running them: PREPARE, then
// EXPLAIN of the generic plan (parameters unknown, as the application sends them). All of it
// happens inside one transaction that is rolled back, so the replayed schema is left as it was.
import type { PgErrorInfo } from '../core/trace-types.js';
import type { PlanSummary, QueryProbe } from '../core/query-types.js';
import { PgError, type SqlEngine } from './engine.js';
import { summarizePlan } from '../sql/query/explain-plan.js';
import { injectPlannerStats, restoreTableStats, type TableStats } from './planner-stats.js';

const STATEMENT = 'pgmr_query';
const PREFIX = `PREPARE ${STATEMENT} AS `;

function asErrorInfo(err: unknown): PgErrorInfo {
  if (err instanceof PgError) return err.info;
  throw err;
}

/** The query without its final semicolon, as PREPARE takes it. */
function body(sql: string): string {
  return sql.replace(/;\s*$/, '');
}

export class QueryProber {
  private savepoints = 0;
  /** A statement was prepared and must be deallocated once the savepoint is rolled back. */
  private deallocate = false;

  private constructor(
    private readonly engine: SqlEngine,
    private readonly stats: ReadonlyMap<string, TableStats>,
  ) {}

  /** Opens the transaction and makes the planner see production-sized tables. */
  static async open(engine: SqlEngine, tables: readonly TableStats[]): Promise<QueryProber> {
    await engine.exec('BEGIN');
    try {
      await engine.exec('SET LOCAL plan_cache_mode = force_generic_plan');
      await injectPlannerStats(engine, tables);
    } catch (err) {
      await engine.exec('ROLLBACK').catch(() => undefined);
      throw err;
    }
    return new QueryProber(engine, new Map(tables.map((t) => [t.table, t])));
  }

  async close(): Promise<void> {
    await this.engine.exec('ROLLBACK');
  }

  /** PREPARE (compile) and EXPLAIN the generic plan. A PostgreSQL error is the answer, not a failure. */
  async probe(sql: string): Promise<QueryProbe> {
    return this.inSavepoint(async () => {
      try {
        await this.engine.exec(PREFIX + body(sql));
      } catch (err) {
        const info = asErrorInfo(err);
        // Positions count from the start of what was sent; the caller wants them in the query.
        if (info.position !== undefined) info.position = Math.max(1, info.position - PREFIX.length);
        return { ok: false, error: info };
      }
      return { ok: true, plan: await this.explainPrepared() };
    });
  }

  /**
   * The plan of `sql` with the `indexes` built first (on empty tables: instant), or undefined when
   * one cannot be built. The indexes are gone again afterwards.
   */
  async planWithIndexes(sql: string, indexes: readonly { create: string; table: string }[]): Promise<PlanSummary | undefined> {
    try {
      return await this.inSavepoint(async () => {
        try {
          for (const ix of indexes) await this.engine.exec(ix.create);
          for (const table of new Set(indexes.map((ix) => ix.table))) {
            const stats = this.stats.get(table);
            if (stats) await restoreTableStats(this.engine, stats);
          }
          await this.engine.exec(PREFIX + body(sql));
        } catch (err) {
          asErrorInfo(err);
          return undefined;
        }
        return this.explainPrepared();
      });
    } finally {
      // CREATE INDEX writes the table's pg_class counts in place, which no rollback undoes.
      for (const table of new Set(indexes.map((ix) => ix.table))) {
        const stats = this.stats.get(table);
        if (stats) await restoreTableStats(this.engine, stats);
      }
    }
  }

  /** The generic plan of the prepared statement, which is then deallocated; undefined when EXPLAIN fails. */
  private async explainPrepared(): Promise<PlanSummary | undefined> {
    try {
      return await this.explainGeneric();
    } catch (err) {
      asErrorInfo(err);
      return undefined;
    } finally {
      // Prepared statements outlive savepoints; a failed EXPLAIN aborted the savepoint, which the caller rolls back first.
      this.deallocate = true;
    }
  }

  private async explainGeneric(): Promise<PlanSummary | undefined> {
    const [row] = await this.engine.query<{ n: number }>(`SELECT cardinality(parameter_types) AS n FROM pg_prepared_statements WHERE name = '${STATEMENT}'`);
    const args = Array.from({ length: row?.n ?? 0 }, () => 'NULL').join(', ');
    const rows = await this.engine.query(`EXPLAIN (FORMAT JSON) EXECUTE ${STATEMENT}${args ? `(${args})` : ''}`);
    return summarizePlan(rows);
  }

  /** Runs `fn` in a savepoint that is always rolled back: a failed PREPARE or an index experiment leaves nothing. */
  private async inSavepoint<T>(fn: () => Promise<T>): Promise<T> {
    const name = `pgmr_probe_${++this.savepoints}`;
    await this.engine.exec(`SAVEPOINT ${name}`);
    try {
      return await fn();
    } finally {
      await this.engine.exec(`ROLLBACK TO SAVEPOINT ${name}`);
      await this.engine.exec(`RELEASE SAVEPOINT ${name}`);
      if (this.deallocate) await this.engine.exec(`DEALLOCATE ${STATEMENT}`);
      this.deallocate = false;
    }
  }
}
