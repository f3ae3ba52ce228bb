// The lines of one column definition inside its statement: column-level findings point there, so
// a fix on the column's line can be offered as a review suggestion.
import type { SqlStatement } from '../../core/sql-types.js';
import { lineInStatement, type ColumnSource } from '../design/column-source.js';

/** Lines from the column's name to the end of its definition; undefined when the column was not found in the text. */
export function columnSpan(statement: SqlStatement, source: ColumnSource | undefined): { line: number; endLine: number } | undefined {
  if (!source) return undefined;
  return { line: lineInStatement(statement, source.nameStart), endLine: lineInStatement(statement, Math.max(source.nameStart, source.defEnd - 1)) };
}
