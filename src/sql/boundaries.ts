// Where statements end when the file as a whole does not parse: top-level semicolons.
import type { LexToken } from './lexer.js';

/** A candidate statement: string indexes [start, end), end just past its `;` (or the text's end). */
export interface Chunk {
  start: number;
  end: number;
  /** True when the chunk ends with its terminating semicolon. */
  terminated: boolean;
}

/**
 * Cuts `[from, to)` after every semicolon that ends a statement. As in psql, semicolons inside a
 * SQL-standard routine body (`CREATE [OR REPLACE] FUNCTION|PROCEDURE ... BEGIN ATOMIC ... END`,
 * where CASE ... END may nest) do not end one. Parentheses are not tracked, so that an unclosed
 * `(` cannot swallow the rest of the file.
 */
export function splitAtSemicolons(tokens: readonly LexToken[], from: number, to: number): Chunk[] {
  const chunks: Chunk[] = [];
  let start = from;
  let leadingWords: string[] = [];
  let atomicDepth = 0;
  let previousWord = '';
  for (const token of tokens) {
    if (token.kind === 'comment' || token.kind === 'meta') continue;
    const word = token.kind === 'word' ? (token.word ?? '') : '';
    if (leadingWords.length < 4) leadingWords.push(word);
    if (atomicDepth === 0) {
      if (previousWord === 'BEGIN' && word === 'ATOMIC' && isRoutineDefinition(leadingWords)) atomicDepth = 1;
    } else if (word === 'CASE') atomicDepth++;
    else if (word === 'END') atomicDepth--;
    previousWord = word;
    if (token.kind === 'semicolon' && atomicDepth === 0) {
      chunks.push({ start, end: token.end, terminated: true });
      start = token.end;
      leadingWords = [];
    }
  }
  if (start < to) chunks.push({ start, end: to, terminated: false });
  return chunks;
}

/** True for the first words of CREATE [OR REPLACE] FUNCTION|PROCEDURE. */
function isRoutineDefinition(words: readonly string[]): boolean {
  const [create, second, third, fourth] = words;
  if (create !== 'CREATE') return false;
  const kind = second === 'OR' && third === 'REPLACE' ? fourth : second;
  return kind === 'FUNCTION' || kind === 'PROCEDURE';
}
