// Boolean expressions as PostgreSQL prints them (pg_get_constraintdef, pg_get_expr of an index
// predicate): split into top-level AND terms, and the columns they prove NOT NULL.
import { quoteIdent } from '../../sql/names.js';

/** Top-level AND terms of an expression, outer parentheses removed: `((a > 0) AND (b IS NOT NULL))` -> `a > 0`, `b IS NOT NULL`. */
export function conjuncts(expression: string): string[] {
  const body = stripParens(expression.trim());
  const out: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quote) {
      if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (depth === 0 && /^\sAND\s/i.test(body.slice(i, i + 5))) {
      out.push(body.slice(start, i));
      start = i + 5;
    }
  }
  out.push(body.slice(start));
  return out.map((t) => stripParens(t.trim()));
}

/** Whether the term is `column IS NOT NULL`, the column written as PostgreSQL prints it (quoted when it must be). */
export function isNotNullTerm(term: string, column: string): boolean {
  const m = /^(.+?)\s+IS\s+NOT\s+NULL$/i.exec(term);
  return m !== null && stripParens(m[1]) === quoteIdent(column);
}

function stripParens(text: string): string {
  let t = text;
  while (t.startsWith('(') && t.endsWith(')') && balanced(t.slice(1, -1))) t = t.slice(1, -1).trim();
  return t;
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return false;
  }
  return depth === 0;
}
