// Review literals for renderer tests: findings with defaults, wrapped in a review of given files.
import { emptyCatalog } from '../../src/core/catalog.js';
import { DEFAULT_CONFIG } from '../../src/core/config.js';
import { verdictOfFindings, type Finding } from '../../src/core/finding.js';
import type { Review } from '../../src/core/review-types.js';
import { ruleDocsUrl } from '../../src/core/docs-urls.js';
import { ALL_RULES, ruleById } from '../../src/rules/index.js';
import { ruleSummaries } from '../../src/review/apply-rules.js';

/** A finding of `ruleId` (layer from the registry) at `file:line`; every field can be overridden. */
export function finding(ruleId: string, file: string, line: number, over: Partial<Finding> = {}): Finding {
  const meta = ruleById(ruleId)?.meta;
  return {
    ruleId,
    layer: meta?.layer ?? 'output',
    severity: meta?.severity ?? 'error',
    file,
    line,
    column: 1,
    endLine: line,
    message: `${ruleId} message`,
    help: '',
    verified: 'static',
    ignored: false,
    docs: ruleDocsUrl(ruleId),
    ...over,
  };
}

/** A review of `files` (in apply order) holding `findings` as given, by every registered rule. */
export function reviewOf(files: string[], findings: Finding[]): Review {
  return {
    mode: 'review',
    verdict: verdictOfFindings(findings),
    files: files.map((path) => ({ path, framework: 'plain', status: 'added', verdict: verdictOfFindings(findings.filter((f) => f.file === path)), statements: 1 })),
    findings,
    rules: ruleSummaries(ALL_RULES),
    baseProblems: [],
    traces: [],
    stats: { baseFiles: 0, files: files.length, statements: files.length, queries: 0, timings: {} },
    config: DEFAULT_CONFIG,
    schema: { before: emptyCatalog(), after: emptyCatalog() },
  };
}
