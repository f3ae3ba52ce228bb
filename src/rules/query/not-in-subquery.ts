// Queries: NOT IN (SELECT ...), which a NULL turns into "no rows" and the planner cannot make an anti-join.
import type { Node, SubLink } from '@pgsql/types';
import type { FindingDraft, Rule } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { nodeAs } from '../../sql/index.js';
import { changedQueries, queryLabel } from '../lib/queries.js';
import { forEachLevel, type QueryLevel, rootLevel } from '../../sql/query/query-levels.js';
import { resolveColumn } from '../../sql/query/column-resolution.js';
import { operatorName } from '../../sql/query/query-conditions.js';
import { columnLabel, entryLabel, exprText } from '../../sql/query/expr-text.js';
import { queryScope } from '../../sql/names.js';

/** `x NOT IN (SELECT ...)` (NOT over `= ANY`) or its spelling `x <> ALL (SELECT ...)`. */
function notInSubquery(node: Node): SubLink | undefined {
  const bool = nodeAs(node, 'BoolExpr');
  if (bool?.boolop === 'NOT_EXPR' && bool.args?.length === 1) {
    const sub = nodeAs(bool.args[0], 'SubLink');
    if (sub?.subLinkType === 'ANY_SUBLINK' && ['', '='].includes(operatorName(sub.operName))) return sub;
  }
  const sub = nodeAs(node, 'SubLink');
  if (sub?.subLinkType === 'ALL_SUBLINK' && operatorName(sub.operName) === '<>') return sub;
  return undefined;
}

/** The NOT IN expressions of a level's own clauses (BoolExpr nodes anywhere outside its subqueries). */
function notIns(level: QueryLevel): SubLink[] {
  const out: SubLink[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    const node = value as Node;
    const found = notInSubquery(node);
    if (found) {
      out.push(found);
      if (found.testexpr) visit(found.testexpr);
      return;
    }
    // Subqueries are levels of their own and get their own visit.
    if (nodeAs(node, 'SubLink') || ['SelectStmt', 'UpdateStmt', 'DeleteStmt', 'InsertStmt'].some((k) => k in node)) return;
    for (const child of Object.values(value)) visit(child);
  };
  for (const [key, value] of Object.entries(level.body)) {
    if (key === 'larg' || key === 'rarg' || key === 'withClause' || key === 'selectStmt') continue;
    visit(value);
  }
  return out;
}

/** When the subquery returns one column of a known table, what its nullability means here. */
function nullNote(level: QueryLevel | undefined): string | undefined {
  const targets = level?.select?.targetList ?? [];
  const ref = nodeAs(nodeAs(targets[0], 'ResTarget')?.val, 'ColumnRef');
  const resolved = ref && targets.length === 1 && level ? resolveColumn(ref, level.scope) : undefined;
  if (!resolved?.catalogColumn) return undefined;
  return resolved.catalogColumn.notNull
    ? `${columnLabel(resolved)} is NOT NULL, so no NULL can hide the rows today, but the plan is still a subplan`
    : `${columnLabel(resolved)} is nullable: a single NULL in it makes NOT IN return no rows at all`;
}

export const notInSubqueryRule: Rule = {
  meta: {
    id: 'not-in-subquery',
    layer: 'query',
    severity: 'warning',
    summary: 'NOT IN (subquery): wrong answers when the subquery yields NULL, and no anti-join plan; use NOT EXISTS.',
    why:
      'x NOT IN (SELECT y ...) is true only when x differs from every y, and a comparison with NULL is unknown: ' +
      'one NULL among the y values makes the whole condition unknown for every row, so the query silently returns ' +
      'nothing. Because of that rule PostgreSQL cannot turn NOT IN into an anti-join; it runs the subquery as a ' +
      'subplan, hashed when the result fits in work_mem and otherwise re-scanned for every outer row. ' +
      'NOT EXISTS (SELECT 1 ... WHERE y = x) has the expected meaning and is planned as an anti-join.',
    bad: '-- name: UsersWithoutOrders :many\nSELECT id FROM users\nWHERE id NOT IN (SELECT user_id FROM orders);',
    good: '-- name: UsersWithoutOrders :many\nSELECT u.id FROM users u\nWHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.user_id = u.id);',
    setup:
      'CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);\n' +
      'CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, user_id bigint REFERENCES users);\n' +
      'CREATE INDEX orders_user_id_idx ON orders (user_id);',
    references: [`${POSTGRES_DOCS_URL}/functions-subquery.html`, `${POSTGRES_DOCS_URL}/functions-comparison.html`],
    fixable: false,
    needs: ['catalog'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const { query: q, ast } of changedQueries(ctx)) {
      forEachLevel(ast, queryScope(q), (level) => {
        for (const sub of notIns(level)) {
          const tested = exprText(sub.testexpr);
          const inner = sub.subselect ? rootLevel(sub.subselect, queryScope(q), level.scope) : undefined;
          const from = inner?.scope.entries.map(entryLabel).join(', ');
          const note = nullNote(inner);
          out.push({
            file: q.file,
            statement: q.statement,
            message:
              `${queryLabel(q)}: ${tested} NOT IN (SELECT ...${from ? ` FROM ${from}` : ''}) returns no rows when the subquery ` +
              `yields a NULL, and PostgreSQL cannot plan it as an anti-join${note ? ` (${note})` : ''}.`,
            help: `Write NOT EXISTS (SELECT 1 FROM ... WHERE <subquery column> = ${tested}) instead: it ignores NULLs the way the query means and is planned as an anti-join.`,
            verified: 'static',
          });
        }
      });
    }
    return out;
  },
};
