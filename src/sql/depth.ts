// Statements nested too deeply to review. libpg-query's WASM build turns the parse tree into JSON
// recursively on the JavaScript stack: about 2,600 nested subqueries or 9,000 chained `+` overflow
// it, and after an overflow the module's memory is no longer trustworthy (a few more corrupt it).
// Later stages give out sooner: the embedded PostgreSQL hangs after CREATE INDEX CONCURRENTLY on
// a 1,500-term expression, and a rule's recursive walk overflows on 2,000 nested NOTs. So such
// statements are found beforehand, from tokens, and reported instead of parsed.
import { lexSql } from './lexer.js';

/**
 * Upper limit of the nesting estimate below: under every failure measured above by a margin of
 * 1.5 or more (5 for the parser), and far beyond hand-written SQL.
 */
export const MAX_NESTING = 1000;

/** Words that add a level to the tree of the expression they appear in. */
const NESTING_WORDS = new Set(['SELECT', 'NOT', 'IS', 'ISNULL', 'NOTNULL', 'IN', 'LIKE', 'ILIKE', 'SIMILAR', 'BETWEEN', 'COLLATE', 'AT', 'OVERLAPS']);
/** Left-deep chains that separators do not break (`a UNION b UNION c`, `a JOIN b ON x AND y JOIN c`); each starts a new operand. */
const CHAIN_WORDS = new Set(['UNION', 'INTERSECT', 'EXCEPT', 'JOIN']);
/** Words after which a new operand starts: their operands are lists, not nested (AND and OR chains are flattened). */
const SEPARATOR_WORDS = new Set(['AND', 'OR', 'WHEN', 'THEN', 'ELSE']);
const OPERATOR_CHARS = new Set('+-*/<>=~!@#%^&|`?:');

interface Level {
  /** Operators since the last separator at this bracket level. */
  run: number;
  /** Set operations and joins at this level. */
  chain: number;
  /** Opened by CASE (closed by END) rather than by a bracket. */
  isCase?: boolean;
}

export interface Nesting {
  /** Where the estimate first exceeds the limit, at most once per statement (string indexes). */
  spots: number[];
  /** Where the estimate is highest (the token that reached it). */
  deepest: number;
}

/**
 * Estimates the tree depth along `text[from, to)`: over the open brackets (and CASE ... END), one
 * per bracket plus the operators and nesting words since the last comma or separator at each
 * level. That bounds the depth of the parse tree, up to the few nodes each token adds.
 */
export function estimateNesting(text: string, limit = MAX_NESTING, from = 0, to = text.length): Nesting {
  const spots: number[] = [];
  let levels: Level[] = [{ run: 0, chain: 0 }];
  let depth = 1;
  let reported = false;
  let deepest = from;
  let max = 0;
  let operatorEnd = -1;
  for (const token of lexSql(text, from, to)) {
    const level = levels[levels.length - 1];
    if (token.kind === 'semicolon') {
      levels = [{ run: 0, chain: 0 }];
      depth = 1;
      reported = false;
      continue;
    }
    if (token.kind === 'word') {
      const word = token.word ?? '';
      if (word === 'CASE') {
        levels.push({ run: 0, chain: 0, isCase: true });
        depth++;
      } else if (word === 'END' && level.isCase) {
        levels.pop();
        depth -= 1 + level.run + level.chain;
      } else if (SEPARATOR_WORDS.has(word)) {
        depth -= level.run;
        level.run = 0;
      } else if (CHAIN_WORDS.has(word)) {
        // One more level under the chain; what follows is a new operand.
        depth += 1 - level.run;
        level.run = 0;
        level.chain++;
      } else if (NESTING_WORDS.has(word)) {
        level.run++;
        depth++;
      }
    } else if (token.kind === 'other' && token.end === token.start + 1) {
      const c = text[token.start];
      if (c === '(' || c === '[') {
        levels.push({ run: 0, chain: 0 });
        depth++;
      } else if ((c === ')' || c === ']') && levels.length > 1) {
        levels.pop();
        depth -= 1 + level.run + level.chain;
      } else if (c === ',') {
        depth -= level.run;
        level.run = 0;
      } else if (OPERATOR_CHARS.has(c)) {
        // Adjacent characters are one operator (`||`, `::`, `->>`).
        if (token.start !== operatorEnd) {
          level.run++;
          depth++;
        }
        operatorEnd = token.end;
      }
    }
    if (depth > max) {
      max = depth;
      deepest = token.start;
    }
    if (depth > limit && !reported) {
      spots.push(token.start);
      reported = true;
    }
  }
  return { spots, deepest };
}
