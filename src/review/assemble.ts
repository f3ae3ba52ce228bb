// The last step of every review: verdicts per file and overall, ordered findings, stats.
import type { Config } from '../core/config.js';
import { verdictOfFindings, type Finding } from '../core/finding.js';
import type { BaseReplayProblem, FileVerdict, ReviewedFile, Review, ReviewStats } from '../core/review-types.js';
import type { StepTrace } from '../core/trace-types.js';
import type { FileStatus } from '../core/migration-types.js';
import type { QueryFormat } from '../core/query-types.js';
import type { Rule } from '../rules/rule.js';
import type { CacheOutcome } from './replay/base-replay.js';
import { ruleSummaries, sortFindings } from './apply-rules.js';
import type { KnowledgeGap } from './replay/failure-cascade.js';
import { applyBaseline, type Baseline } from './baseline.js';
import { fingerprintFindings } from './fingerprint.js';

export interface ReviewParts {
  mode: Review['mode'];
  files: ReviewedFile[];
  findings: Finding[];
  /** The rules that made the findings (the reports describe them). */
  rules: readonly Rule[];
  baseProblems: BaseReplayProblem[];
  traces: StepTrace[];
  config: Config;
  baseFiles: number;
  timings: Record<string, number>;
  schema: Review['schema'];
  /** Query files shown in the report: those the pull request touched or that have findings. */
  queryFiles?: QueryFileEntry[];
  /** Queries checked. */
  queries?: number;
  cache?: CacheOutcome;
  /** Where the replayed history stops knowing the schema (see replay/failure-cascade.ts). */
  knowledgeGaps?: KnowledgeGap[];
  /** No migration anywhere in the repository: why, for every output; the verdict is then never pass. */
  noMigrations?: NonNullable<ReviewStats['noMigrations']>;
  /** Accepted findings (see baseline.ts): reported as baselined, counted in no verdict. */
  baseline?: Baseline;
}

export interface QueryFileEntry {
  path: string;
  format: QueryFormat;
  status: FileStatus;
  queries: number;
}

export function assembleReview(parts: ReviewParts): Review {
  const queryFiles = parts.queryFiles ?? [];
  const order = [...parts.files.map((f) => f.source.path), ...queryFiles.map((f) => f.path)];
  const findings = sortFindings(parts.findings, order);
  const texts = new Map(parts.files.map((f) => [f.source.path, f.source.text]));
  fingerprintFindings(findings, (path) => texts.get(path));
  if (parts.baseline) applyBaseline(findings, parts.baseline);
  const verdict = verdictOfFindings(findings);
  return {
    mode: parts.mode,
    // Nothing reviewed is not a pass: a required check must not look green-and-reviewed.
    verdict: parts.noMigrations && verdict === 'pass' ? 'warn' : verdict,
    files: parts.files.map((f): FileVerdict => ({
      path: f.source.path,
      framework: f.source.framework,
      status: f.status,
      verdict: verdictOfFindings(findings.filter((x) => x.file === f.source.path)),
      statements: f.statements.length,
    })).concat(queryFiles.map((f): FileVerdict => ({
      path: f.path,
      framework: `${f.format} queries` as const,
      status: f.status,
      verdict: verdictOfFindings(findings.filter((x) => x.file === f.path)),
      statements: f.queries,
    }))),
    findings,
    rules: ruleSummaries(parts.rules),
    baseProblems: parts.baseProblems,
    traces: parts.traces,
    stats: {
      baseFiles: parts.baseFiles,
      files: parts.files.length,
      statements: parts.files.reduce((n, f) => n + f.statements.length, 0),
      queries: parts.queries ?? 0,
      cache: parts.cache?.status ?? 'off',
      ...(parts.cache?.key ? { cacheKey: parts.cache.key } : {}),
      ...(parts.cache?.note ? { cacheNote: parts.cache.note } : {}),
      ...(parts.knowledgeGaps?.length ? { knowledgeGaps: parts.knowledgeGaps } : {}),
      ...(parts.noMigrations ? { noMigrations: parts.noMigrations } : {}),
      ...(parts.baseline ? { baseline: { path: parts.baseline.path, entries: parts.baseline.entries.length, matched: findings.filter((f) => f.baselined).length } } : {}),
      timings: parts.timings,
    },
    config: parts.config,
    schema: parts.schema,
  };
}
