// parseSqlFile: a .sql file -> its statements with exact spans, parse trees, syntax errors and
// ignore comments. Parses the whole file at once; when that fails, cuts it at top-level
// semicolons and re-parses around the bad statement so its neighbours keep their trees.
import type { Node } from '@pgsql/types';
import type { IgnoreDirective, ParsedSql, SqlStatement } from '../core/sql-types.js';
import { nodeKind } from './ast.js';
import { splitAtSemicolons, type Chunk } from './boundaries.js';
import { estimateNesting, MAX_NESTING } from './depth.js';
import { assignIgnores, findIgnoreDirectives, IGNORE_MARKER } from './ignores.js';
import { skipTrivia, tokenize, trimWhitespaceEnd, type LexToken } from './lexer.js';
import { maskNonSql } from './mask.js';
import { LineMap, Utf8Offsets } from './offsets.js';
import { parseSync, SqlParseError, type ParseResult } from './parser.js';

/** After this many failed re-parses of "the rest of the file", chunks are parsed one by one. */
const MAX_RANGE_RETRIES = 8;

interface Draft {
  start: number;
  end: number;
  kind: string;
  ast?: Node;
  error?: { message: string; index: number };
}

type Attempt = { ok: true; drafts: Draft[] } | { ok: false; error: SqlParseError };

/** The file as parsed: non-SQL blanked out, byte offsets, tokens computed on first use. */
class SourceFile {
  readonly masked: string;
  readonly offsets: Utf8Offsets;
  private tokenCache: LexToken[] | undefined;
  private deepSpots: number[] | undefined;

  constructor(readonly text: string) {
    this.masked = maskNonSql(text);
    this.offsets = new Utf8Offsets(this.masked);
  }

  tokens(): LexToken[] {
    this.tokenCache ??= tokenize(this.masked, this.offsets);
    return this.tokenCache;
  }

  /** The first place in [from, to) where a statement nests too deeply for the parser (see depth.ts). */
  tooDeep(from: number, to: number): number | undefined {
    // A text shorter than the limit cannot nest beyond it: most files skip the scan.
    this.deepSpots ??= this.masked.length >= MAX_NESTING ? estimateNesting(this.masked).spots : [];
    const spot = this.deepSpots.find((s) => s >= from);
    return spot !== undefined && spot < to ? spot : undefined;
  }

  /** A parse error at string index `index` of a parse that started at string index `from`. */
  errorAt(from: number, index: number, message: string): SqlParseError {
    return new SqlParseError(message, this.offsets.codePointOf(index) - this.offsets.codePointOf(from));
  }

  /** String index of a parse error's cursor (code points) in a parse that started at string index `from`. */
  errorIndex(from: number, error: SqlParseError): number {
    return this.offsets.indexOfCodePoint(this.offsets.codePointOf(from) + error.cursor);
  }
}

/** Splits and parses one SQL file. Needs `await ensureParser()` first. */
export function parseSqlFile(text: string): ParsedSql {
  const file = new SourceFile(text);
  const whole = attempt(file, 0, file.masked.length);
  const drafts = whole.ok ? whole.drafts : recover(file, whole.error);

  const lines = new LineMap(text);
  let perStatement: IgnoreDirective[][] = drafts.map(() => []);
  let fileIgnores: IgnoreDirective[] = [];
  if (text.toLowerCase().includes(IGNORE_MARKER)) {
    const comments = file.tokens().filter((t) => t.kind === 'comment');
    ({ perStatement, fileIgnores } = assignIgnores(findIgnoreDirectives(file.masked, comments, lines), drafts));
  }

  const statements = drafts.map((draft, index): SqlStatement => {
    const from = lines.position(draft.start);
    const to = lines.position(draft.end);
    const statement: SqlStatement = {
      index,
      text: text.slice(draft.start, draft.end),
      span: { start: draft.start, end: draft.end, line: from.line, column: from.column, endLine: to.line, endColumn: to.column },
      kind: draft.kind,
      ignores: perStatement[index],
    };
    if (draft.ast) statement.ast = draft.ast;
    if (draft.error) statement.syntaxError = { message: draft.error.message, ...lines.position(draft.error.index) };
    return statement;
  });
  return { statements, fileIgnores };
}

const TOO_DEEP = `statement nested too deeply to be parsed safely (over ${MAX_NESTING} levels of brackets, subqueries and chained operators)`;

/** Parses masked[from, to) on its own. */
function attempt(file: SourceFile, from: number, to: number): Attempt {
  const deep = file.tooDeep(from, to);
  if (deep !== undefined) return { ok: false, error: file.errorAt(from, deep, TOO_DEEP) };
  let result: ParseResult;
  try {
    result = parseSync(file.masked.slice(from, to));
  } catch (error) {
    if (error instanceof SqlParseError) return { ok: false, error };
    // The estimate missed a tree too deep for the parser's stack: blame the deepest statement.
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      return { ok: false, error: file.errorAt(from, estimateNesting(file.masked, MAX_NESTING, from, to).deepest, TOO_DEEP) };
    }
    throw error;
  }
  return { ok: true, drafts: draftsFromParse(file, result, from, to) };
}

/** Statements of a successful parse of masked[from, to), cut to first token ... semicolon. */
function draftsFromParse(file: SourceFile, result: ParseResult, from: number, to: number): Draft[] {
  const { masked, offsets } = file;
  const base = offsets.byteOf(from);
  const drafts: Draft[] = [];
  for (const raw of result.stmts ?? []) {
    if (!raw.stmt) continue;
    const locationByte = base + (raw.stmt_location ?? 0);
    const location = offsets.indexOf(locationByte);
    // stmt_len stops before the semicolon; absent or 0 on the last statement means "to the end".
    const stop = raw.stmt_len ? Math.min(offsets.indexOf(locationByte + raw.stmt_len), to) : to;
    const start = skipTrivia(masked, location, stop);
    const end = stop < to && masked[stop] === ';' ? stop + 1 : trimTrailing(file, start, stop);
    drafts.push({ start, end, kind: nodeKind(raw.stmt), ast: raw.stmt });
  }
  return drafts;
}

/** End of the last real token in masked[start, end): drops trailing whitespace and comments. */
function trimTrailing(file: SourceFile, start: number, end: number): number {
  const slice = file.masked.slice(start, end);
  if (!slice.includes('--') && !slice.includes('/*')) return trimWhitespaceEnd(file.masked, start, end);
  const tokens = tokenize(file.masked, file.offsets, start, end);
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (tokens[i].kind !== 'comment' && tokens[i].kind !== 'meta') return tokens[i].end;
  }
  return trimWhitespaceEnd(file.masked, start, end);
}

/**
 * The whole file failed with `firstError`. Cut it into chunks at top-level semicolons, then
 * repeatedly: parse the rest of the file; on failure, parse the chunks before the error as one
 * range, record the chunk holding the error as Unparsed, and continue after it. Each error costs
 * one parse of the rest, and after MAX_RANGE_RETRIES errors chunks are parsed singly, so the
 * work stays linear in the file size for any number of errors.
 */
function recover(file: SourceFile, firstError: SqlParseError): Draft[] {
  const chunks = splitAtSemicolons(file.tokens(), 0, file.masked.length);
  const drafts: Draft[] = [];
  let error: SqlParseError | undefined = firstError;
  let retries = 0;
  let i = 0;
  while (i < chunks.length) {
    const last = chunks.length - 1;
    if (!error) {
      if (retries >= MAX_RANGE_RETRIES) {
        for (let c = i; c <= last; c++) drafts.push(...parseChunk(file, chunks[c]));
        break;
      }
      const rest = attempt(file, chunks[i].start, chunks[last].end);
      if (rest.ok) {
        drafts.push(...rest.drafts);
        break;
      }
      error = rest.error;
    }
    retries++;
    const errorIndex = file.errorIndex(chunks[i].start, error);
    const k = chunkAt(chunks, errorIndex, i, last);
    if (k > i) drafts.push(...parseRange(file, chunks, i, k - 1));
    drafts.push(...parseChunk(file, chunks[k], { error, from: chunks[i].start }));
    error = undefined;
    i = k + 1;
  }
  return drafts;
}

/** Index of the chunk among chunks[lo..hi] that holds string index `index` (clamped). */
function chunkAt(chunks: readonly Chunk[], index: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (chunks[mid].start <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** chunks[i..j] parsed as one text, or one by one when that fails. */
function parseRange(file: SourceFile, chunks: readonly Chunk[], i: number, j: number): Draft[] {
  const range = attempt(file, chunks[i].start, chunks[j].end);
  if (range.ok) return range.drafts;
  const drafts: Draft[] = [];
  for (let c = i; c <= j; c++) drafts.push(...parseChunk(file, chunks[c]));
  return drafts;
}

/**
 * One chunk parsed alone. `context` is the error a larger parse reported inside this chunk: if
 * the chunk parses alone, the error came from how it joins its neighbours, and it is still
 * reported on this chunk rather than lost.
 */
function parseChunk(file: SourceFile, chunk: Chunk, context?: { error: SqlParseError; from: number }): Draft[] {
  const alone = attempt(file, chunk.start, chunk.end);
  if (alone.ok && !context) return alone.drafts;
  const error = alone.ok ? context!.error : alone.error;
  const errorIndex = file.errorIndex(alone.ok ? context!.from : chunk.start, error);
  let start = skipTrivia(file.masked, chunk.start, chunk.end);
  // An error inside what looked like leading trivia (a NUL in a comment): start there to keep it.
  if (errorIndex >= chunk.start && errorIndex < start) start = errorIndex;
  let end = chunk.terminated ? chunk.end : trimTrailing(file, start, chunk.end);
  if (errorIndex >= end && errorIndex < chunk.end && skipTrivia(file.masked, errorIndex, chunk.end) === errorIndex) {
    // The error sits in what looked like trailing trivia (an unterminated comment): keep it in the text.
    end = trimWhitespaceEnd(file.masked, start, chunk.end);
  }
  return [{ start, end, kind: 'Unparsed', error: { message: error.message, index: Math.max(start, Math.min(errorIndex, end)) } }];
}
