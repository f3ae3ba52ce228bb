// Markdown summary (job summary, PR comment body): verdict, a table per file, the findings.
import { LAYER_TITLES, type Finding, type Layer } from '../core/finding.js';
import type { Review } from '../core/review-types.js';
import { alsoAt } from './occurrences.js';
import { countFindings, countsLine } from './counts.js';

const ICON = { fail: '❌', escalate: '🧑‍⚖️', warn: '⚠️', pass: '✅' } as const;

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function renderMarkdown(review: Review): string {
  const out: string[] = [];
  const counts = countFindings(review.findings);
  const nothing = review.stats.noMigrations;
  out.push(`## ${ICON[review.verdict]} pg-migration-review: ${nothing ? 'no migrations found' : review.verdict}`);
  out.push('');
  if (nothing) out.push(`> [!WARNING]\n> ${cell(nothing.reason)}`, '');
  out.push(`${countsLine(counts)} in ${review.files.length} file(s), ${review.stats.statements} statement(s), ${review.stats.queries} query(ies).`);
  out.push('');
  if (review.files.length > 0) {
    out.push('| file | framework | status | statements | verdict |', '|---|---|---|---|---|');
    for (const f of review.files) out.push(`| \`${cell(f.path)}\` | ${f.framework} | ${f.status} | ${f.statements} | ${ICON[f.verdict]} ${f.verdict} |`);
    out.push('');
  }
  const byLayer = new Map<Layer, Finding[]>();
  for (const f of review.findings) byLayer.set(f.layer, [...(byLayer.get(f.layer) ?? []), f]);
  for (const [layer, title] of Object.entries(LAYER_TITLES) as [Layer, string][]) {
    const findings = byLayer.get(layer);
    if (!findings) continue;
    out.push(`### ${title}`, '', '| severity | rule | location | message |', '|---|---|---|---|');
    for (const f of findings) {
      const sev = f.ignored ? `~~${f.severity}~~ (ignored)` : f.severity;
      const also = f.occurrences ? `<br>also lines ${cell(alsoAt(f))}` : '';
      out.push(`| ${sev} | [\`${f.ruleId}\`](${f.docs}) | \`${cell(f.file)}:${f.line}\`${also} | ${cell(f.message)} |`);
    }
    out.push('');
    // Evidence (query plans) does not fit a table cell: one collapsed block per finding below it.
    for (const f of findings.filter((x) => x.evidence)) {
      out.push(`<details><summary>Plans for \`${cell(f.file)}:${f.line}\`</summary>`, '', '```text', f.evidence!, '```', '', '</details>', '');
    }
  }
  if (review.baseProblems.length > 0) {
    out.push('<details><summary>Inputs that could not be fully checked (context, not findings)</summary>', '');
    for (const p of review.baseProblems) out.push(`- \`${p.path}:${p.line}\`: ${cell(p.message)}`);
    out.push('', '</details>', '');
  }
  return out.join('\n');
}
