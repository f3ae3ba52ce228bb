// The sticky pull-request summary comment: one per migrations directory and scope, found again by
// its marker, shrunk step by step to stay under GitHub's comment size limit. It opens with the
// verdict and what to do; findings commented inline are linked there, not repeated.
import { LAYER_TITLES, type Finding, type Layer } from '../core/finding.js';
import type { LockTaken, StepTrace } from '../core/trace-types.js';
import type { Review } from '../core/review-types.js';
import { countFindings, countsLine } from './counts.js';
import { erDiagram } from './mermaid.js';
import { bySeverity, markerScope, SEVERITY_ICON } from './review-comment.js';
import { schemaChange, touchedTables, type SchemaChange } from './schema-change.js';

/** GitHub rejects comment bodies over 65,536 characters; keep a margin. */
export const SUMMARY_LIMIT = 65000;

const VERDICT_ICON = { fail: '❌', escalate: '🧑‍⚖️', warn: '⚠️', pass: '✅' } as const;

/** Where the escalations stand, as the action decided it (src/github/approval.ts). */
export interface GateState {
  approveLabel: string;
  status: 'not-needed' | 'waiting' | 'approved' | 'refused' | 'stale' | 'unrecorded';
  /** Who approved, and when (ISO). */
  by?: string;
  at?: string;
  /** Escalations still needing a decision. */
  uncovered: Finding[];
  reason?: string;
  /** Reviewers the escalation asks (`@alice`, `team dbas`). */
  asked: string[];
  /** The hidden approval record line, carried for later runs and the merge queue. */
  recordLine?: string;
}

export interface SummaryOptions {
  /** The migrations directory this summary covers: one sticky comment per directory. */
  directory: string;
  /** The job's scope (monorepo matrix jobs): each scope has its own summaries. */
  scope?: string;
  gate?: GateState;
  /** Findings commented inline, by fingerprint, with the comment's address when known: linked, not repeated. */
  commented?: ReadonlyMap<string, string | undefined>;
}

/** First line of the comment, by which a re-run finds and updates it. `--` and `>` are replaced so the path cannot end the HTML comment. */
export function summaryMarker(directory: string, scope = ''): string {
  const dir = directory.replace(/[\r\n>]/g, '_').replace(/--/g, '-_');
  return `<!-- pg-migration-review:summary:${dir}${scope ? ` scope=${markerScope(scope)}` : ''} -->`;
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** How much of each part to render; each fallback step sets one more of these. */
interface Shape {
  traces: boolean;
  diagram: boolean;
  /** Most findings listed per layer, files in the table, tables in the schema change. */
  maxFindings: number;
  maxFiles: number;
  maxTables: number;
}

const FULL: Shape = { traces: true, diagram: true, maxFindings: Infinity, maxFiles: Infinity, maxTables: Infinity };

function more(n: number, what: string): string {
  return `_…and ${n} more ${what}._`;
}

function header(review: Review, options: SummaryOptions): string[] {
  const where = options.directory && options.directory !== '.' ? ` (\`${options.directory}\`)` : '';
  const counts = countFindings(review.findings);
  const approved = options.gate?.status === 'approved' && review.verdict === 'escalate';
  const verdict = review.stats.noMigrations ? 'no migrations found' : approved ? 'escalate (approved)' : review.verdict;
  return [
    summaryMarker(options.directory, options.scope),
    ...(options.gate?.recordLine ? [options.gate.recordLine] : []),
    `## ${VERDICT_ICON[review.verdict]} pg-migration-review${where}: ${verdict}`,
    '',
    ...(review.stats.noMigrations ? [`> [!WARNING]\n> ${cell(review.stats.noMigrations.reason)}`, ''] : []),
    ...whatToDo(review, options),
    `${countsLine(counts)} in ${review.files.length} file(s), ${review.stats.statements} statement(s), ${review.stats.queries} query(ies).`,
    '',
  ];
}

const at = (f: Finding): string => `\`${f.ruleId}\` at \`${cell(f.file)}:${f.line}\``;

function listed(findings: readonly Finding[], max = 5): string {
  const shown = findings.slice(0, max).map(at).join(', ');
  return findings.length > max ? `${shown} and ${findings.length - max} more` : shown;
}

/** The verdict's consequence in a few lines: what blocks the merge and the ways to unblock it. */
function whatToDo(review: Review, options: SummaryOptions): string[] {
  const live = review.findings.filter((f) => !f.ignored);
  const errors = live.filter((f) => f.severity === 'error');
  const warnings = live.filter((f) => f.severity === 'warning');
  const gate = options.gate;
  const escalations = live.filter((f) => f.severity === 'escalate');
  const out: string[] = [];
  if (errors.length > 0) {
    out.push(
      `**Blocks the merge:** ${errors.length} error(s) (${listed(errors)}). Fix them (${errors.some((f) => f.fix) ? 'the inline comments carry the fixes' : 'each inline comment says how'}), or, where a finding is wrong for this table, ` +
        'silence it above the statement with its reason: `-- pg-migration-review: ignore <rule-id> -- <why>`.',
    );
  }
  if (escalations.length > 0 && gate?.status === 'approved') {
    out.push(`**Approved by @${gate.by}** with the \`${gate.approveLabel}\` label${gate.at ? ` on ${gate.at.slice(0, 10)}` : ''}: ${listed(escalations)}. A later push that adds an escalation needs a new approval.`);
  } else if (escalations.length > 0) {
    const pending = gate && gate.uncovered.length > 0 ? gate.uncovered.filter((f) => escalations.includes(f)) : escalations;
    const who = gate && gate.asked.length > 0 ? ` Asked: ${gate.asked.join(', ')}.` : '';
    const label = gate?.approveLabel ?? 'migration-approved';
    const why = gate?.reason ? ` ${gate.reason.charAt(0).toUpperCase()}${gate.reason.slice(1)}.` : '';
    out.push(
      `**Needs a person's decision:** ${pending.length || escalations.length} escalation(s) (${listed(pending.length ? pending : escalations)}).${why} ` +
        `Someone with write access to the repository${gate ? ', not the author,' : ''} approves them by adding the \`${label}\` label; a later push that adds an escalation needs a new approval.${who}`,
    );
  }
  if (out.length === 0 && warnings.length > 0) {
    out.push(
      review.config.failOn === 'warning'
        ? `**Blocks the merge (fail-on: warning):** ${warnings.length} warning(s) (${listed(warnings)}).`
        : `**Nothing blocks the merge.** ${warnings.length} warning(s) to weigh (${listed(warnings)}).`,
    );
  }
  if (out.length === 0 && !review.stats.noMigrations) out.push('**Nothing to do.**');
  return out.flatMap((l) => [l, '']);
}

function groupBy<K>(findings: readonly Finding[], key: (f: Finding) => K): Map<K, Finding[]> {
  const groups = new Map<K, Finding[]>();
  for (const f of findings) {
    const group = groups.get(key(f));
    if (group) group.push(f);
    else groups.set(key(f), [f]);
  }
  return groups;
}

function fileTable(review: Review, max: number): string[] {
  if (review.files.length === 0) return [];
  const out = ['| file | framework | status | verdict | errors | escalations | warnings | notices |', '|---|---|---|---|---|---|---|---|'];
  const byFile = groupBy(review.findings, (x) => x.file);
  for (const f of review.files.slice(0, max)) {
    const c = countFindings(byFile.get(f.path) ?? []);
    out.push(`| \`${cell(f.path)}\` | ${f.framework} | ${f.status} | ${VERDICT_ICON[f.verdict]} ${f.verdict} | ${c.error} | ${c.escalate} | ${c.warning} | ${c.notice} |`);
  }
  if (review.files.length > max) out.push('', more(review.files.length - max, 'files'));
  out.push('');
  return out;
}

function firstSentence(message: string): string {
  const m = /^(.{20,160}?[.:;])(\s|$)/.exec(message);
  return m ? m[1] : message.length > 160 ? `${message.slice(0, 157)}…` : message;
}

function findingSections(findings: readonly Finding[], max: number, commented: ReadonlyMap<string, string | undefined> | undefined): string[] {
  const out: string[] = [];
  const byLayer = groupBy(findings, (f) => f.layer);
  for (const [layer, title] of Object.entries(LAYER_TITLES) as [Layer, string][]) {
    const list = byLayer.get(layer);
    if (!list) continue;
    // Ignored findings go last so truncation drops them first.
    const ordered = [...bySeverity(list.filter((f) => !f.ignored)), ...list.filter((f) => f.ignored)];
    out.push(`### ${title}`, '');
    const shown = ordered.slice(0, max);
    if (shown.length > 0) {
      out.push('| severity | rule | location | message |', '|---|---|---|---|');
      for (const f of shown) {
        const sev = f.baselined ? `~~${f.severity}~~ (baselined)` : f.ignored ? `~~${f.severity}~~ (ignored)` : `${SEVERITY_ICON[f.severity]} ${f.severity}`;
        const inline = f.fingerprint !== undefined && commented?.has(f.fingerprint);
        const url = inline ? commented?.get(f.fingerprint as string) : undefined;
        const location = url ? `[\`${cell(f.file)}:${f.line}\`](${url})` : `\`${cell(f.file)}:${f.line}\``;
        const message = inline ? `💬 ${cell(firstSentence(f.message))} _(see the inline comment)_` : cell(f.message);
        out.push(`| ${sev} | [\`${f.ruleId}\`](${f.docs}) | ${location} | ${message} |`);
      }
    }
    if (ordered.length > shown.length) out.push('', more(ordered.length - shown.length, 'findings'));
    out.push('');
  }
  return out;
}

function locksText(locks: LockTaken[]): string {
  return locks.map((l) => `${l.mode} on \`${l.relation}\``).join(', ');
}

function traceDetails(traces: readonly StepTrace[]): string[] {
  const notable = traces.filter((t) => t.locks.length > 0 || t.rewritten.length > 0 || (t.outcome !== 'ok' && t.outcome !== 'skipped'));
  if (notable.length === 0) return [];
  const out = ['<details><summary>What the trace saw</summary>', '', '| file | statement | outcome | locks | rewritten |', '|---|---|---|---|---|'];
  for (const t of notable) {
    const source = t.lockSource === 'static' && t.locks.length > 0 ? ' (from the lock table)' : '';
    out.push(`| \`${cell(t.path)}\` | #${t.statementIndex + 1} | ${t.outcome} | ${cell(locksText(t.locks))}${source} | ${t.rewritten.map((r) => `\`${r}\``).join(', ')} |`);
  }
  out.push('', '</details>', '');
  return out;
}

function list(label: string, names: string[]): string {
  return `${label} ${names.map((n) => `\`${n}\``).join(', ')}`;
}

function schemaSection(change: SchemaChange, review: Review, max: number): string[] {
  const { tablesAdded, tablesDropped, tablesChanged } = change;
  if (tablesAdded.length + tablesDropped.length + tablesChanged.length === 0) return [];
  const out = ['### Schema change', ''];
  let budget = max;
  for (const t of tablesAdded) {
    if (budget-- <= 0) break;
    const table = review.schema.after.tables[t];
    out.push(`- ➕ table \`${t}\`: ${table.columns.length} column(s), ${table.indexes.length} index(es)`);
  }
  for (const t of tablesDropped) {
    if (budget-- <= 0) break;
    out.push(`- ➖ table \`${t}\``);
  }
  for (const c of tablesChanged) {
    if (budget-- <= 0) break;
    const parts: string[] = [];
    if (c.columnsAdded.length > 0) parts.push(list('columns added', c.columnsAdded));
    if (c.columnsDropped.length > 0) parts.push(list('columns dropped', c.columnsDropped));
    for (const t of c.typesChanged) parts.push(`\`${t.column}\` ${t.before} → ${t.after}`);
    if (c.indexesAdded.length > 0) parts.push(list('indexes added', c.indexesAdded));
    if (c.indexesDropped.length > 0) parts.push(list('indexes dropped', c.indexesDropped));
    if (c.constraintsAdded.length > 0) parts.push(list('constraints added', c.constraintsAdded));
    if (c.constraintsDropped.length > 0) parts.push(list('constraints dropped', c.constraintsDropped));
    parts.push(`indexes ${c.indexCount.before} → ${c.indexCount.after}`);
    out.push(`- ✏️ table \`${c.table}\`: ${parts.join('; ')}`);
  }
  const total = tablesAdded.length + tablesDropped.length + tablesChanged.length;
  if (total > max) out.push('', more(total - max, 'tables'));
  out.push('');
  return out;
}

function diagram(review: Review, change: SchemaChange): string[] {
  const tables = touchedTables(change);
  if (tables.length === 0) return [];
  return ['<details open><summary>Touched tables</summary>', '', '```mermaid', erDiagram(review.schema.after, tables), '```', '', '</details>', ''];
}

function baseProblems(review: Review, max: number): string[] {
  if (review.baseProblems.length === 0) return [];
  const out = ['<details><summary>Inputs that could not be fully checked (context, not findings)</summary>', ''];
  for (const p of review.baseProblems.slice(0, max)) out.push(`- \`${p.path}:${p.line}\`: ${cell(p.message)}`);
  if (review.baseProblems.length > max) out.push('', more(review.baseProblems.length - max, 'problems'));
  out.push('', '</details>', '');
  return out;
}

function render(review: Review, options: SummaryOptions, change: SchemaChange, shape: Shape): string {
  return [
    ...header(review, options),
    ...fileTable(review, shape.maxFiles),
    ...findingSections(review.findings, shape.maxFindings, options.commented),
    ...schemaSection(change, review, shape.maxTables),
    ...(shape.diagram ? diagram(review, change) : []),
    ...(shape.traces ? traceDetails(review.traces) : []),
    ...baseProblems(review, shape.maxFindings),
  ].join('\n');
}

/**
 * The summary comment body. Falls back, until it fits SUMMARY_LIMIT, to: no trace details, no
 * diagram, shorter finding lists ("…and N more"), shorter file and table lists, and as a last
 * resort a hard cut; the marker and verdict lead the body, so they always survive.
 */
export function summaryComment(review: Review, options: SummaryOptions): string {
  const change = schemaChange(review.schema.before, review.schema.after);
  const shapes: Shape[] = [
    FULL,
    { ...FULL, traces: false },
    { ...FULL, traces: false, diagram: false },
    ...[200, 50, 10].map((n) => ({ traces: false, diagram: false, maxFindings: n, maxFiles: Infinity, maxTables: Infinity })),
    ...[100, 20].map((n) => ({ traces: false, diagram: false, maxFindings: 10, maxFiles: n, maxTables: n })),
    { traces: false, diagram: false, maxFindings: 0, maxFiles: 20, maxTables: 20 },
  ];
  let body = '';
  for (const shape of shapes) {
    body = render(review, options, change, shape);
    if (body.length <= SUMMARY_LIMIT) return body;
  }
  const note = '\n\n_…summary cut to fit the comment size limit._';
  const cut = body.lastIndexOf('\n', SUMMARY_LIMIT - note.length);
  return body.slice(0, cut) + note;
}
