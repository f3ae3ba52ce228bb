// Tokens for finding statement boundaries and comments: PostgreSQL's scanner when the text
// tokenizes, otherwise a hand-written lexer that knows quotes, dollar quotes and nested comments.
import { scanSync, SqlScanError } from './parser.js';
import type { Utf8Offsets } from './offsets.js';

export type LexKind = 'comment' | 'semicolon' | 'word' | 'string' | 'meta' | 'other';

/** A token with string indexes [start, end). `word` is set (upper-cased) for unquoted identifiers and keywords. */
export interface LexToken {
  kind: LexKind;
  start: number;
  end: number;
  word?: string;
}

/**
 * Tokens of `text[from, to)` from PostgreSQL's scanner, or from `lexSql` when the scanner
 * rejects the text (unterminated quote, ...). Indexes are string indexes into `text`.
 */
export function tokenize(text: string, offsets: Utf8Offsets, from = 0, to = text.length): LexToken[] {
  let scanned;
  try {
    scanned = scanSync(text.slice(from, to));
  } catch (error) {
    if (error instanceof SqlScanError) return lexSql(text, from, to);
    throw error;
  }
  const base = offsets.byteOf(from);
  return scanned.map((token) => {
    const start = offsets.indexOf(base + token.start);
    const end = offsets.indexOf(base + token.end);
    if (token.tokenName === 'SQL_COMMENT' || token.tokenName === 'C_COMMENT') return { kind: 'comment', start, end };
    if (token.text === ';') return { kind: 'semicolon', start, end };
    // The scanner names only some token types (U&'', B'', X'' come as UNKNOWN): judge by the text.
    if (token.tokenName === 'SCONST' || STRING_START.test(token.text)) return { kind: 'string', start, end };
    if (token.keywordKind !== 0 || token.tokenName === 'IDENT') {
      // A quoted identifier is an IDENT too; keep only bare words as `word`.
      return token.text.startsWith('"') ? { kind: 'other', start, end } : { kind: 'word', start, end, word: token.text.toUpperCase() };
    }
    return { kind: 'other', start, end };
  });
}

const STRING_START = /^(?:(?:[eEbBxX]|[uU]&)?'|\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$)/;
const IDENT_START = /[A-Za-z_\u0080-\uffff]/;
const IDENT_CONT = /[A-Za-z0-9_$\u0080-\uffff]/y;
const DOLLAR_TAG = /\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/y;
const WHITESPACE = new Set([' ', '\t', '\n', '\r', '\f', '\v']);

/**
 * Hand-written lexer for text PostgreSQL's scanner rejects. It follows the scanner's rules for
 * what matters here: '' and E'\'' strings, "" identifiers, $tag$ quotes, -- and nested /* *\/
 * comments. An unterminated quote or comment runs to `to`. A backslash that starts a line is a
 * psql meta-command running to the end of that line (kind `meta`).
 */
export function lexSql(text: string, from = 0, to = text.length): LexToken[] {
  const tokens: LexToken[] = [];
  let i = from;
  while (i < to) {
    const c = text[i];
    const next = text[i + 1];
    const start = i;
    if (WHITESPACE.has(c)) {
      i++;
      continue;
    }
    if (c === '-' && next === '-') {
      const eol = text.indexOf('\n', i);
      i = eol === -1 || eol > to ? to : eol;
      tokens.push({ kind: 'comment', start, end: i });
    } else if (c === '/' && next === '*') {
      const end = blockCommentEnd(text, i, to);
      i = end === -1 ? to : end;
      tokens.push({ kind: 'comment', start, end: i });
    } else if (c === "'") {
      const prefixStart = stringPrefix(text, tokens, i);
      const escapes = prefixStart === i - 1 && (text[prefixStart] === 'E' || text[prefixStart] === 'e');
      i = quotedEnd(text, i, to, "'", escapes);
      tokens.push({ kind: 'string', start: prefixStart, end: i });
    } else if (c === '"') {
      i = quotedEnd(text, i, to, '"', false);
      tokens.push({ kind: 'other', start, end: i });
    } else if (c === '$') {
      DOLLAR_TAG.lastIndex = i;
      const tag = DOLLAR_TAG.exec(text);
      if (tag && i + tag[0].length <= to) {
        const close = text.indexOf(tag[0], i + tag[0].length);
        i = close === -1 || close + tag[0].length > to ? to : close + tag[0].length;
        tokens.push({ kind: 'string', start, end: i });
      } else {
        i = identEnd(text, i + 1, to); // $1 parameter
        tokens.push({ kind: 'other', start, end: i });
      }
    } else if (c === ';') {
      i++;
      tokens.push({ kind: 'semicolon', start, end: i });
    } else if (c === '\\' && startsLine(text, i, from)) {
      const eol = text.indexOf('\n', i);
      i = eol === -1 || eol > to ? to : eol;
      tokens.push({ kind: 'meta', start, end: i });
    } else if (IDENT_START.test(c)) {
      i = identEnd(text, i + 1, to);
      tokens.push({ kind: 'word', start, end: i, word: text.slice(start, i).toUpperCase() });
    } else if (c >= '0' && c <= '9') {
      i = identEnd(text, i + 1, to);
      tokens.push({ kind: 'other', start, end: i });
    } else {
      i++;
      tokens.push({ kind: 'other', start, end: i });
    }
  }
  return tokens;
}

/**
 * Where a string literal opened by the quote at `i` starts: at its E, B or X prefix, or at U&,
 * when they touch the quote (those tokens are then taken back from `tokens`); else at `i`.
 */
function stringPrefix(text: string, tokens: LexToken[], i: number): number {
  const previous = tokens[tokens.length - 1];
  if (previous?.end !== i) return i;
  if (previous.word === 'E' || previous.word === 'B' || previous.word === 'X') {
    tokens.pop();
    return previous.start;
  }
  const beforeAmpersand = tokens[tokens.length - 2];
  if (text[i - 1] === '&' && previous.start === i - 1 && beforeAmpersand?.end === i - 1 && beforeAmpersand.word === 'U') {
    tokens.length -= 2;
    return beforeAmpersand.start;
  }
  return i;
}

function identEnd(text: string, i: number, to: number): number {
  IDENT_CONT.lastIndex = i;
  while (i < to && IDENT_CONT.test(text)) i = IDENT_CONT.lastIndex;
  return Math.min(i, to);
}

/** End of a /* comment starting at `i` (comments nest, as in PostgreSQL), or -1 when it is not closed before `to`. */
function blockCommentEnd(text: string, i: number, to: number): number {
  let depth = 0;
  while (i < to) {
    if (text[i] === '/' && text[i + 1] === '*') {
      depth++;
      i += 2;
    } else if (text[i] === '*' && text[i + 1] === '/') {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else i++;
  }
  return -1;
}

/** End of a quoted string or identifier opened at `i`; a doubled quote is an escaped quote. */
function quotedEnd(text: string, i: number, to: number, quote: string, backslashEscapes: boolean): number {
  i++;
  while (i < to) {
    const c = text[i];
    if (backslashEscapes && c === '\\') i += 2;
    else if (c === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return to;
}

/** True when only spaces or tabs stand between the previous line break (or `from`) and `i`. */
function startsLine(text: string, i: number, from: number): boolean {
  for (let j = i - 1; j >= from; j--) {
    const c = text[j];
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t' && c !== '\r') return false;
  }
  return true;
}

/** Skips whitespace and complete comments from `i`; stops at an unterminated comment's start. */
export function skipTrivia(text: string, i: number, to: number): number {
  while (i < to) {
    const c = text[i];
    if (WHITESPACE.has(c)) i++;
    else if (c === '-' && text[i + 1] === '-') {
      const eol = text.indexOf('\n', i);
      if (eol === -1 || eol >= to) return to;
      i = eol + 1;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = blockCommentEnd(text, i, to);
      if (end === -1) return i;
      i = end;
    } else return i;
  }
  return Math.min(i, to);
}

/** `end` moved back over whitespace as PostgreSQL defines it (not over U+00A0 and the like, which it reads as identifier characters). */
export function trimWhitespaceEnd(text: string, start: number, end: number): number {
  while (end > start && WHITESPACE.has(text[end - 1])) end--;
  return end;
}

