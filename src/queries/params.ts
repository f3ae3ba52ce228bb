// Tool parameters (`sqlc.arg(x)`, `@x`, `:x`, pgtyped expansions) rewritten as `$n`, so that
// PostgreSQL can parse and PREPARE the query, without moving any line.
import type { QueryFormat } from '../core/query-types.js';
import { lexSql, type LexToken } from '../sql/lexer.js';
import type { PgtypedExpansion } from './formats.js';

/** The most parameters PostgreSQL's protocol can bind. */
const MAX_PARAMETERS = 65_535;

export interface NormalizedParameters {
  /** The text with every tool parameter as `$n`; same lines as the input. */
  text: string;
  /** Parameter names in `$n` order (`$1` is params[0]); positional `$n` are named by their number. */
  params: string[];
}

/** Characters PostgreSQL joins into one operator: `=@x` is the operator `=@`, not a parameter. */
const OPERATOR_CHARS = new Set('+-*/<>=~!@#%^&|`?');
const SQLC_FUNCTIONS = new Set(['ARG', 'NARG', 'SLICE', 'EMBED']);

/** A piece of the text to replace: a parameter (numbered later) or sqlc.embed. */
type Site =
  | { start: number; end: number; kind: 'param'; name: string; expansion?: PgtypedExpansion }
  | { start: number; end: number; kind: 'embed'; table: string };

/**
 * Rewrites the parameters of one query as `$n`, numbering from `$1` (after the highest
 * positional `$n` the query already uses), the same name always getting the same number:
 * - sqlc: `sqlc.arg(x)`, `sqlc.arg('x')`, `sqlc.narg(x)`, `sqlc.slice(x)`, `@x`; `sqlc.embed(t)` becomes `t.*`;
 * - pgtyped: `:x`, `:x!`, and the expansions its annotation declares (`expansions`):
 *   `(...)` -> `($n)`, `[...]` -> `ARRAY[$n]`, `(a, b)` and `((a, b)...)` -> `($n, $m)`
 *   (one element of the list, as pgtyped writes for a list of one), named `x.a`, `x.b`;
 * - named and plain files: `:x` (yesql, psql variables).
 * Strings, quoted identifiers, dollar quotes and comments are left alone, and so are casts
 * (`::`), `:=`, array slices (`a[1:n]`) and operators (`@>`, `<@`, `@@`). A replacement shorter
 * than what it replaces is padded with spaces, and line breaks inside it are kept.
 */
export function normalizeParameters(
  text: string,
  format: QueryFormat,
  expansions: ReadonlyMap<string, PgtypedExpansion> = new Map(),
): NormalizedParameters {
  const tokens = lexSql(text);
  const { sites, maxPositional } = findSites(text, tokens, format, expansions);
  const params = Array.from({ length: maxPositional }, (_, i) => String(i + 1));
  const numbers = new Map<string, number>();
  const numberOf = (name: string): number => {
    let n = numbers.get(name);
    if (n === undefined) {
      params.push(name);
      n = params.length;
      numbers.set(name, n);
    }
    return n;
  };

  const parts: string[] = [];
  let copied = 0;
  for (const site of sites) {
    parts.push(text.slice(copied, site.start), fit(text.slice(site.start, site.end), replacement(site, numberOf)));
    copied = site.end;
  }
  parts.push(text.slice(copied));
  return { text: parts.join(''), params };
}

function replacement(site: Site, numberOf: (name: string) => number): string {
  if (site.kind === 'embed') return `${site.table}.*`;
  const { name, expansion } = site;
  switch (expansion?.kind) {
    case undefined:
      return `$${numberOf(name)}`;
    case 'spread':
      return `($${numberOf(name)})`;
    case 'arrayLiteral':
      return `ARRAY[$${numberOf(name)}]`;
    case 'pick':
    case 'pickSpread':
      return `(${expansion.fields.map((f) => `$${numberOf(`${name}.${f}`)}`).join(', ')})`;
  }
}

/** `replacement` in place of `original`: padded with spaces to its first line's length, its line breaks kept. */
function fit(original: string, replacement: string): string {
  const blanked = original.replace(/[^\r\n]/g, ' ');
  const firstLine = /^[^\r\n]*/.exec(original)![0].length;
  return replacement + blanked.slice(Math.min(replacement.length, firstLine));
}

function findSites(
  text: string,
  tokens: readonly LexToken[],
  format: QueryFormat,
  expansions: ReadonlyMap<string, PgtypedExpansion>,
): { sites: Site[]; maxPositional: number } {
  const sites: Site[] = [];
  let maxPositional = 0;
  /** Open brackets: `array` for ARRAY[...] constructors, `subscript` for a[...] (where `:` slices). */
  const brackets: ('array' | 'subscript')[] = [];
  let previous: LexToken | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === 'comment' || token.kind === 'meta') continue;
    const piece = text.slice(token.start, token.end);
    if (token.kind === 'other') {
      const positional = /^\$(\d+)$/.exec(piece);
      // PostgreSQL binds at most 65,535 parameters; a larger $n fails at PREPARE and must not size an array here.
      if (positional && Number(positional[1]) <= MAX_PARAMETERS) maxPositional = Math.max(maxPositional, Number(positional[1]));
      else if (piece === '[') brackets.push(bracketKind(text, previous, brackets));
      else if (piece === ']') brackets.pop();
      else if (piece === '@' && format === 'sqlc') {
        const name = tokens[i + 1];
        if (name?.kind === 'word' && name.start === token.end && !OPERATOR_CHARS.has(text[token.start - 1] ?? '')) {
          sites.push({ start: token.start, end: name.end, kind: 'param', name: text.slice(name.start, name.end) });
          i++;
        }
      } else if (piece === ':' && format !== 'sqlc' && brackets[brackets.length - 1] !== 'subscript') {
        const site = colonParameter(text, token, tokens[i + 1], format, expansions);
        if (site) {
          sites.push(site);
          i++;
        }
      }
    } else if (token.kind === 'word' && token.word === 'SQLC' && format === 'sqlc') {
      const call = sqlcCall(text, tokens, i);
      if (call) {
        sites.push(call.site);
        i = call.last;
      }
    }
    previous = tokens[i];
  }
  return { sites, maxPositional };
}

/** `[` after ARRAY, or nested directly in an ARRAY[...] constructor, opens an array; otherwise a subscript. */
function bracketKind(text: string, previous: LexToken | undefined, open: readonly ('array' | 'subscript')[]): 'array' | 'subscript' {
  if (previous?.word === 'ARRAY') return 'array';
  const before = previous ? text.slice(previous.start, previous.end) : '';
  if (open[open.length - 1] === 'array' && (before === '[' || before === ',')) return 'array';
  return 'subscript';
}

/** `:name` (pgtyped also `:name!`) at `colon`, unless it is part of `::`, `:=` or a slice. */
function colonParameter(
  text: string,
  colon: LexToken,
  name: LexToken | undefined,
  format: QueryFormat,
  expansions: ReadonlyMap<string, PgtypedExpansion>,
): Site | undefined {
  if (text[colon.start - 1] === ':' || text[colon.end] === ':' || text[colon.end] === '=') return undefined;
  if (name?.kind !== 'word' || name.start !== colon.end) return undefined;
  let end = name.end;
  // pgtyped's `:id!` marks a required parameter; `:id!=` is `:id` followed by `!=`.
  if (format === 'pgtyped' && text[end] === '!' && text[end + 1] !== '=') end++;
  const paramName = text.slice(name.start, name.end);
  const expansion = format === 'pgtyped' ? expansions.get(paramName) : undefined;
  return { start: colon.start, end, kind: 'param', name: paramName, ...(expansion ? { expansion } : {}) };
}

/** `sqlc.arg(x)` and its kin starting at tokens[i], with the index of its closing parenthesis. */
function sqlcCall(text: string, tokens: readonly LexToken[], i: number): { site: Site; last: number } | undefined {
  const [sqlc, dot, fn, open, arg, close] = tokens.slice(i, i + 6);
  if (!close) return undefined;
  if (text.slice(dot.start, dot.end) !== '.' || dot.start !== sqlc.end || fn.start !== dot.end) return undefined;
  if (fn.kind !== 'word' || !SQLC_FUNCTIONS.has(fn.word ?? '')) return undefined;
  if (text.slice(open.start, open.end) !== '(' || text.slice(close.start, close.end) !== ')') return undefined;
  const piece = text.slice(arg.start, arg.end);
  const name = argumentName(piece, arg);
  if (name === undefined || (fn.word === 'EMBED' && arg.kind === 'string')) return undefined;
  const span = { start: sqlc.start, end: close.end };
  // The table keeps its quotes: sqlc.embed("Order") is "Order".*.
  const site: Site = fn.word === 'EMBED' ? { ...span, kind: 'embed', table: piece } : { ...span, kind: 'param', name };
  return { site, last: i + 5 };
}

/** `name`, `'name'` or `"name"` as the name it gives. */
function argumentName(piece: string, token: LexToken): string | undefined {
  if (token.kind === 'word') return piece;
  if (token.kind === 'string' && piece.startsWith("'") && piece.endsWith("'") && piece.length >= 2) return piece.slice(1, -1).replace(/''/g, "'");
  if (token.kind === 'other' && piece.startsWith('"') && piece.endsWith('"') && piece.length >= 2) return piece.slice(1, -1).replace(/""/g, '"');
  return undefined;
}
