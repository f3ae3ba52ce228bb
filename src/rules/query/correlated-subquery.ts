// Queries: a subquery in the SELECT list that reads the outer row, so it runs once per row.
import type { SubLink } from '@pgsql/types';
import type { FindingDraft, Rule } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { quoteIdent, queryScope, type NameScope } from '../../sql/names.js';
import { nodeAs } from '../../sql/index.js';
import { changedQueries, queryLabel } from '../lib/queries.js';
import { forEachLevel, levelColumnRefs, type Scope, subLinksIn } from '../../sql/query/query-levels.js';
import { columnRefParts, resolveColumn } from '../../sql/query/column-resolution.js';
import { atMostOneRow } from '../../sql/query/at-most-one-row.js';
import { entryLabel } from '../../sql/query/expr-text.js';

interface Correlation {
  /** Outer references as written (`u.id`). */
  refs: string[];
  /** The subquery's own FROM items. */
  tables: string[];
  /** Whether it reads a relation at all: a FROM-less `(SELECT f(outer.col))` is only an expression. */
  readsRelation: boolean;
}

/** The outer columns a subquery reads, resolved as PostgreSQL would; none means it runs once. */
function correlation(sub: SubLink, outer: Scope, names: NameScope): Correlation {
  const inside = new Set<Scope>();
  const refs = new Set<string>();
  let tables: string[] = [];
  let readsRelation = false;
  if (!sub.subselect) return { refs: [], tables, readsRelation };
  forEachLevel(
    sub.subselect,
    names,
    (level) => {
      if (inside.size === 0) tables = level.scope.entries.map(entryLabel);
      inside.add(level.scope);
      if (level.scope.entries.some((e) => e.kind === 'table' || e.kind === 'cte')) readsRelation = true;
      for (const ref of levelColumnRefs(level)) {
        const resolved = resolveColumn(ref, level.scope);
        if (resolved && !inside.has(resolved.entry.scope)) refs.add(columnRefParts(ref).map(quoteIdent).join('.'));
      }
    },
    outer,
  );
  return { refs: [...refs], tables, readsRelation };
}

export const correlatedSubquery: Rule = {
  meta: {
    id: 'correlated-subquery',
    layer: 'query',
    severity: 'notice',
    summary: 'A subquery in the SELECT list that reads the outer row: it runs once per row (N+1 inside SQL).',
    why:
      'PostgreSQL plans a scalar or ARRAY subquery of the select list that refers to the outer query as a SubPlan ' +
      'and executes it again for every row the outer query returns: a thousand rows mean a thousand index ' +
      'lookups or, without an index, a thousand scans. Aggregating the inner table once and joining the result ' +
      '(or a LEFT JOIN with GROUP BY) lets the planner use a hash or merge join over both sets in one pass.',
    bad:
      '-- name: UsersWithOrderCount :many\nSELECT u.id,\n       (SELECT count(*) FROM orders o WHERE o.user_id = u.id) AS order_count\nFROM users u;',
    good:
      '-- name: UsersWithOrderCount :many\nSELECT u.id, coalesce(o.order_count, 0) AS order_count\nFROM users u\n' +
      'LEFT JOIN (SELECT user_id, count(*) AS order_count FROM orders GROUP BY user_id) o ON o.user_id = u.id;',
    setup:
      'CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);\n' +
      'CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, user_id bigint NOT NULL REFERENCES users);\n' +
      'CREATE INDEX orders_user_id_idx ON orders (user_id);',
    references: [`${POSTGRES_DOCS_URL}/sql-expressions.html#SQL-SYNTAX-SCALAR-SUBQUERIES`, `${POSTGRES_DOCS_URL}/using-explain.html`],
    fixable: false,
    needs: ['catalog'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const { query: q, ast } of changedQueries(ctx)) {
      forEachLevel(ast, queryScope(q), (level) => {
        // One outer row means one run: a get-by-id with a count is not N+1.
        if (level.kind !== 'select' || level.setOperation || atMostOneRow(level)) return;
        for (const t of level.select?.targetList ?? []) {
          const target = nodeAs(t, 'ResTarget');
          const found = subLinksIn(target?.val)
            .filter((sub) => sub.subLinkType === 'EXPR_SUBLINK' || sub.subLinkType === 'ARRAY_SUBLINK')
            .map((sub) => ({ sub, ...correlation(sub, level.scope, queryScope(q)) }))
            .filter((c) => c.refs.length > 0 && c.readsRelation);
          if (found.length === 0) continue;
          const what = found.every((c) => c.sub.subLinkType === 'ARRAY_SUBLINK') ? 'ARRAY(SELECT ...)' : 'subquery';
          const tables = [...new Set(found.flatMap((c) => c.tables))];
          const refs = [...new Set(found.flatMap((c) => c.refs))];
          const column = target?.name ? ` (column ${quoteIdent(target.name)})` : '';
          out.push({
            file: q.file,
            statement: q.statement,
            message:
              `${queryLabel(q)}: the ${found.length > 1 ? (what === 'subquery' ? 'subqueries' : `${what}s`) : what}${tables.length ? ` on ${tables.join(', ')}` : ''} in the select ` +
              `list${column} read${found.length > 1 ? '' : 's'} ${refs.join(', ')} of the outer query, so PostgreSQL runs ` +
              `${found.length > 1 ? 'them' : 'it'} again for every row returned.`,
            help:
              'Aggregate once and join: LEFT JOIN (SELECT key, count(*) ... GROUP BY key) s ON s.key = outer.key, or a ' +
              'LEFT JOIN with GROUP BY on the outer query; keep the subquery only when few rows are returned and an index serves it.',
            verified: 'static',
          });
        }
      });
    }
    return out;
  },
};
