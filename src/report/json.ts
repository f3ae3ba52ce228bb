// The JSON report: the review as one object, in the shape the CLI documents.
import type { Review } from '../core/review-types.js';

export function toJsonReport(review: Review): object {
  return {
    verdict: review.verdict,
    mode: review.mode,
    files: review.files.map((f) => ({ path: f.path, framework: f.framework, status: f.status, verdict: f.verdict, statements: f.statements })),
    findings: review.findings.map((f) => ({
      ruleId: f.ruleId,
      layer: f.layer,
      severity: f.severity,
      file: f.file,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      message: f.message,
      help: f.help,
      ...(f.evidence ? { evidence: f.evidence } : {}),
      fix: f.fix ?? null,
      verified: f.verified,
      ...(f.unverified ? { unverified: true } : {}),
      ignored: f.ignored,
      ...(f.ignoreReason ? { ignoreReason: f.ignoreReason } : {}),
      ...(f.baselined ? { baselined: true } : {}),
      ...(f.fingerprint ? { fingerprint: f.fingerprint } : {}),
      docs: f.docs,
      // A pattern reported once for several tables: every occurrence's lines, table and fix.
      ...(f.occurrences ? { occurrences: f.occurrences } : {}),
    })),
    baseProblems: review.baseProblems,
    stats: review.stats,
  };
}

export function renderJson(review: Review): string {
  return JSON.stringify(toJsonReport(review), null, 2) + '\n';
}
