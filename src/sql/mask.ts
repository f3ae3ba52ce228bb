// Blank out what is in a .sql file but is not SQL, keeping every string index in place.
import { lexSql } from './lexer.js';

const BOM = '\uFEFF';
const META_LINE = /(^|\n)[ \t]*\\/;

/**
 * Returns `text` with a leading byte-order mark and psql meta-command lines (`\set`, `\connect`,
 * ... at the start of a line, outside quotes and comments) replaced by spaces, one per UTF-16
 * unit, so indexes into the result are indexes into `text`.
 */
export function maskNonSql(text: string): string {
  let masked = text.startsWith(BOM) ? ' ' + text.slice(1) : text;
  if (!META_LINE.test(masked)) return masked;
  const parts: string[] = [];
  let copied = 0;
  for (const token of lexSql(masked)) {
    if (token.kind !== 'meta') continue;
    parts.push(masked.slice(copied, token.start), ' '.repeat(token.end - token.start));
    copied = token.end;
  }
  if (parts.length === 0) return masked;
  parts.push(masked.slice(copied));
  masked = parts.join('');
  return masked;
}
