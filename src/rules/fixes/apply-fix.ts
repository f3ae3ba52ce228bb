// Applies a fix's line edits to a file's text (tests re-review the result; tools can reuse it).
import type { TextEdit } from '../../core/finding.js';

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  // Later edits first, so earlier line numbers stay valid.
  const ordered = [...edits].sort((a, b) => b.line - a.line || b.endLine - a.endLine);
  for (const edit of ordered) {
    const replacement = edit.replacement === '' ? [] : edit.replacement.split(/\r?\n/);
    const removed = Math.max(0, edit.endLine - edit.line + 1);
    lines.splice(edit.line - 1, removed, ...replacement);
  }
  return lines.join(eol);
}
