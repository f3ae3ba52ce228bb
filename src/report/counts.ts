// Finding counts shared by every renderer.
import type { Finding, Severity } from '../core/finding.js';

export type Counts = Record<Severity, number> & { ignored: number; baselined: number };

export function countFindings(findings: readonly Finding[]): Counts {
  const counts: Counts = { error: 0, escalate: 0, warning: 0, notice: 0, ignored: 0, baselined: 0 };
  for (const f of findings) {
    if (f.baselined) counts.baselined++;
    else if (f.ignored) counts.ignored++;
    else counts[f.severity]++;
  }
  return counts;
}

export function countsLine(c: Counts): string {
  const parts = [`${c.error} error${c.error === 1 ? '' : 's'}`, `${c.escalate} escalation${c.escalate === 1 ? '' : 's'}`, `${c.warning} warning${c.warning === 1 ? '' : 's'}`, `${c.notice} notice${c.notice === 1 ? '' : 's'}`];
  if (c.ignored > 0) parts.push(`${c.ignored} ignored`);
  if (c.baselined > 0) parts.push(`${c.baselined} baselined`);
  return parts.join(', ');
}
