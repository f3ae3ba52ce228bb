// Ignore comments (RULES.md): `-- pg-migration-review: ignore a, b -- reason` silences rules for the
// next statement, `ignore-file` for the whole file. The block form `/* ... */` is accepted too.
import type { IgnoreDirective } from '../core/sql-types.js';
import type { LineMap } from './offsets.js';

export const IGNORE_MARKER = 'pg-migration-review';

const DIRECTIVE = /^\s*pg-migration-review\s*:\s*(ignore-file|ignore)(?=[\s,]|$)(.*)$/is;

/** What one comment says, or undefined when it is not an ignore directive. */
export function parseIgnoreComment(comment: string): Omit<IgnoreDirective, 'line'> | undefined {
  let body = comment;
  if (body.startsWith('--')) body = body.slice(2);
  else if (body.startsWith('/*')) body = body.slice(2, body.endsWith('*/') ? -2 : undefined);
  const match = DIRECTIVE.exec(body);
  if (!match) return undefined;
  const rest = match[2];
  const reasonAt = rest.indexOf('--');
  const ids = reasonAt === -1 ? rest : rest.slice(0, reasonAt);
  const reason = reasonAt === -1 ? '' : rest.slice(reasonAt + 2).trim();
  const directive: Omit<IgnoreDirective, 'line'> = {
    scope: match[1].toLowerCase() === 'ignore-file' ? 'file' : 'statement',
    // Kept as written (unknown ids are reported later by the unknown-ignore rule).
    rules: ids.split(/[\s,]+/).filter((id) => id !== ''),
  };
  if (reason !== '') directive.reason = reason;
  return directive;
}

/** An ignore directive with the string indexes of its comment. */
export interface LocatedIgnore {
  directive: IgnoreDirective;
  start: number;
  end: number;
}

/** The ignore directives among `comments` (string index ranges into `text`), in order. */
export function findIgnoreDirectives(
  text: string,
  comments: readonly { start: number; end: number }[],
  lines: LineMap,
): LocatedIgnore[] {
  const found: LocatedIgnore[] = [];
  for (const { start, end } of comments) {
    const comment = text.slice(start, end);
    if (!comment.toLowerCase().includes(IGNORE_MARKER)) continue;
    const parsed = parseIgnoreComment(comment);
    if (parsed) found.push({ directive: { ...parsed, line: lines.lineAt(start) }, start, end });
  }
  return found;
}

/**
 * Hands each statement-scope directive to the statement that follows it, when the comment sits
 * between the previous statement's end and that statement's first token. File-scope directives
 * are returned separately. `statements` are [start, end) ranges in file order.
 */
export function assignIgnores(
  directives: readonly LocatedIgnore[],
  statements: readonly { start: number; end: number }[],
): { perStatement: IgnoreDirective[][]; fileIgnores: IgnoreDirective[] } {
  const perStatement: IgnoreDirective[][] = statements.map(() => []);
  const fileIgnores: IgnoreDirective[] = [];
  let s = 0;
  for (const { directive, start, end } of directives) {
    if (directive.scope === 'file') {
      fileIgnores.push(directive);
      continue;
    }
    while (s < statements.length && statements[s].start < end) s++;
    if (s === statements.length) continue; // nothing follows it
    const previousEnd = s === 0 ? 0 : statements[s - 1].end;
    if (start >= previousEnd) perStatement[s].push(directive);
  }
  return { perStatement, fileIgnores };
}
