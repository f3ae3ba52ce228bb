// The last step of every review: verdicts per file and overall, ordered findings, stats.
import type { Config } from '../core/config.js';
import { verdictOfFindings, type Finding } from '../core/finding.js';
import type { BaseReplayProblem, ReviewedFile, Review } from '../core/review-types.js';
import type { StepTrace } from '../core/trace-types.js';
import { sortFindings } from './apply-rules.js';

export interface ReviewParts {
  mode: Review['mode'];
  files: ReviewedFile[];
  findings: Finding[];
  baseProblems: BaseReplayProblem[];
  traces: StepTrace[];
  config: Config;
  baseFiles: number;
  timings: Record<string, number>;
  schema: Review['schema'];
}

export function assembleReview(parts: ReviewParts): Review {
  const order = parts.files.map((f) => f.source.path);
  const findings = sortFindings(parts.findings, order);
  return {
    mode: parts.mode,
    verdict: verdictOfFindings(findings),
    files: parts.files.map((f) => ({
      path: f.source.path,
      framework: f.source.framework,
      status: f.status,
      verdict: verdictOfFindings(findings.filter((x) => x.file === f.source.path)),
      statements: f.statements.length,
    })),
    findings,
    baseProblems: parts.baseProblems,
    traces: parts.traces,
    stats: {
      baseFiles: parts.baseFiles,
      files: parts.files.length,
      statements: parts.files.reduce((n, f) => n + f.statements.length, 0),
      timings: parts.timings,
    },
    config: parts.config,
    schema: parts.schema,
  };
}
