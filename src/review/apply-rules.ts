// Runs the registered rules over one review context and turns their drafts into findings:
// config severities, ignore comments, replay gaps and the docs link are applied here, once.
import { ruleDocsUrl } from '../core/docs-urls.js';
import type { Finding } from '../core/finding.js';
import type { RuleSummary } from '../core/review-types.js';
import type { IgnoreDirective } from '../core/sql-types.js';
import type { Rule, RuleContext, FindingDraft } from '../rules/rule.js';
import { groupRepeated, statementTable } from './group-findings.js';

/** What the reports say of each rule the review applies (they read no rule module). */
export function ruleSummaries(rules: readonly Rule[]): RuleSummary[] {
  return rules.map(({ meta }) => ({
    id: meta.id,
    layer: meta.layer,
    severity: meta.severity,
    summary: meta.summary,
    why: meta.why,
    bad: meta.bad,
    good: meta.good,
    docs: ruleDocsUrl(meta.id),
  }));
}

function ignoreFor(fileIgnores: readonly IgnoreDirective[] | undefined, draft: FindingDraft, ruleId: string): { reason?: string } | undefined {
  if (!fileIgnores) return undefined;
  const fileLevel = fileIgnores.find((d) => d.rules.includes(ruleId));
  if (fileLevel) return { reason: fileLevel.reason };
  const statementLevel = draft.statement?.ignores.find((d) => d.rules.includes(ruleId));
  return statementLevel ? { reason: statementLevel.reason } : undefined;
}

/**
 * One rule's drafts. A rule that throws (a parse tree deeper than it can walk, a bug) costs its
 * own findings only, and says so in a notice instead of failing the whole review.
 */
function checkSafely(rule: Rule, ctx: RuleContext): FindingDraft[] {
  try {
    return rule.check(ctx);
  } catch (err) {
    const file = ctx.files[0]?.source.path ?? ctx.queries[0]?.file ?? '.';
    return [{
      file,
      line: 1,
      message: `The rule ${rule.meta.id} could not finish on this review (${err instanceof Error ? err.message : String(err)}); its findings are missing.`,
      help: 'Report this with the migration that caused it; the other rules ran.',
      verified: 'static',
      severity: 'notice',
    }];
  }
}

export function applyRules(rules: readonly Rule[], context: RuleContext): Finding[] {
  const ctx: RuleContext = { ...context, proposedMigrations: context.proposedMigrations ?? [] };
  const findings: Finding[] = [];
  /** The table each finding is about (its statement's target), for grouping repeated patterns. */
  const tables: (string | undefined)[] = [];
  const filesByPath = new Map(ctx.files.map((f) => [f.source.path, f]));
  // Query files take ignore comments like migrations do.
  const ignoresByPath = new Map<string, readonly IgnoreDirective[]>(ctx.queries.map((q) => [q.file, q.fileIgnores ?? []]));
  for (const f of ctx.files) ignoresByPath.set(f.source.path, f.fileIgnores);
  for (const rule of rules) {
    const setting = ctx.config.rules[rule.meta.id];
    if (setting === 'off') continue;
    for (const draft of checkSafely(rule, ctx)) {
      const file = filesByPath.get(draft.file);
      const span = draft.statement?.span;
      const line = draft.span?.line ?? draft.line ?? span?.line ?? 1;
      const ignore = ignoreFor(ignoresByPath.get(draft.file), draft, rule.meta.id);
      const reviewed = draft.statement ? file?.statements.find((s) => s.statement === draft.statement) : undefined;
      const dependsOnReplay = rule.meta.needs.length > 0;
      tables.push(statementTable(draft.statement?.ast));
      findings.push({
        ruleId: rule.meta.id,
        layer: rule.meta.layer,
        severity: setting ?? draft.severity ?? rule.meta.severity,
        file: draft.file,
        line,
        column: line !== span?.line ? 1 : span?.column ?? 1,
        endLine: draft.span ? Math.max(line, draft.span.endLine) : Math.max(line, span?.endLine ?? line),
        message: draft.message,
        help: draft.help,
        ...(draft.evidence ? { evidence: draft.evidence } : {}),
        ...(draft.fix ? { fix: draft.fix } : {}),
        verified: draft.verified,
        ...(dependsOnReplay && reviewed?.afterReplayGap ? { unverified: true } : {}),
        ignored: ignore !== undefined,
        ...(ignore?.reason ? { ignoreReason: ignore.reason } : {}),
        docs: ruleDocsUrl(rule.meta.id),
      });
    }
  }
  return groupRepeated(findings, tables);
}

const SEVERITY_RANK = { error: 0, escalate: 1, warning: 2, notice: 3 } as const;

/** Report order: file order of the review, then line, then severity. */
export function sortFindings(findings: Finding[], fileOrder: readonly string[]): Finding[] {
  const rank = new Map(fileOrder.map((p, i) => [p, i]));
  return [...findings].sort(
    (a, b) =>
      (rank.get(a.file) ?? 1e9) - (rank.get(b.file) ?? 1e9) ||
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      a.ruleId.localeCompare(b.ruleId),
  );
}
