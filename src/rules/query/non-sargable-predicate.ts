// Queries: a comparison that wraps an indexed column in a function, cast or arithmetic.
import type { A_Expr, Node } from '@pgsql/types';
import type { CatalogColumn, CatalogIndex } from '../../core/catalog.js';
import type { ReviewedQuery } from '../../core/query-types.js';
import type { FindingDraft, Rule } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { displayName, quoteIdent } from '../../sql/names.js';
import { nodeAs } from '../../sql/index.js';
import { changedPredicates, queryLabel } from '../lib/queries.js';
import { columnRefsIn, type Scope } from '../../sql/query/query-levels.js';
import { resolveColumn, type ResolvedColumn } from '../../sql/query/column-resolution.js';
import { functionName, operatorName } from '../../sql/query/query-conditions.js';
import { bareColumn, btreeIndexesLeadingWith, matchingExpressionIndex } from '../../sql/query/index-match.js';
import { columnLabel, exprText } from '../../sql/query/expr-text.js';

const RANGE_OPS = new Set(['=', '<', '>', '<=', '>=']);
const ARITHMETIC = new Set(['+', '-', '*', '/', '%', '^']);

type Wrap = 'function' | 'cast' | 'arithmetic';

/** One side of a comparison that an index on a column could serve, and what it is compared with. */
interface Side {
  expr: Node;
  others: Node[];
  /** LIKE needs a pattern-capable btree (text_pattern_ops or the C collation) on the column. */
  like: boolean;
}

/** The column-bearing sides of an indexable comparison (`<>` and negations are never index conditions). */
function sides(node: Node): Side[] {
  const sub = nodeAs(node, 'SubLink');
  if (sub?.subLinkType === 'ANY_SUBLINK' && sub.testexpr && ['', '='].includes(operatorName(sub.operName))) {
    return [{ expr: sub.testexpr, others: [], like: false }];
  }
  const e = nodeAs(node, 'A_Expr');
  if (!e?.lexpr || !e.rexpr) return [];
  const op = operatorName(e.name);
  const listItems = (n: Node) => nodeAs(n, 'List')?.items ?? [n];
  switch (e.kind) {
    case 'AEXPR_OP':
      if (RANGE_OPS.has(op)) return [{ expr: e.lexpr, others: [e.rexpr], like: false }, { expr: e.rexpr, others: [e.lexpr], like: false }];
      if (op === '~~') return [{ expr: e.lexpr, others: [e.rexpr], like: true }];
      return [];
    case 'AEXPR_OP_ANY':
      return RANGE_OPS.has(op) ? [{ expr: e.lexpr, others: [e.rexpr], like: false }] : [];
    case 'AEXPR_IN':
      return op === '=' ? [{ expr: e.lexpr, others: listItems(e.rexpr), like: false }] : [];
    case 'AEXPR_BETWEEN':
    case 'AEXPR_BETWEEN_SYM':
      return [{ expr: e.lexpr, others: listItems(e.rexpr), like: false }];
    case 'AEXPR_LIKE':
      return op === '~~' ? [{ expr: e.lexpr, others: [e.rexpr], like: true }] : [];
    default:
      return [];
  }
}

/** How the side wraps its column; undefined for anything else (CASE, JSON operators, ...). */
function wrapKind(expr: Node): Wrap | undefined {
  const call = nodeAs(expr, 'FuncCall');
  if (call) return call.over || call.agg_star ? undefined : 'function';
  if (nodeAs(expr, 'CoalesceExpr')) return 'function';
  if (nodeAs(expr, 'TypeCast')) return 'cast';
  const op = nodeAs(expr, 'A_Expr') as A_Expr | undefined;
  if (op?.kind === 'AEXPR_OP' && ARITHMETIC.has(operatorName(op.name))) return 'arithmetic';
  return undefined;
}

/** Columns of the side, all from one FROM item; undefined when any reference is unresolved or they span items. */
function wrappedColumns(expr: Node, scope: Scope): ResolvedColumn[] | undefined {
  const refs = columnRefsIn(expr);
  if (refs.length === 0) return undefined;
  const resolved = refs.map((r) => resolveColumn(r, scope));
  if (resolved.some((r) => r === undefined)) return undefined;
  const columns = resolved as ResolvedColumn[];
  return columns.every((c) => c.entry === columns[0].entry) ? columns : undefined;
}

/** True when the other side reads the same FROM item (no index lookup can serve `a + b > 0`) or cannot be resolved. */
function otherSideBlocks(others: Node[], columns: ResolvedColumn[], scope: Scope): boolean {
  for (const ref of others.flatMap((o) => columnRefsIn(o))) {
    const r = resolveColumn(ref, scope);
    if (!r || r.entry === columns[0].entry) return true;
  }
  return false;
}

function servesLike(index: CatalogIndex): boolean {
  return /_pattern_ops$/.test(index.opclasses[0] ?? '') || ['C', 'POSIX'].includes(index.collations[0] ?? '');
}

// Time types whose casts and truncations are only stable (time zone dependent): no expression index takes them.
const TIME_TYPES = new Set(['timestamptz', 'timestamp', 'date']);
const CASE_FUNCTIONS = new Set(['lower', 'upper']);

interface HelpInput {
  wrap: Wrap;
  /** The wrapped expression with bare column names, as an index definition would write it. */
  expr: string;
  fn?: string;
  column: CatalogColumn;
  table: string;
  index: CatalogIndex;
}

function helpFor({ wrap, expr, fn, column, table, index }: HelpInput): string {
  const col = quoteIdent(column.name);
  const expressionIndex = `or add an expression index on exactly that expression: CREATE INDEX CONCURRENTLY ON ${table} ((${expr}));`;
  const truncates = fn === 'date_trunc' || fn === 'date' || (wrap === 'cast' && /::date$/.test(expr));
  if (TIME_TYPES.has(column.typeName) && truncates) {
    // created_at::date = $1 and date_trunc('day', created_at) = $1 are ranges of the bare column.
    return `Compare ${col} itself with a range, e.g. ${col} >= $1 AND ${col} < $1 + interval '1 day', which ${index.name} serves.`;
  }
  if (wrap === 'arithmetic') {
    return `Move the arithmetic to the other side (\`${col} > $1 - 1\` rather than \`${col} + 1 > $1\`) so ${index.name} can serve ${col}; ${expressionIndex}`;
  }
  if (wrap === 'cast') {
    return `Cast the other side to the column's type (${column.type}) instead, so ${index.name} can serve ${col}; ${expressionIndex}`;
  }
  if (fn && CASE_FUNCTIONS.has(fn)) {
    return `Store ${col} normalized (or as citext) and compare it directly, so ${index.name} serves it; ${expressionIndex}`;
  }
  return `Compare the bare column ${col} so ${index.name} serves it; ${expressionIndex}`;
}

/** The finding for one side of a comparison, when it wraps an indexed column no expression index covers. */
function judge(q: ReviewedQuery, side: Side, scope: Scope): FindingDraft | undefined {
  if (bareColumn(side.expr, scope)) return undefined;
  const wrap = wrapKind(side.expr);
  const columns = wrap ? wrappedColumns(side.expr, scope) : undefined;
  const table = columns?.[0].entry.catalogTable;
  if (!wrap || !columns || !table || otherSideBlocks(side.others, columns, scope)) return undefined;
  if (matchingExpressionIndex(table, side.expr)) return undefined;
  for (const resolved of columns) {
    const index = btreeIndexesLeadingWith(table, resolved.column).find((i) => !side.like || servesLike(i));
    if (!index || !resolved.catalogColumn) continue;
    const column = columnLabel(resolved);
    const name = displayName(`${table.schema}.${table.name}`);
    return {
      file: q.file,
      statement: q.statement,
      message:
        `${queryLabel(q)}: \`${exprText(side.expr)}\` wraps ${column} in a ${wrap === 'arithmetic' ? 'calculation' : wrap}, so index ` +
        `${index.name} on ${column} cannot serve the condition and no expression index matches it: PostgreSQL computes it ` +
        `for every row of ${name}.`,
      help: helpFor({
        wrap,
        expr: exprText(side.expr, { bareColumns: true }),
        fn: functionName(side.expr),
        column: resolved.catalogColumn,
        table: name,
        index,
      }),
      verified: 'static',
    };
  }
  return undefined;
}

export const nonSargablePredicate: Rule = {
  meta: {
    id: 'non-sargable-predicate',
    layer: 'query',
    severity: 'warning',
    summary: 'A function, cast or arithmetic on an indexed column in WHERE or JOIN ON, with no matching expression index.',
    why:
      'A btree index stores the column\'s values, so PostgreSQL can use it only for conditions of the form ' +
      '`column operator value`. Once the column is wrapped, as in lower(email) = $1, created_at::date = $1 or ' +
      'id + 1 = $1, the index on the bare column no longer matches and the planner falls back to reading the ' +
      'whole table (or the whole index) and computing the expression for every row. Either compare the bare ' +
      'column, moving the function or arithmetic to the other side, or create an index on the exact expression.',
    bad: '-- name: FindUserByEmail :one\nSELECT id, email FROM users\nWHERE lower(email) = lower($1);',
    good: '-- name: FindUserByEmail :one\nSELECT id, email FROM users\nWHERE email = $1;',
    setup:
      'CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);\n' +
      'CREATE UNIQUE INDEX users_email_key ON users (email);',
    references: [`${POSTGRES_DOCS_URL}/indexes-expressional.html`, `${POSTGRES_DOCS_URL}/indexes-types.html#INDEXES-TYPES-BTREE`],
    fixable: false,
    needs: ['catalog'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    const seen = new Set<string>();
    for (const { query: q, level, node } of changedPredicates(ctx)) {
      for (const side of sides(node)) {
        const finding = judge(q, side, level.scope);
        // Once per message in each query.
        const key = `${q.file}:${q.statement.span.start}:${finding?.message}`;
        if (!finding || seen.has(key)) continue;
        seen.add(key);
        out.push(finding);
      }
    }
    return out;
  },
};
