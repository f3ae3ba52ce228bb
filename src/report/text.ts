// Terminal output: findings grouped by file, one block per finding, then the verdict.
import type { Finding } from '../core/finding.js';
import type { Review } from '../core/review-types.js';
import { alsoAt } from './occurrences.js';
import { countFindings, countsLine } from './counts.js';

export interface TextOptions {
  color: boolean;
}

const CODES = { red: 31, yellow: 33, magenta: 35, cyan: 36, dim: 2, bold: 1, green: 32 } as const;

export function renderText(review: Review, options: TextOptions = { color: false }): string {
  const paint = (code: keyof typeof CODES, s: string) => (options.color ? `\x1b[${CODES[code]}m${s}\x1b[0m` : s);
  const sevColor = (f: Finding): keyof typeof CODES =>
    f.ignored ? 'dim' : f.severity === 'error' ? 'red' : f.severity === 'escalate' ? 'magenta' : f.severity === 'warning' ? 'yellow' : 'cyan';
  const out: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const f of review.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);

  for (const problem of review.baseProblems) {
    const what =
      problem.about === 'queries'
        ? `${problem.path}:${problem.line}`
        : `${problem.about === 'base-schema' ? 'base-schema' : 'base migration'} ${problem.path}:${problem.line} did not replay`;
    out.push(paint('dim', `note: ${what}: ${problem.message}`));
  }
  if (review.baseProblems.length > 0) out.push('');

  for (const file of review.files) {
    const findings = byFile.get(file.path) ?? [];
    const unit = file.framework.endsWith(' queries') ? 'queries' : 'statements';
    out.push(`${paint('bold', file.path)} ${paint('dim', `(${file.framework}, ${file.status}, ${file.statements} ${unit})`)} ${verdictLabel(file.verdict, paint)}`);
    for (const f of findings) {
      const where = `${f.line}:${f.column}`.padEnd(8);
      const sev = (f.ignored ? 'ignored' : f.severity).padEnd(8);
      const tags = [f.verified !== 'static' ? `verified: ${f.verified}` : 'static', f.unverified ? 'unverified' : ''].filter(Boolean).join(', ');
      out.push(`  ${paint('dim', where)}${paint(sevColor(f), sev)} ${paint('bold', f.ruleId)}  ${f.message} ${paint('dim', `[${tags}]`)}`);
      if (f.occurrences) out.push(`  ${' '.repeat(17)}${paint('dim', `also at: ${alsoAt(f)}`)}`);
      if (f.help) out.push(`  ${' '.repeat(8)}${' '.repeat(9)}${paint('dim', 'help:')} ${f.help.replace(/\n/g, '\n' + ' '.repeat(23))}`);
      if (f.evidence) out.push(paint('dim', f.evidence.replace(/^/gm, ' '.repeat(23))));
      if (f.ignored && f.ignoreReason) out.push(`  ${' '.repeat(17)}${paint('dim', `ignored: ${f.ignoreReason}`)}`);
    }
    out.push('');
  }
  for (const f of review.findings.filter((x) => !review.files.some((file) => file.path === x.file))) {
    out.push(`${f.file}:${f.line}: ${paint(sevColor(f), f.ignored ? 'ignored' : f.severity)} ${paint('bold', f.ruleId)}  ${f.message}`);
    if (f.help) out.push(`  ${paint('dim', 'help:')} ${f.help}`);
  }
  // Nothing found is said in words, never as a pass (the verdict is at least warn then).
  const nothing = review.stats.noMigrations;
  if (nothing) out.push(paint('yellow', `warning: ${nothing.reason}`), '');
  const counts = countFindings(review.findings);
  const t = review.stats.timings;
  const total = Object.values(t).reduce((a, b) => a + b, 0);
  out.push(`${verdictLabel(review.verdict, paint)}${nothing ? ' no migrations found:' : ''} ${countsLine(counts)} in ${review.files.length} file${review.files.length === 1 ? '' : 's'}, ${review.stats.statements} statements, ${review.stats.queries} queries (base: ${review.stats.baseFiles} files replayed; ${(total / 1000).toFixed(1)} s)`);
  return out.join('\n') + '\n';
}

function verdictLabel(verdict: Review['verdict'], paint: (c: keyof typeof CODES, s: string) => string): string {
  const text = verdict.toUpperCase();
  return verdict === 'fail' ? paint('red', text) : verdict === 'escalate' ? paint('magenta', text) : verdict === 'warn' ? paint('yellow', text) : paint('green', text);
}
