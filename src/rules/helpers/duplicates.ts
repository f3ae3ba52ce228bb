// A unique key added to a table that has rows fails on rows that already repeat it: on the empty
// replay it cannot, so the findings that build unique indexes say how to look first.
import { quoteIdent } from './ast.js';

/**
 * The other way the statement fails in production and not on the empty replay: rows that already
 * repeat a key. Said with the query that finds them, for keys of columns the table already had.
 */
export function duplicatesWarning(table: string, columns: readonly string[], before: { columns: readonly { name: string }[] } | undefined): string {
  if (!columns.length || !columns.every((c) => before?.columns.some((x) => x.name === c))) return '';
  const cols = columns.map(quoteIdent).join(', ');
  return `It also fails if existing rows repeat a value of (${cols}); find them first: SELECT ${cols}, count(*) FROM ${table} GROUP BY ${cols} HAVING count(*) > 1;`;
}
