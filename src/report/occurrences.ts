// A grouped finding (one pattern over several tables of a file) is shown once; every report
// names the other places it occurs, so none of them is lost when only the first line is annotated.
import type { Finding } from '../core/finding.js';

/** The other occurrences of a grouped finding, compactly: `7 (users), 12 (payments)`. */
export function alsoAt(f: Finding): string {
  return (f.occurrences ?? []).slice(1).map((o) => `${o.line}${o.table ? ` (${o.table})` : ''}`).join(', ');
}
