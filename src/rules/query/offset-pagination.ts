// Queries: OFFSET-based pagination, whose cost grows with the page number.
import type { FindingDraft, Rule } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { nodeAs } from '../../sql/index.js';
import { changedQueries, queryLabel } from '../lib/queries.js';
import { forEachLevel } from '../../sql/query/query-levels.js';
import { isZeroConstant } from '../../sql/query/query-conditions.js';
import { entryLabel, exprText } from '../../sql/query/expr-text.js';
import { queryScope } from '../../sql/names.js';

export const offsetPagination: Rule = {
  meta: {
    id: 'offset-pagination',
    layer: 'query',
    severity: 'notice',
    summary: 'OFFSET-based pagination: every page reads and discards all rows before it.',
    why:
      'OFFSET n does not skip rows: PostgreSQL produces the first n rows in order and throws them away, so page ' +
      '1000 costs a thousand pages of work and deep pages get slower as the table grows. Rows inserted or deleted ' +
      'between requests also shift the pages, so users see duplicates or miss rows. Keyset (seek) pagination ' +
      'remembers the last row\'s sort key and asks for the rows after it, which an index on the sort key serves ' +
      'at the same cost for every page.',
    bad: '-- name: ListOrders :many\nSELECT id, placed_at FROM orders\nORDER BY placed_at DESC, id DESC\nLIMIT $1 OFFSET $2;',
    good:
      '-- name: ListOrders :many\nSELECT id, placed_at FROM orders\nWHERE (placed_at, id) < ($2, $3)\n' +
      'ORDER BY placed_at DESC, id DESC\nLIMIT $1;',
    setup:
      'CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, placed_at timestamptz NOT NULL);\n' +
      'CREATE INDEX orders_placed_at_id_idx ON orders (placed_at, id);',
    references: [`${POSTGRES_DOCS_URL}/queries-limit.html`, `${POSTGRES_DOCS_URL}/functions-comparisons.html#ROW-WISE-COMPARISON`],
    fixable: false,
    needs: [],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const { query: q, ast } of changedQueries(ctx, 'query-file')) {
      forEachLevel(ast, queryScope(q), (level) => {
        const offset = level.select?.limitOffset;
        // OFFSET 0 is the classic optimisation fence, not a page; OFFSET NULL means no offset.
        if (!offset || isZeroConstant(offset) || nodeAs(offset, 'A_Const')?.isnull) return;
        const from = level.scope.entries.map(entryLabel).join(', ');
        const keys = (level.select?.sortClause ?? []).map((s) => exprText(nodeAs(s, 'SortBy')?.node));
        out.push({
          file: q.file,
          statement: q.statement,
          message:
            `${queryLabel(q)}: OFFSET ${exprText(offset)} makes PostgreSQL produce and discard every skipped row` +
            `${from ? ` of ${from}` : ''}, so each page costs more than the one before.`,
          help:
            keys.length > 0
              ? `Paginate by key: return the last row's (${keys.join(', ')}) with each page and ask for the rows after it ` +
                `with WHERE (${keys.join(', ')}) > (...) (< for DESC) and the same ORDER BY and LIMIT, served by an index on (${keys.join(', ')}).`
              : 'Paginate by key: ORDER BY a unique key, return the last key with each page and ask for WHERE key > $last ... LIMIT n.',
          verified: 'static',
        });
      });
    }
    return out;
  },
};
