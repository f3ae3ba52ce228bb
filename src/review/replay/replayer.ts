// Bridges parsed migration files and the replay session: base files on the fast path, files under
// review statement by statement with their trace, each turned into ReviewedStatements for rules,
// with the failure cascade's reading of what failed. What the session does on its own (probes,
// rolled-back runs, closing) callers ask of `replayer.session` directly.
import type { Catalog } from '../../core/catalog.js';
import type { Config } from '../../core/config.js';
import type { Framework, MigrationSource, TransactionModel } from '../../core/migration-types.js';
import type { BaseReplayProblem, ReviewedStatement } from '../../core/review-types.js';
import type { ParsedSql, SqlStatement } from '../../core/sql-types.js';
import type { StepTrace } from '../../core/trace-types.js';
import { dialectOf } from '../../migrations/frameworks/index.js';
import { ReplaySession, type ReplayStatement } from '../../replay/index.js';
import type { BaseFile, BaseFileProblem } from '../../replay/session.js';
import { serverSideCopy } from '../../replay/session.js';
import { platformSetups } from '../../replay/platforms.js';
import { isNonTransactional } from '../../sql/index.js';
import { FailureCascade, type CascadeState, type KnowledgeGap } from './failure-cascade.js';
import { gapMessage, isDumpNoise, replaySchema } from './base-schema.js';
import { pgliteVersion } from '../../replay/template.js';
import { placeStatements } from './transaction-blocks.js';

export interface BaseSource {
  source: MigrationSource;
  parsed: ParsedSql;
  /** The configured base-schema file (first of the list): its session settings are undone after it. */
  schema?: boolean;
}

/** A base problem, with the knowledge gap it opened (its message is written once the gap's consequences are counted). */
interface GapProblem {
  problem: BaseReplayProblem;
  gap?: KnowledgeGap;
}

/** A base file as the session takes it. */
export function baseFile(path: string, sql: string, parsed: ParsedSql): BaseFile {
  return {
    path,
    sql,
    statements: parsed.statements.map((s) => ({
      text: s.text,
      line: s.span.line,
      kind: s.kind,
      nonTransactional: nonTransactional(s),
      ...(serverSideCopy(s) ? { serverSideCopy: true } : {}),
    })),
  };
}

export interface Replayer {
  /** The session it replays on: probes, rolled-back runs and closing go to it directly. */
  readonly session: ReplaySession;
  /** Applies base files in order (untraced); their failures are context, not findings. */
  replayBase(files: readonly BaseSource[]): Promise<BaseReplayProblem[]>;
  replayChanged(source: MigrationSource, parsed: ParsedSql): Promise<ReviewedStatement[]>;
  /** Statements of a file that is reviewed but not run (edited or deleted applied migrations). */
  unreplayed(source: MigrationSource, parsed: ParsedSql | undefined): ReviewedStatement[];
  /**
   * The schema as the last file replayChanged ran left it (its run's catalog), else the
   * session's; `unreplayed` statements are given the same.
   */
  catalog(): Promise<Catalog>;
  /** The database and what the failure cascade learned, to start a later replay here. */
  snapshot(): Promise<ReplayStart>;
  /** Where the replayed history stops knowing the schema (code migrations, an incomplete history). */
  gaps(): KnowledgeGap[];
  readonly traces: StepTrace[];
}

function nonTransactional(s: SqlStatement): boolean {
  return s.ast !== undefined && isNonTransactional(s.ast);
}

/**
 * The transaction model as production applies it. A runner whose dialect leaves a transaction by
 * `own-script` (Flyway) runs a script made only of statements that cannot run in a transaction
 * outside one (a mix fails, and concurrently-in-transaction says so).
 */
export function effectiveModel(source: MigrationSource, parsed: ParsedSql): TransactionModel {
  const runnable = parsed.statements.filter((s) => s.kind !== 'Unparsed');
  const ownScript = dialectOf(source.framework).leaveTransactionBy === 'own-script';
  if (ownScript && source.transaction === 'wrapped' && runnable.length > 0 && runnable.every(nonTransactional)) return 'none';
  return source.transaction;
}

function toReplayStatement(s: SqlStatement): ReplayStatement {
  const transactionKind = s.kind === 'TransactionStmt' ? (s.ast as { TransactionStmt: { kind?: string } }).TransactionStmt.kind : undefined;
  return {
    index: s.index,
    text: s.text,
    kind: s.kind,
    line: s.span.line,
    nonTransactional: nonTransactional(s),
    ...(transactionKind ? { transactionKind } : {}),
    ...(s.ast ? { ast: s.ast } : {}),
  };
}

/** What a replay's starting point depends on besides the migrations: the engine and the platform setups. */
export function engineKeyParts(frameworks: Iterable<Framework>): string[] {
  const setups = platformSetups(frameworks);
  return [`pglite ${pgliteVersion()}`, JSON.stringify(setups)];
}

/** A cached base replay to start from instead of an empty database. */
export interface ReplayStart {
  dataDir: Uint8Array;
  cascade: CascadeState;
  /** The schema of that database, when known (saves reading it again). */
  catalog?: Catalog;
}

/**
 * Starts the engine with the extensions the migrations create and what their platform provides
 * before the first migration (Supabase's auth and storage schemas, golang-migrate's table).
 * `auditGaps`: the files replayed with replayChanged are the whole history (an audit), so a
 * failure among them can open the history gap a base failure opens in a review.
 */
export async function startReplayer(extensions: string[], frameworks: Iterable<Framework>, config: Config, start?: ReplayStart, auditGaps = false): Promise<Replayer> {
  const setups = platformSetups(frameworks);
  const session = await ReplaySession.start({
    extensions: [...new Set([...extensions, ...setups.flatMap((p) => p.extensions)])],
    roles: [...new Set(setups.flatMap((p) => p.roles))],
    prelude: setups.flatMap((p) => p.prelude),
    statementTimeoutMs: config.statementTimeoutMs,
    memoryLimitMb: config.memoryLimitMb,
    ...(start ? { loadDataDir: start.dataDir } : {}),
  });
  const traces: StepTrace[] = [];
  const cascade = new FailureCascade(config.baseSchema !== undefined);
  if (start) cascade.restore(start.cascade);
  if (start?.catalog) session.assumeCatalog(start.catalog);
  let current: Catalog | undefined = start?.catalog;

  /**
   * Base failures in apply order through the failure cascade: a code migration becomes one
   * problem naming it; a failure that follows from an earlier one is not listed (those after a
   * knowledge gap are counted on it, and the gap's own problem says how many).
   */
  const observe = (files: readonly BaseSource[], perFile: readonly BaseFileProblem[][]): GapProblem[] => {
    const out: GapProblem[] = [];
    for (const [i, { source, parsed }] of files.entries()) {
      if (source.code) {
        out.push({ problem: { path: source.path, line: 1, message: '' }, gap: cascade.observeCodeMigration(source.path, source.code) });
        continue;
      }
      for (const p of perFile[i] ?? []) {
        if (files[i].schema && isDumpNoise(p)) continue; // the source server's roles and settings
        const failed = parsed.statements.findLast((s) => s.span.line <= p.line);
        const message = p.message.startsWith(`${p.code}: `) ? p.message.slice(p.code.length + 2) : p.message;
        const outcome = cascade.observeBaseFailure(failed, { ...p, message });
        // Reported once, at its cause: a failed CREATE, an extension not loaded, a knowledge gap.
        if (outcome !== undefined && outcome !== 'cause') continue;
        const problem: BaseReplayProblem = { path: p.path, line: p.line, message: p.message, ...(files[i].schema ? { about: 'base-schema' as const } : {}) };
        out.push({ problem, ...(outcome === 'cause' ? { gap: cascade.gaps.at(-1) } : {}) });
      }
    }
    return out;
  };

  return {
    session,
    traces,
    async replayBase(files) {
      current = undefined;
      const schema = files[0]?.schema ? files[0] : undefined;
      const history = schema ? files.slice(1) : files;
      const problems: GapProblem[] = [];
      if (schema) problems.push(...observe([schema], await replaySchema(session, baseFile(schema.source.path, schema.source.reviewedText, schema.parsed), schema.parsed)));
      // Code migrations are not sent: the engine cannot run them; they are gaps in their place.
      const sql = history.filter((f) => !f.source.code);
      const perFile = await session.replayBaseFiles(sql.map(({ source, parsed }) => baseFile(source.path, source.reviewedText, parsed)));
      const bySource = new Map(sql.map((f, i) => [f, perFile[i]]));
      problems.push(...observe(history, history.map((f) => bySource.get(f) ?? [])));
      // Messages last: a gap's message counts the consequences that followed it.
      return problems.map(({ problem, gap }) => (gap ? { ...problem, message: gapMessage(gap, problem.message) } : problem));
    },
    async replayChanged(source, parsed) {
      const model = effectiveModel(source, parsed);
      const placements = placeStatements(parsed.statements, model);
      const run = await session.runFile(source.path, parsed.statements.map(toReplayStatement), model);
      current = run.catalog;
      const byIndex = new Map(run.steps.map((step) => [step.statementIndex, step]));
      if (source.code) cascade.observeCodeMigration(source.path, source.code);
      let afterGap = false;
      let previous = run.steps[0]?.before ?? current;
      return parsed.statements.map((statement, i) => {
        const step = byIndex.get(statement.index);
        if (step) traces.push(step.trace);
        const consequence = cascade.observe(statement, step?.trace, { path: source.path, audit: auditGaps });
        const gap = consequence === 'gap' ? cascade.gaps.at(-1) : undefined;
        const reviewed: ReviewedStatement = {
          statement,
          inTransaction: placements[i].inTransaction,
          transactionId: placements[i].transactionId,
          ...(step ? { trace: step.trace } : {}),
          before: step?.before ?? previous,
          after: step?.after ?? previous,
          afterReplayGap: afterGap || consequence !== undefined,
          ...(gap ? { knowledgeGap: { kind: gap.kind, path: gap.path, line: gap.line, detail: gap.detail } } : {}),
          ...(consequence === 'gap' || consequence === 'base-missing' ? { failedOnBaseObject: true as const } : {}),
        };
        previous = reviewed.after;
        if (step?.trace.outcome === 'not-replayable') afterGap = true;
        return reviewed;
      });
    },
    unreplayed(source, parsed) {
      const statements = parsed?.statements ?? [];
      const placements = placeStatements(statements, parsed ? effectiveModel(source, parsed) : source.transaction);
      const catalog = current ?? { tables: {}, extensions: [] };
      return statements.map((statement, i) => ({
        statement,
        inTransaction: placements[i].inTransaction,
        transactionId: placements[i].transactionId,
        before: catalog,
        after: catalog,
        afterReplayGap: false,
      }));
    },
    async catalog() {
      current ??= await session.catalog();
      return current;
    },
    gaps: () => cascade.gaps.map((g) => ({ ...g })),
    async snapshot() {
      // Between files: no transaction is open.
      return { dataDir: await session.engine.dump(), cascade: cascade.state(), catalog: await session.catalog() };
    },
  };
}
