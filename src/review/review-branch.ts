// One pull-request review: base history -> base schema -> changed files replayed with trace ->
// rules -> verdict. The CLI's `review` and the action both call this; the trees come from a
// ChangeSource (git, or the GitHub API when the checkout lacks the base commit).
import type { Config } from '../core/config.js';
import type { MigrationSource } from '../core/migration-types.js';
import type { BaseMigration, ReviewedFile, Review } from '../core/review-types.js';
import type { ParsedSql } from '../core/sql-types.js';
import { ALL_RULES } from '../rules/index.js';
import { ensureParser } from '../sql/index.js';
import { applyRules } from './apply-rules.js';
import { assembleReview } from './assemble.js';
import type { ChangeSource } from '../core/change-types.js';
import { gitChangeSource } from './inputs/change-source.js';
import { parseSource } from './inputs/parse-source.js';
import { replayBase } from './replay/base-replay.js';
import { readHistory } from './inputs/read-history.js';
import { markFailuresOnRows, replayOnExistingRows, syntheticRowStats } from './replay/existing-rows-replay.js';
import { readBaseSchema } from './inputs/read-base-schema.js';
import { readBaseline } from './baseline.js';
import { sqlCoverage } from './sql-coverage.js';
import { PhaseTimer } from './timer.js';
import type { Finding } from '../core/finding.js';
import { guardedQueries } from './guarded.js';
import type { QueryFileEntry } from './assemble.js';
import { migrationDml, plannerRows, probeQueries, reviewQueriesAfter } from './queries/query-review.js';
import { readQueries } from './inputs/read-queries.js';

export interface BranchReviewOptions {
  root: string;
  /** Base ref; default: merge-base with the default branch. */
  base?: string;
  config: Config;
  cacheDir?: string;
}

export interface ChangesReviewOptions {
  source: ChangeSource;
  config: Config;
  /** Directory of the base-snapshot cache; no cache when absent. */
  cacheDir?: string;
}

/** Reviews the working tree of `root` against a base commit read from git. */
export async function reviewBranch(options: BranchReviewOptions): Promise<Review> {
  return reviewChanges({ source: gitChangeSource(options.root, options.base), config: options.config, ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}) });
}

export async function reviewChanges(options: ChangesReviewOptions): Promise<Review> {
  const { source: changeSource, config } = options;
  const timer = new PhaseTimer();

  timer.start('discovery');
  const base = readHistory(changeSource.basePaths(), (path) => changeSource.readBase(path), config);
  const head = readHistory(changeSource.headPaths(), (path) => changeSource.readHead(path), config);
  const changes = changeSource.changes();
  const changeByPath = new Map(changes.map((c) => [c.path, c]));
  const basePaths = new Set(base.sources.map((s) => s.path));

  // Changed migrations, in the head's apply order; deleted ones come from the base.
  const changed: { source: MigrationSource; status: ReviewedFile['status']; previousPath?: string }[] = [];
  for (const source of head.sources) {
    const change = changeByPath.get(source.path);
    if (!change || change.status === 'deleted') continue;
    if (change.status === 'renamed' && change.previousPath && basePaths.has(change.previousPath)) {
      changed.push({ source, status: 'renamed', previousPath: change.previousPath });
    } else {
      changed.push({ source, status: basePaths.has(source.path) ? 'modified' : 'added' });
    }
  }
  const renamedFrom = new Set(changed.map((c) => c.previousPath).filter(Boolean));
  for (const source of base.sources) {
    const change = changeByPath.get(source.path);
    if (change?.status === 'deleted' || (change?.status === 'renamed' && !renamedFrom.has(source.path))) {
      changed.push({ source, status: 'deleted' });
    }
  }
  const baseHistory: BaseMigration[] = base.sources.map((s) => ({
    path: s.path,
    framework: s.framework,
    version: s.version,
    repeatable: s.repeatable,
    sha: changeSource.baseSha(s.path),
  }));

  await ensureParser();
  const queries = readQueries(changeSource, config, new Set(head.sources.map((s) => s.path)));
  const queryFiles = (findings: Finding[]): QueryFileEntry[] =>
    queries.files
      .filter((f) => queries.changedFiles.has(f.path) || findings.some((x) => x.file === f.path))
      .map((f) => ({ path: f.path, format: f.format, status: queries.changedFiles.get(f.path) ?? 'unchanged', queries: f.queries.length }));

  const coverage = sqlCoverage({
    headPaths: changeSource.headPaths(),
    readHead: (path) => changeSource.readHead(path),
    changed: changes.filter((c) => c.status !== 'deleted').map((c) => c.path),
    migrations: new Set(head.sources.map((s) => s.path)),
    queries: new Set(queries.files.map((f) => f.path)),
    config,
  });
  const noMigrations = coverage.noMigrations ? { noMigrations: coverage.noMigrations } : {};
  // The baseline as the pull request leaves it (a pull request may write or update it).
  const baseline = readBaseline(config, (path) => changeSource.readHead(path));
  const accepted = baseline ? { baseline } : {};

  if (changed.length === 0 && queries.changed.size === 0) {
    // No migration and no query changed: nothing to replay, and a required check should answer at once.
    timer.start('rules');
    const empty = { tables: {}, extensions: [] };
    const findings = applyRules(ALL_RULES, {
      mode: 'review', config, files: [], baseHistory, baseCatalog: empty, finalCatalog: empty, queries: [], unreviewedSqlFiles: coverage.unreviewed,
    });
    timer.stop();
    return assembleReview({
      mode: 'review', files: [], findings, rules: ALL_RULES, baseProblems: queries.problems, traces: [], config, baseFiles: base.sources.length,
      timings: timer.timings, schema: { before: empty, after: empty }, queryFiles: queryFiles(findings), ...noMigrations, ...accepted,
    });
  }

  timer.start('parse');
  const changedParsed = new Map<string, ParsedSql>(
    changed.filter((c) => c.status !== 'deleted').map((c) => [c.source.path, parseSource(c.source, head.problems.get(c.source.path))]),
  );
  const baseSchema = readBaseSchema(config, { base: (p) => changeSource.readBase(p), head: (p) => changeSource.readHead(p) });
  const { replayer, problems: baseProblems, cache } = await replayBase({
    base,
    ...(baseSchema ? { baseSchema } : {}),
    changed: [...changedParsed.values()],
    frameworks: [...base.sources, ...changed.map((c) => c.source)].map((s) => s.framework),
    config,
    ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
    timer,
  });
  try {
    const baseCatalog = await replayer.catalog();
    const migrationsChanged = changed.length > 0;
    // Unchanged queries are checked against the new schema only when migrations change it.
    const unchangedQueries = migrationsChanged ? queries.files.flatMap((f) => f.queries).filter((q) => !queries.changed.has(q)) : [];
    // Timed as query work: the queries phase adds up both schemas' probes.
    timer.start('queries');
    const baseProbes = await guardedQueries(baseProblems, () => probeQueries(replayer.session, plannerRows(baseCatalog, config), unchangedQueries));

    // The pull request on synthetic existing rows, rolled back (fails-on-existing-rows; off with the rule).
    timer.start('existing-rows');
    const added = changed.flatMap((c) => (c.status === 'added' && changedParsed.has(c.source.path) ? [{ source: c.source, parsed: changedParsed.get(c.source.path)! }] : []));
    const rowsRun = config.rules['fails-on-existing-rows'] === 'off' ? undefined : await replayOnExistingRows(replayer.session, baseCatalog, added);

    timer.start('replay');
    const files: ReviewedFile[] = [];
    for (const c of changed) {
      const parsed = changedParsed.get(c.source.path);
      // Only new files run in production; an edited or renamed applied migration never re-runs.
      const statements = c.status === 'added' && parsed ? await replayer.replayChanged(c.source, parsed) : replayer.unreplayed(c.source, parsed);
      files.push({ source: c.source, status: c.status, previousPath: c.previousPath, statements, fileIgnores: parsed?.fileIgnores ?? [] });
    }
    const finalCatalog = await replayer.catalog();
    if (rowsRun) markFailuresOnRows(files, rowsRun);

    timer.start('queries');
    const reviewedQueries = [
      ...((await guardedQueries(baseProblems, () =>
        reviewQueriesAfter(replayer.session, finalCatalog, { files: queries.files, changed: queries.changed, base: baseProbes, migrationsChanged, config }),
      )) ?? []),
      ...migrationDml(files, config),
    ];

    timer.start('rules');
    const findings = applyRules(ALL_RULES, { mode: 'review', config, files, baseHistory, baseCatalog, finalCatalog, queries: reviewedQueries, unreviewedSqlFiles: coverage.unreviewed });
    timer.stop();
    const review = assembleReview({
      mode: 'review', files, findings, rules: ALL_RULES, baseProblems: [...queries.problems, ...baseProblems], traces: replayer.traces, config,
      baseFiles: base.sources.length, timings: timer.timings, schema: { before: baseCatalog, after: finalCatalog },
      queryFiles: queryFiles(findings), queries: reviewedQueries.length, cache, knowledgeGaps: replayer.gaps(), ...noMigrations, ...accepted,
    });
    if (rowsRun) review.stats.syntheticRows = syntheticRowStats(rowsRun);
    return review;
  } finally {
    await replayer.session.close();
  }
}
