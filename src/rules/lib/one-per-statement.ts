// Column advice of one rule on one statement (six VARCHAR(n) columns of one CREATE TABLE) is one
// finding at the first column naming the others: the reviewer reads the advice once per table,
// and the fix still edits every column's line.
import type { Fix } from '../../core/finding.js';
import type { FindingDraft } from '../rule.js';

export interface ColumnDraft {
  draft: FindingDraft;
  /** How the column is named in the combined message: `resource_type VARCHAR(255)`. */
  label: string;
}

/**
 * Merges the drafts of each statement into one (input order kept, the first draft first): its
 * message says which other columns the advice covers, its help adds their replacement lines
 * (what follows the first line of each help), and its fix holds every column's edit.
 */
export function onePerStatement(columns: readonly ColumnDraft[]): FindingDraft[] {
  const groups = new Map<string, ColumnDraft[]>();
  for (const c of columns) {
    const key = `${c.draft.file}\u0000${c.draft.statement?.span.start ?? c.draft.line}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()].map((group) => {
    const [first, ...others] = group;
    if (others.length === 0) return first.draft;
    const tails = others.map((o) => o.draft.help.split('\n').slice(1));
    // A line every help has (a framework hint) is said once, where the first help says it.
    const shared = new Set(first.draft.help.split('\n').filter((line) => tails.every((t) => t.includes(line))));
    const extraHelp = tails.map((t) => t.filter((line) => !shared.has(line)).join('\n')).filter((h) => h !== '');
    const fixes = group.map((g) => g.draft.fix).filter((f): f is Fix => f !== undefined);
    const more = fixes.length > 1 ? ` and ${fixes.length - 1} more column${fixes.length > 2 ? 's' : ''}` : '';
    const fix = fixes.length > 0 ? { description: `${fixes[0].description}${more}`, edits: fixes.flatMap((f) => f.edits) } : undefined;
    return {
      ...first.draft,
      message: `${first.draft.message} The same holds for ${others.length} more column${others.length > 1 ? 's' : ''} of this statement: ${others.map((o) => o.label).join(', ')}.`,
      help: [first.draft.help, ...extraHelp].join('\n'),
      fix,
    };
  });
}
