// A fix that replaces one statement's text in its file, on whole lines.
import type { Fix } from '../../core/finding.js';
import type { ReviewedFile } from '../../core/review-types.js';
import type { SqlStatement } from '../../core/sql-types.js';

/**
 * A fix replacing the statement's text with `replacement`, expressed on whole lines so text sharing
 * the first or last line (a trailing comment) is kept as it is.
 */
export function statementFix(file: ReviewedFile, statement: SqlStatement, replacement: string, description: string): Fix {
  const text = file.source.text;
  const lineStart = text.lastIndexOf('\n', statement.span.start - 1) + 1;
  let lineEnd = text.indexOf('\n', statement.span.end);
  if (lineEnd < 0) lineEnd = text.length;
  if (text[lineEnd - 1] === '\r') lineEnd -= 1;
  return {
    description,
    edits: [
      {
        line: statement.span.line,
        endLine: statement.span.endLine,
        replacement: text.slice(lineStart, statement.span.start) + replacement + text.slice(statement.span.end, lineEnd),
      },
    ],
  };
}
