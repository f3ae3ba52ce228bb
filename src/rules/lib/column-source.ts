// Where a column and its declared type sit in a statement's text, so a finding points at the
// column's own lines of a long CREATE TABLE (a one-line fix there becomes a review suggestion) and
// a fix can replace just the type.
import type { Fix } from '../../core/finding.js';
import type { ReviewedFile } from '../../core/review-types.js';
import type { SqlStatement } from '../../core/sql-types.js';
import { dialectOf } from '../../migrations/frameworks/index.js';
import { lexSql, type LexToken } from '../../sql/lexer.js';

export type ColumnOrigin = 'create-table' | 'add-column' | 'alter-type';

/** String indexes into the statement's text. */
export interface ColumnSource {
  nameStart: number;
  typeStart: number;
  typeEnd: number;
  /** End of the whole column definition (its constraints included). */
  defEnd: number;
}

/** Words that end a column's type in a column definition or ALTER COLUMN TYPE. */
const AFTER_TYPE = new Set([
  'CONSTRAINT', 'NOT', 'NULL', 'DEFAULT', 'PRIMARY', 'UNIQUE', 'CHECK', 'REFERENCES', 'GENERATED', 'COLLATE',
  'COMPRESSION', 'STORAGE', 'USING', 'DEFERRABLE', 'INITIALLY',
]);

/** The identifier a token spells as PostgreSQL stores it: bare words fold ASCII to lower case. */
export function identifierOf(text: string, token: LexToken): string | undefined {
  const raw = text.slice(token.start, token.end);
  if (token.kind === 'word') return raw.replace(/[A-Z]+/g, (s) => s.toLowerCase());
  if (token.kind === 'other' && raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"')) return raw.slice(1, -1).replace(/""/g, '"');
  return undefined;
}

const punct = (text: string, t: LexToken | undefined, c: string): boolean => t?.kind === 'other' && t.end - t.start === 1 && text[t.start] === c;

/** Finds `column` and the extent of its type in a CREATE TABLE, ADD COLUMN or ALTER COLUMN TYPE statement. */
export function locateColumn(text: string, origin: ColumnOrigin, column: string): ColumnSource | undefined {
  const tokens = lexSql(text).filter((t) => t.kind !== 'comment');
  const nameAt = origin === 'create-table' ? elementStart(text, tokens, column) : commandTarget(text, tokens, origin, column);
  if (nameAt === undefined) return undefined;
  let first = nameAt + 1;
  if (origin === 'alter-type') {
    while (first < tokens.length && tokens[first].word !== 'TYPE') first++;
    first++;
  }
  let depth = 0;
  let last = -1;
  for (let k = first; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === 'semicolon') break;
    if (punct(text, t, '(') || punct(text, t, '[')) depth++;
    else if (punct(text, t, ')') || punct(text, t, ']')) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && (punct(text, t, ',') || (t.word && AFTER_TYPE.has(t.word)))) break;
    last = k;
  }
  if (last < first) return undefined;
  return { nameStart: tokens[nameAt].start, typeStart: tokens[first].start, typeEnd: tokens[last].end, defEnd: tokens[definitionEnd(text, tokens, last)].end };
}

/** Index of the last token of the definition that continues after token `from` (up to a top-level comma or the closing parenthesis). */
function definitionEnd(text: string, tokens: LexToken[], from: number): number {
  let depth = 0;
  let last = from;
  for (let k = from + 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === 'semicolon') break;
    if (punct(text, t, '(')) depth++;
    else if (punct(text, t, ')')) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && punct(text, t, ',')) break;
    last = k;
  }
  return last;
}

/** Index of the token naming `column` at the start of a table element (depth 1 of CREATE TABLE's parentheses). */
function elementStart(text: string, tokens: LexToken[], column: string): number | undefined {
  let depth = 0;
  let atStart = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (punct(text, t, '(')) {
      depth++;
      atStart = depth === 1;
      continue;
    }
    if (punct(text, t, ')')) {
      depth--;
      continue;
    }
    if (depth === 1 && punct(text, t, ',')) {
      atStart = true;
      continue;
    }
    if (atStart && depth === 1 && identifierOf(text, t) === column) return i;
    atStart = false;
  }
  return undefined;
}

/** Index of the column name after `ADD [COLUMN] [IF NOT EXISTS]` or `ALTER [COLUMN]` at the top level of an ALTER TABLE. */
function commandTarget(text: string, tokens: LexToken[], origin: ColumnOrigin, column: string): number | undefined {
  const verb = origin === 'add-column' ? 'ADD' : 'ALTER';
  let depth = 0;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (punct(text, t, '(')) depth++;
    else if (punct(text, t, ')')) depth--;
    if (depth !== 0 || t.word !== verb) continue;
    let j = i + 1;
    if (tokens[j]?.word === 'COLUMN') j++;
    if (origin === 'add-column' && tokens[j]?.word === 'IF' && tokens[j + 1]?.word === 'NOT' && tokens[j + 2]?.word === 'EXISTS') j += 3;
    if (tokens[j] && identifierOf(text, tokens[j]) === column) return j;
  }
  return undefined;
}

/** 1-based file line of a string index inside the statement's text. */
export function lineInStatement(statement: SqlStatement, index: number): number {
  let line = statement.span.line;
  for (let i = statement.text.indexOf('\n'); i >= 0 && i < index; i = statement.text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * A fix that replaces the column's declared type with `replacement`, when the type sits on one
 * line (the edit is that whole line, so the rest of it is kept as written).
 */
export function typeFix(file: ReviewedFile, statement: SqlStatement, src: ColumnSource, replacement: string, description: string): Fix | undefined {
  // Prisma generates migration.sql from schema.prisma: an edit here alone would be reverted by the
  // next generated migration, so the finding's help says what to change in the schema instead.
  if (dialectOf(file.source.framework).generatedFrom) return undefined;
  const declared = statement.text.slice(src.typeStart, src.typeEnd);
  if (declared.includes('\n')) return undefined;
  const text = file.source.text;
  const start = statement.span.start + src.typeStart;
  const end = statement.span.start + src.typeEnd;
  if (text.slice(start, end) !== declared) return undefined;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  if (text[lineEnd - 1] === '\r') lineEnd -= 1;
  const line = lineInStatement(statement, src.typeStart);
  return { description, edits: [{ line, endLine: line, replacement: text.slice(lineStart, start) + replacement + text.slice(end, lineEnd) }] };
}

/** Lines from the column's name to the end of its definition; undefined when the column was not found in the text. */
export function columnSpan(statement: SqlStatement, source: ColumnSource | undefined): { line: number; endLine: number } | undefined {
  if (!source) return undefined;
  return { line: lineInStatement(statement, source.nameStart), endLine: lineInStatement(statement, Math.max(source.nameStart, source.defEnd - 1)) };
}
