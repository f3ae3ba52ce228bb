// The second replay of the pull request, on synthetic existing rows (fails-on-existing-rows): the
// traced replay runs on empty tables, where SET NOT NULL or a UNIQUE index cannot fail. Before
// that replay, on the same engine and inside one transaction that is rolled back, the
// pre-existing tables the pull request names get synthetic rows (src/replay/synthetic-rows.ts)
// and the pull request's statements run again, each under a savepoint. Running it before the
// traced replay, not after, needs neither a second engine (~300 MB) nor a dump of the base; it
// leaves the database as it was but for sequences, which no trace reads.
import type { Catalog } from '../../core/catalog.js';
import type { MigrationSource } from '../../core/migration-types.js';
import type { ReviewedFile, ReviewStats } from '../../core/review-types.js';
import type { ParsedSql, SqlStatement } from '../../core/sql-types.js';
import type { PgErrorInfo } from '../../core/trace-types.js';
import { EngineStoppedError, PgError } from '../../replay/engine.js';
import { serverSideCopy, type ReplaySession } from '../../replay/session.js';
import { fillOrder, insertSyntheticRows, runUnderSavepoints, type BatchEngine, type FillOutcome } from '../../replay/synthetic-rows.js';
import { isNonTransactional, nodeAs } from '../../sql/ast.js';

/** What one statement did on the second replay. */
interface StatementOutcome {
  /** `skipped`: not run (transaction control, VACUUM); `unfaithful`: from here on the two replays differ (a ROLLBACK). */
  status: 'ok' | 'error' | 'skipped' | 'unfaithful';
  error?: PgErrorInfo;
}

export interface ExistingRowsRun {
  fill: FillOutcome;
  /** Per file path, per statement index; a statement missing was not reached (the engine stopped). */
  outcomes: Map<string, Map<number, StatementOutcome>>;
}

/**
 * Errors that depend on the rows a table holds: cardinality (21), data exceptions (22: a cast in
 * USING), integrity violations (23: NOT NULL, UNIQUE, FOREIGN KEY, CHECK, EXCLUDE). Anything else
 * on the second replay means it no longer runs what the traced replay ran.
 */
export function isDataError(error: PgErrorInfo): boolean {
  return /^2[123]/.test(error.code);
}

/** `{ schemaname, relname }` of every table reference in a parse tree (bare RangeVars included). */
function relationRefs(root: unknown, out: { schema?: string; name: string }[]): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) stack.push(...(value as unknown[]));
    else if (value !== null && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (typeof o.relname === 'string') out.push({ name: o.relname, ...(typeof o.schemaname === 'string' ? { schema: o.schemaname } : {}) });
      stack.push(...Object.values(o));
    }
  }
}

/**
 * Pre-existing tables the files name: references in the parse trees (an unqualified name matches
 * the table of that name in any schema: filling one more table costs little) and, in DO blocks,
 * base table names that appear as words of the body.
 */
export function touchedBaseTables(files: readonly { parsed: ParsedSql }[], catalog: Catalog): string[] {
  const byName = new Map<string, string[]>();
  for (const [key, t] of Object.entries(catalog.tables)) {
    if (t.kind !== 'table' && t.kind !== 'partitioned') continue;
    byName.set(t.name, [...(byName.get(t.name) ?? []), key]);
  }
  const found = new Set<string>();
  for (const { parsed } of files) {
    for (const s of parsed.statements) {
      if (!s.ast) continue;
      const refs: { schema?: string; name: string }[] = [];
      relationRefs(s.ast, refs);
      for (const r of refs) {
        for (const key of byName.get(r.name) ?? []) if (!r.schema || catalog.tables[key].schema === r.schema) found.add(key);
      }
      if (s.kind === 'DoStmt') {
        for (const word of s.text.toLowerCase().match(/[a-z_][a-z0-9_$]*/g) ?? []) for (const key of byName.get(word) ?? []) found.add(key);
      }
    }
  }
  return [...found];
}

/** The statement's text as the second replay runs it inside its transaction, or what to record instead. */
function passText(s: SqlStatement): string | 'skipped' | 'unfaithful' {
  if (!s.ast || serverSideCopy(s)) return 'skipped';
  const tx = nodeAs(s.ast, 'TransactionStmt');
  if (tx) return tx.kind === 'TRANS_STMT_ROLLBACK' || tx.kind === 'TRANS_STMT_ROLLBACK_TO' || tx.kind === 'TRANS_STMT_PREPARE' ? 'unfaithful' : 'skipped';
  if (nodeAs(s.ast, 'VariableSetStmt')?.name === 'TRANSACTION' || s.kind === 'VacuumStmt' || s.kind === 'ReindexStmt') return 'skipped';
  if (isNonTransactional(s.ast)) {
    // CREATE/DROP INDEX CONCURRENTLY fails on the same rows as without it; anything else that
    // refuses a transaction block fails here, and the comparison stops at it.
    return s.text.replace(/^(\s*(?:create\s+(?:unique\s+)?|drop\s+)index\s+)concurrently\b/i, '$1');
  }
  return s.text;
}

async function runStatements(engine: BatchEngine, files: readonly { source: MigrationSource; parsed: ParsedSql }[], outcomes: ExistingRowsRun['outcomes']): Promise<void> {
  const run: { path: string; index: number; text: string }[] = [];
  for (const { source, parsed } of files) {
    const byIndex = new Map<number, StatementOutcome>();
    outcomes.set(source.path, byIndex);
    for (const s of parsed.statements) {
      const text = passText(s);
      if (text === 'skipped' || text === 'unfaithful') byIndex.set(s.index, { status: text });
      else run.push({ path: source.path, index: s.index, text });
    }
  }
  const failed = new Map<number, PgErrorInfo>();
  await runUnderSavepoints(engine, run.map((r) => r.text), async (i, error) => {
    failed.set(i, error);
  });
  run.forEach((r, i) => {
    const error = failed.get(i);
    outcomes.get(r.path)!.set(r.index, error ? { status: 'error', error } : { status: 'ok' });
  });
}

/**
 * Runs the second replay of `files` (the added migrations, in apply order) on the base database
 * with synthetic rows in the pre-existing tables they name; undefined when they name none. A
 * statement that stops the engine (time or memory bound) ends the run: later ones are not compared.
 */
export async function replayOnExistingRows(
  session: ReplaySession,
  baseCatalog: Catalog,
  files: readonly { source: MigrationSource; parsed: ParsedSql }[],
): Promise<ExistingRowsRun | undefined> {
  const touched = touchedBaseTables(files, baseCatalog);
  if (touched.length === 0) return undefined;
  const run: ExistingRowsRun = { fill: { filled: [], skipped: [] }, outcomes: new Map() };
  try {
    await session.rolledBack(async (engine) => {
      run.fill = await insertSyntheticRows(engine, baseCatalog, fillOrder(baseCatalog, touched));
      if (run.fill.filled.length > 0) await runStatements(engine, files, run.outcomes);
    });
  } catch (err) {
    // A stopped engine (rebuilt by rolledBack) or an error of this pass's own queries: what was
    // compared so far stands, the rest is not compared.
    if (!(err instanceof EngineStoppedError) && !(err instanceof PgError)) throw err;
  }
  return run;
}

/**
 * Marks the statements that succeeded on the traced replay and failed with a data error on the
 * second one (ReviewedStatement.withRows). The comparison stops where the two replays stop
 * running the same thing: a statement one ran and the other did not, or a failure that is not a
 * data error (the second replay then runs on a different schema).
 */
export function markFailuresOnRows(files: readonly ReviewedFile[], run: ExistingRowsRun): void {
  if (run.fill.filled.length === 0) return;
  for (const file of files) {
    if (file.status !== 'added') continue;
    const outcomes = run.outcomes.get(file.source.path);
    if (!outcomes) return;
    for (const reviewed of file.statements) {
      const outcome = outcomes.get(reviewed.statement.index);
      const traced = reviewed.trace?.outcome;
      if (!outcome || outcome.status === 'unfaithful') return;
      if (outcome.status === 'skipped') continue;
      if (outcome.status === 'ok') {
        if (traced !== undefined && traced !== 'ok' && traced !== 'skipped') return;
        continue;
      }
      if (traced !== 'ok') continue; // failed on both: replay-error's
      if (!outcome.error || !isDataError(outcome.error)) return;
      reviewed.withRows = { error: outcome.error, tables: run.fill.filled };
    }
  }
}

export function syntheticRowStats(run: ExistingRowsRun): NonNullable<ReviewStats['syntheticRows']> {
  return { tables: run.fill.filled.length, skipped: run.fill.skipped.length, skippedTables: run.fill.skipped };
}
