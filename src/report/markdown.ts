// Markdown summary (job summary, CLI --format markdown): verdict, then for long reviews a rollup by
// rule and by file, the files, and the findings most severe first. With a byte budget (GitHub drops
// a job summary over 1 MiB) the finding list stops where the budget ends and says where the rest is.
import { LAYER_TITLES, SEVERITIES, type Finding, type Layer, type Severity } from '../core/finding.js';
import type { Review } from '../core/review-types.js';
import { alsoAt } from './occurrences.js';
import { countFindings, countsLine } from './counts.js';
import { bySeverity } from './review-comment.js';

const ICON = { fail: '❌', escalate: '🧑‍⚖️', warn: '⚠️', pass: '✅' } as const;
/** Above this many findings a review's summary opens with a rollup (an audit's always does). */
const ROLLUP_FROM = 30;
const TOP_FILES = 25;

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export interface MarkdownOptions {
  /** Most UTF-8 bytes of the result; findings beyond it are counted, not listed. */
  maxBytes?: number;
}

function severityCounts(findings: readonly Finding[]): string {
  const c = countFindings(findings);
  return `${c.error} | ${c.escalate} | ${c.warning} | ${c.notice} | ${c.ignored + c.baselined}`;
}

/** Findings per rule and per file, most severe first: what an audit of a long history needs to be read. */
function rollup(findings: readonly Finding[]): string[] {
  const weight = (list: readonly Finding[]): number[] => SEVERITIES.map((s: Severity) => list.filter((f) => !f.ignored && f.severity === s).length);
  // More errors first, then more escalations, warnings, notices.
  const order = (a: Finding[], b: Finding[]): number => {
    const [x, y] = [weight(a), weight(b)];
    const i = x.findIndex((v, k) => v !== y[k]);
    return i < 0 ? 0 : y[i] - x[i];
  };
  const group = (key: (f: Finding) => string): [string, Finding[]][] => {
    const m = new Map<string, Finding[]>();
    for (const f of findings) m.set(key(f), [...(m.get(key(f)) ?? []), f]);
    return [...m.entries()].sort((a, b) => order(a[1], b[1]) || b[1].length - a[1].length);
  };
  const out = ['### Findings by rule', '', '| rule | errors | escalations | warnings | notices | ignored or baselined |', '|---|---|---|---|---|---|'];
  for (const [rule, list] of group((f) => f.ruleId)) out.push(`| [\`${rule}\`](${list[0].docs}) | ${severityCounts(list)} |`);
  const files = group((f) => f.file);
  out.push('', `### Files with the most findings${files.length > TOP_FILES ? ` (${TOP_FILES} of ${files.length})` : ''}`, '', '| file | errors | escalations | warnings | notices | ignored or baselined |', '|---|---|---|---|---|---|');
  for (const [file, list] of files.slice(0, TOP_FILES)) out.push(`| \`${cell(file)}\` | ${severityCounts(list)} |`);
  out.push('');
  return out;
}

export function renderMarkdown(review: Review, options: MarkdownOptions = {}): string {
  const out: string[] = [];
  const counts = countFindings(review.findings);
  const nothing = review.stats.noMigrations;
  out.push(`## ${ICON[review.verdict]} pg-migration-review: ${nothing ? 'no migrations found' : review.verdict}`);
  out.push('');
  if (nothing) out.push(`> [!WARNING]\n> ${cell(nothing.reason)}`, '');
  out.push(`${countsLine(counts)} in ${review.files.length} file(s), ${review.stats.statements} statement(s), ${review.stats.queries} query(ies).`);
  out.push('');
  const baseline = review.stats.baseline;
  if (baseline) {
    out.push(`${baseline.matched} finding(s) are accepted in the baseline \`${cell(baseline.path)}\` (${baseline.entries} entries) and count in no verdict; only new findings do.`, '');
  }
  if (review.mode === 'audit' || review.findings.length > ROLLUP_FROM) out.push(...rollup(review.findings));

  const budget = options.maxBytes ?? Infinity;
  let used = Buffer.byteLength(out.join('\n'), 'utf8');
  // What must fit after the listing: the note about the rest, and the base problems' first lines.
  const reserve = 4_000;
  let cut = false;
  const push = (...lines: string[]): boolean => {
    const size = Buffer.byteLength(lines.join('\n'), 'utf8') + 1;
    if (used + size > budget - reserve) {
      cut = true;
      return false;
    }
    out.push(...lines);
    used += size;
    return true;
  };

  if (review.files.length > 0) {
    push('| file | framework | status | statements | verdict |', '|---|---|---|---|---|');
    let shown = 0;
    for (const f of review.files) {
      if (!push(`| \`${cell(f.path)}\` | ${f.framework} | ${f.status} | ${f.statements} | ${ICON[f.verdict]} ${f.verdict} |`)) break;
      shown++;
    }
    if (shown < review.files.length) out.push('', `_…and ${review.files.length - shown} more file(s)._`);
    out.push('');
  }

  // Most severe first; baselined findings are in the rollup and the JSON report, not listed again.
  const listed = [...bySeverity(review.findings.filter((f) => !f.ignored)), ...review.findings.filter((f) => f.ignored && !f.baselined)];
  let shownFindings = 0;
  const byLayer = new Map<Layer, Finding[]>();
  for (const f of listed) byLayer.set(f.layer, [...(byLayer.get(f.layer) ?? []), f]);
  for (const [layer, title] of Object.entries(LAYER_TITLES) as [Layer, string][]) {
    const findings = byLayer.get(layer);
    if (!findings || cut) continue;
    if (!push(`### ${title}`, '', '| severity | rule | location | message |', '|---|---|---|---|')) break;
    for (const f of findings) {
      const sev = f.ignored ? `~~${f.severity}~~ (ignored)` : f.severity;
      const also = f.occurrences ? `<br>also lines ${cell(alsoAt(f))}` : '';
      if (!push(`| ${sev} | [\`${f.ruleId}\`](${f.docs}) | \`${cell(f.file)}:${f.line}\`${also} | ${cell(f.message)} |`)) break;
      shownFindings++;
    }
    out.push('');
    // Evidence (query plans) does not fit a table cell: one collapsed block per finding below it.
    for (const f of findings.filter((x) => x.evidence)) {
      if (!push(`<details><summary>Plans for \`${cell(f.file)}:${f.line}\`</summary>`, '', '```text', f.evidence!, '```', '', '</details>', '')) break;
    }
  }
  if (shownFindings < listed.length) {
    out.push(
      '',
      `_…and ${listed.length - shownFindings} more finding(s), not listed to keep this summary within GitHub's size limit. ` +
        'Every finding is in the JSON report (the `report-file` output, or `--format json`) and in the SARIF file._',
      '',
    );
  }
  if (review.baseProblems.length > 0) {
    out.push('<details><summary>Inputs that could not be fully checked (context, not findings)</summary>', '');
    const max = cut ? 20 : Infinity;
    for (const p of review.baseProblems.slice(0, max)) out.push(`- \`${cell(p.path)}:${p.line}\`: ${cell(p.message).slice(0, 300)}`);
    if (review.baseProblems.length > max) out.push('', `_…and ${review.baseProblems.length - max} more._`);
    out.push('', '</details>', '');
  }
  return out.join('\n');
}
