// Blank out what is in a .sql file but is not SQL, keeping every string index in place.
import { lexSql } from './lexer.js';

const BOM = '\uFEFF';
const META_LINE = /(^|\n)[ \t]*\\/;
/**
 * A surrogate without its pair (possible in a string built by code, never in a decoded file). The
 * parser's UTF-8 encoder pairs it with the next unit, which shifts every byte offset after it;
 * U+FFFD is one unit and three bytes for both encoders.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Returns `text` with a leading byte-order mark and psql meta-command lines (`\set`, `\connect`,
 * ... at the start of a line, outside quotes and comments) replaced by spaces, one per UTF-16
 * unit, and lone surrogates by U+FFFD, so indexes into the result are indexes into `text`.
 */
export function maskNonSql(text: string): string {
  let masked = text.startsWith(BOM) ? ' ' + text.slice(1) : text;
  masked = masked.replace(LONE_SURROGATE, '\ufffd');
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
