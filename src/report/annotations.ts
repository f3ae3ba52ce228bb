// GitHub check annotations as workflow commands (`::error file=...::message`), chosen within the
// per-step limits so the most severe findings are the ones shown.
import type { Finding, Severity } from '../core/finding.js';
import type { Review } from '../core/review-types.js';
import { alsoAt } from './occurrences.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  file: string;
  startLine: number;
  endLine: number;
  /** Only for single-line spans: GitHub accepts columns only when start and end line are equal. */
  startColumn?: number;
  /** `<severity> <ruleId>`, e.g. `escalate drop-column`. */
  title: string;
  message: string;
}

export type AnnotationLimits = Record<AnnotationLevel, number>;

/**
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per step (and 50 per job);
 * the rest are dropped silently. Source: actions/toolkit docs/problem-matchers.md, "Limitations".
 */
export const DEFAULT_ANNOTATION_LIMITS: AnnotationLimits = { error: 10, warning: 10, notice: 10 };

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, escalate: 1, warning: 2, notice: 3 };

/** Escalations must reach a human, so they share the error budget rather than being hidden among warnings. */
function levelOf(severity: Severity): AnnotationLevel {
  return severity === 'error' || severity === 'escalate' ? 'error' : severity;
}

function toAnnotation(f: Finding): Annotation {
  const endLine = Math.max(f.line, f.endLine);
  return {
    level: levelOf(f.severity),
    file: f.file,
    startLine: f.line,
    endLine,
    ...(endLine === f.line ? { startColumn: f.column } : {}),
    title: `${f.severity} ${f.ruleId}`,
    message: [f.message, f.occurrences ? `Also at lines ${alsoAt(f)}.` : '', f.help].filter(Boolean).join('\n'),
  };
}

/**
 * Non-ignored findings as annotations, most severe first (error, escalate, warning, notice), then
 * by the review's file order and line; each level keeps at most its limit. `omitted` counts the
 * findings left out so the summary can point to the full report.
 */
export function toAnnotations(review: Review, limits: AnnotationLimits = DEFAULT_ANNOTATION_LIMITS): { annotations: Annotation[]; omitted: number } {
  const fileRank = new Map(review.files.map((f, i) => [f.path, i]));
  const rankOf = (file: string) => fileRank.get(file) ?? Number.MAX_SAFE_INTEGER;
  // Array.prototype.sort is stable, so findings equal on every key keep the review's order.
  const candidates = review.findings
    .filter((f) => !f.ignored)
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || rankOf(a.file) - rankOf(b.file) || a.line - b.line);
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const annotations: Annotation[] = [];
  for (const f of candidates) {
    const level = levelOf(f.severity);
    if (used[level] >= limits[level]) continue;
    used[level]++;
    annotations.push(toAnnotation(f));
  }
  return { annotations, omitted: candidates.length - annotations.length };
}

/**
 * The repository-level warning when no migration was found (no file to attach it to): without
 * it a run that reviewed nothing would show no annotation at all.
 */
export function noMigrationsCommand(review: Review): string | undefined {
  const nothing = review.stats.noMigrations;
  return nothing ? `::warning title=${escapeProperty('pg-migration-review: no migrations found')}::${escapeData(nothing.reason)}` : undefined;
}

// Escaping as in actions/toolkit packages/core/src/command.ts (escapeData / escapeProperty): the
// runner splits properties on ',' and the message from properties on '::', and reads one command
// per line, so '%' goes first (it is the escape character), then CR and LF everywhere, plus ':'
// and ',' inside property values.
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One `::error file=...,line=...,endLine=...,col=...,title=...::message` line (no newline). */
export function formatWorkflowCommand(a: Annotation): string {
  const props: [string, string | number | undefined][] = [
    ['file', a.file],
    ['line', a.startLine],
    ['endLine', a.endLine],
    ['col', a.startColumn],
    ['title', a.title],
  ];
  const rendered = props.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  return `::${a.level} ${rendered.join(',')}::${escapeData(a.message)}`;
}
