// Query file formats: how a file names its queries (sqlc, pgtyped, goyesql-style) and where each
// query's text lies.
import type { QueryFormat } from '../core/query-types.js';
import { splitAtSemicolons } from '../sql/boundaries.js';
import { lexSql, type LexToken } from '../sql/lexer.js';

/** How pgtyped expands a parameter declared with `@param name -> ...`. */
export type PgtypedExpansion =
  /** `-> (...)`: a list of scalars, `(v1, v2, ...)`. */
  | { kind: 'spread' }
  /** `-> [...]`: a list of scalars as an array literal, `ARRAY[v1, v2, ...]`. */
  | { kind: 'arrayLiteral' }
  /** `-> (a, b)`: one object's fields, `(a, b)`. */
  | { kind: 'pick'; fields: string[] }
  /** `-> ((a, b)...)`: a list of objects, `(a1, b1), (a2, b2), ...`. */
  | { kind: 'pickSpread'; fields: string[] };

/** The comment that names a query. */
export interface QueryAnnotation {
  name: string;
  /** String indexes of the comment. */
  start: number;
  end: number;
  /** sqlc's query command without the colon (`one`, `many`, `exec`, ...). */
  command?: string;
  /** pgtyped `@param` declarations of the comment. */
  expansions: Map<string, PgtypedExpansion>;
}

/** A stretch of a query file holding at most one query (plus the comments before it). */
export interface QueryRegion {
  /** String indexes [start, end); regions are contiguous and cover the whole file. */
  start: number;
  end: number;
  /** The annotation before the region's statement (for `named` files, inherited from the previous query when absent). */
  annotation?: QueryAnnotation;
}

const SQLC_COMMANDS = 'one|many|exec|execrows|execresult|execlastid|batchexec|batchmany|batchone|copyfrom';
const SQLC_LINE = new RegExp(`^--\\s*name:\\s*(\\S+)\\s+:(${SQLC_COMMANDS})\\b`);
const SQLC_BLOCK = new RegExp(`^/\\*\\s*name:\\s*(\\S+)\\s+:(${SQLC_COMMANDS})\\b`);
const NAMED_LINE = /^--\s*name\s*:\s*(\S+)/;
const PGTYPED_NAME = /@name\s+([A-Za-z_$][\w$]*)/;
const PGTYPED_PARAM = /@param\s+([A-Za-z_$][\w$]*)\s*->\s*/g;

/**
 * The format of a query file, from its comments: sqlc when a comment reads
 * `-- name: X :one` (or another sqlc command), pgtyped when a block comment holds `@name X`,
 * named (goyesql, yesql) when a comment reads `-- name: x` alone, plain otherwise.
 */
export function detectQueryFormat(text: string): QueryFormat {
  let pgtyped = false;
  let named = false;
  for (const token of lexSql(text)) {
    if (token.kind !== 'comment') continue;
    const comment = text.slice(token.start, token.end);
    if (SQLC_LINE.test(comment) || SQLC_BLOCK.test(comment)) return 'sqlc';
    if (comment.startsWith('/*') && PGTYPED_NAME.test(comment)) pgtyped = true;
    else if (NAMED_LINE.test(comment)) named = true;
  }
  return pgtyped ? 'pgtyped' : named ? 'named' : 'plain';
}

/** The annotation a comment holds in a file of `format`, or undefined. */
export function readAnnotation(comment: string, format: QueryFormat): Omit<QueryAnnotation, 'start' | 'end'> | undefined {
  if (format === 'sqlc') {
    const match = SQLC_LINE.exec(comment) ?? SQLC_BLOCK.exec(comment);
    return match ? { name: match[1], command: match[2], expansions: new Map() } : undefined;
  }
  if (format === 'pgtyped') {
    const match = comment.startsWith('/*') ? PGTYPED_NAME.exec(comment) : null;
    return match ? { name: match[1], expansions: readExpansions(comment) } : undefined;
  }
  if (format === 'named') {
    const match = NAMED_LINE.exec(comment);
    return match ? { name: match[1], expansions: new Map() } : undefined;
  }
  return undefined;
}

function readExpansions(comment: string): Map<string, PgtypedExpansion> {
  const expansions = new Map<string, PgtypedExpansion>();
  for (const match of comment.matchAll(PGTYPED_PARAM)) {
    const rest = comment.slice(match.index + match[0].length);
    const expansion = readExpansion(rest);
    if (expansion) expansions.set(match[1], expansion);
  }
  return expansions;
}

function readExpansion(text: string): PgtypedExpansion | undefined {
  if (/^\(\s*\.\.\.\s*\)/.test(text)) return { kind: 'spread' };
  if (/^\[\s*\.\.\.\s*\]/.test(text)) return { kind: 'arrayLiteral' };
  const pickSpread = /^\(\s*\(([^()]*)\)\s*\.\.\.\s*\)/.exec(text);
  if (pickSpread) return { kind: 'pickSpread', fields: fieldNames(pickSpread[1]) };
  const pick = /^\(([^()]*)\)/.exec(text);
  if (pick) return { kind: 'pick', fields: fieldNames(pick[1]) };
  return undefined;
}

/** `rank!, name` -> `rank`, `name` (`!` marks a required field). */
function fieldNames(list: string): string[] {
  return list
    .split(',')
    .map((f) => f.trim().replace(/!$/, ''))
    .filter((f) => f !== '');
}

/**
 * Cuts a query file into regions of one statement each: at top-level semicolons, and also before
 * an annotation that follows a statement left without its semicolon (goyesql needs none). A
 * region's annotation is the last one among the comments before its first token. In `named`
 * files a statement without an annotation belongs to the query named before it, as goyesql
 * reads everything up to the next name as that query.
 */
export function queryRegions(text: string, format: QueryFormat): QueryRegion[] {
  const tokens = lexSql(text);
  const regions: QueryRegion[] = [];
  let t = 0;
  let previous: QueryAnnotation | undefined;
  for (const chunk of splitAtSemicolons(tokens, 0, text.length)) {
    let start = chunk.start;
    let annotation: QueryAnnotation | undefined;
    let seenCode = false;
    let commentRun = -1;
    for (; t < tokens.length && tokens[t].start < chunk.end; t++) {
      const token: LexToken = tokens[t];
      if (token.kind !== 'comment') {
        seenCode = true;
        commentRun = -1;
        continue;
      }
      if (commentRun < 0) commentRun = token.start;
      const found = format === 'plain' ? undefined : readAnnotation(text.slice(token.start, token.end), format);
      if (!found) continue;
      if (seenCode) {
        // A new query begins at the comments that lead to this annotation.
        regions.push({ start, end: commentRun, annotation: annotation ?? inherit(format, previous) });
        previous = annotation ?? inherit(format, previous);
        start = commentRun;
        seenCode = false;
      }
      annotation = { ...found, start: token.start, end: token.end };
    }
    const own = annotation ?? (seenCode ? inherit(format, previous) : undefined);
    regions.push({ start, end: chunk.end, annotation: own });
    if (seenCode || annotation) previous = own;
  }
  return regions.filter((r) => r.end > r.start);
}

function inherit(format: QueryFormat, previous: QueryAnnotation | undefined): QueryAnnotation | undefined {
  return format === 'named' ? previous : undefined;
}

/**
 * True when `text` holds a placeholder outside strings and comments that the application fills
 * in before running the query: `%name%` (listmonk's `%order%`, `%query%`) or a Go format verb
 * such as `%s`. Such text is a template, not SQL. Meant for a statement that did not parse:
 * `a %s` is also a valid modulo of a column named `s`.
 */
export function hasTemplatePlaceholder(text: string): boolean {
  if (!text.includes('%')) return false;
  const tokens = lexSql(text).filter((t) => t.kind !== 'comment' && t.kind !== 'string');
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [percent, word, after] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (text[percent.start] !== '%' || word.kind !== 'word' || word.start !== percent.end) continue;
    if (after && after.start === word.end && text[after.start] === '%') return true;
    if (GO_VERBS.has(word.word ?? '')) return true;
  }
  return false;
}

const GO_VERBS = new Set(['S', 'D', 'V', 'Q']);
