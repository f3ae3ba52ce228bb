// An audit: the whole history replayed in order, each migration reviewed against the schema
// before it, as if each had been its own pull request.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Config } from '../core/config.js';
import type { Finding } from '../core/finding.js';
import type { BaseMigration, ReviewedFile, Review } from '../core/review-types.js';
import { gitMaybe } from '../git/run-git.js';
import { workingTreeFiles } from '../git/repository.js';
import { ALL_RULES } from '../rules/index.js';
import { ensureParser } from '../sql/index.js';
import { applyRules } from './apply-rules.js';
import { migrationDml, reviewQueriesAfter } from './queries/query-review.js';
import { readQueries } from './inputs/read-queries.js';
import { guardedQueries } from './guarded.js';
import type { ChangeSource } from '../core/change-types.js';
import { assembleReview } from './assemble.js';
import { sqlCoverage } from './sql-coverage.js';
import { readBaseSchema } from './inputs/read-base-schema.js';
import { readBaseline } from './baseline.js';
import { extensionsCreated, parseSource } from './inputs/parse-source.js';
import { readHistory } from './inputs/read-history.js';
import { startReplayer } from './replay/replayer.js';
import { PhaseTimer } from './timer.js';

export interface AuditOptions {
  /** Repository root (or the folder itself outside git): globs match paths relative to it. */
  root: string;
  /** Only migrations under this folder. */
  dir: string;
  config: Config;
  /** Ignore the baseline file (to write a new one from every finding). */
  withoutBaseline?: boolean;
}

const SKIP_DIRS = new Set(['node_modules', '.git', 'vendor', 'third_party']);

function walk(root: string): string[] {
  const out: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) visit(join(dir, entry.name));
      } else if (entry.isFile()) {
        out.push(relative(root, join(dir, entry.name)).split(sep).join('/'));
      }
    }
  };
  visit(root);
  return out;
}

/** The repository as a change source in which every file is new: query review then checks every query. */
function auditSource(paths: string[], read: (path: string) => Uint8Array | undefined): ChangeSource {
  return {
    description: 'audit',
    basePaths: () => [],
    readBase: () => undefined,
    baseSha: () => '',
    headPaths: () => paths,
    readHead: read,
    changes: () => paths.map((path) => ({ path, status: 'added' as const })),
  };
}

export async function auditHistory(options: AuditOptions): Promise<Review> {
  const { root, config } = options;
  const timer = new PhaseTimer();
  timer.start('discovery');
  const inGit = gitMaybe(root, ['rev-parse', '--show-toplevel']) !== undefined;
  const prefix = relative(root, options.dir).split(sep).join('/');
  const all = inGit ? workingTreeFiles(root) : walk(root);
  const paths = prefix ? all.filter((p) => p === prefix || p.startsWith(prefix + '/')) : all;
  const readBytes = (path: string): Uint8Array | undefined => {
    try {
      return readFileSync(join(root, path));
    } catch {
      return undefined;
    }
  };
  const history = readHistory(paths, readBytes, config);
  // Read first, so a broken baseline stops the audit before the replay; `baseline` writes one from an audit without it.
  const baseline = options.withoutBaseline ? undefined : readBaseline(config, readBytes);

  timer.start('parse');
  await ensureParser();
  const parsed = history.sources.map((s) => parseSource(s, history.problems.get(s.path)));
  // The schema the first migration runs on, when configured: replayed first, as in a review.
  const schema = readBaseSchema(config, { base: readBytes, head: readBytes });
  const schemaParsed = schema && parseSource(schema);

  timer.start('replay');
  const replayer = await startReplayer(extensionsCreated(schemaParsed ? [schemaParsed, ...parsed] : parsed), history.sources.map((s) => s.framework), config, undefined, true);
  try {
    const schemaProblems = schema && schemaParsed ? await replayer.replayBase([{ source: schema, parsed: schemaParsed, schema: true }]) : [];
    const findings: Finding[] = [];
    const files: ReviewedFile[] = [];
    const before = await replayer.catalog();
    const applied: BaseMigration[] = [];
    let rulesMs = 0;
    for (const [i, source] of history.sources.entries()) {
      const baseCatalog = await replayer.catalog();
      const statements = await replayer.replayChanged(source, parsed[i]);
      const file: ReviewedFile = { source, status: 'added', statements, fileIgnores: parsed[i].fileIgnores };
      files.push(file);
      const finalCatalog = await replayer.catalog();
      const t = performance.now();
      findings.push(...applyRules(ALL_RULES, { mode: 'audit', config, files: [file], baseHistory: [...applied], baseCatalog, finalCatalog, queries: migrationDml([file], config) }));
      rulesMs += performance.now() - t;
      applied.push({ path: source.path, framework: source.framework, version: source.version, repeatable: source.repeatable, sha: '' });
    }
    timer.stop();
    timer.timings.replay -= Math.round(rulesMs);
    timer.timings.rules = Math.round(rulesMs);

    // Every query file of the repository, checked against the schema the whole history builds.
    timer.start('queries');
    const after = await replayer.catalog();
    const queries = readQueries(auditSource(all, readBytes), config, new Set(history.sources.map((s) => s.path)));
    const problems = [...schemaProblems, ...queries.problems];
    const reviewed = (await guardedQueries(problems, () => reviewQueriesAfter(replayer.session, after, { files: queries.files, changed: queries.changed, migrationsChanged: false, config }))) ?? [];
    findings.push(...applyRules(ALL_RULES, { mode: 'audit', config, files: [], baseHistory: [...applied], baseCatalog: after, finalCatalog: after, queries: reviewed }));
    timer.stop();
    const queryFiles = queries.files.map((f) => ({ path: f.path, format: f.format, status: 'unchanged' as const, queries: f.queries.length }));
    const coverage = sqlCoverage({
      headPaths: paths, readHead: readBytes, changed: [], migrations: new Set(history.sources.map((s) => s.path)), queries: new Set(queries.files.map((f) => f.path)), config,
    });
    return assembleReview({
      ...(coverage.noMigrations ? { noMigrations: coverage.noMigrations } : {}),
      ...(baseline ? { baseline } : {}),
      mode: 'audit', files, findings, rules: ALL_RULES, baseProblems: problems, traces: replayer.traces, config, baseFiles: 0, timings: timer.timings,
      schema: { before, after }, queryFiles, queries: reviewed.length + files.reduce((n, f) => n + migrationDml([f], config).length, 0),
    });
  } finally {
    await replayer.session.close();
  }
}
