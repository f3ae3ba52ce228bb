// Queries: ORDER BY random(), which sorts every candidate row to pick a few.
import type { Node } from '@pgsql/types';
import type { FindingDraft, Rule } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { nodeAs } from '../../sql/index.js';
import { changedQueries, queryLabel } from '../lib/queries.js';
import { forEachLevel } from '../../sql/query/query-levels.js';
import { functionName } from '../../sql/query/query-conditions.js';
import { entryLabel } from '../../sql/query/expr-text.js';
import { queryScope } from '../../sql/names.js';

function ordersByRandom(sortClause: Node[] | undefined): boolean {
  return (sortClause ?? []).some((s) => {
    const by = nodeAs(s, 'SortBy');
    return functionName(by?.node) === 'random' && (nodeAs(by?.node, 'FuncCall')?.args?.length ?? 0) === 0;
  });
}

export const orderByRandom: Rule = {
  meta: {
    id: 'order-by-random',
    layer: 'query',
    severity: 'warning',
    summary: 'ORDER BY random(): every matching row is read and sorted to return a few random ones.',
    why:
      'random() has no index and a new value per row, so for ORDER BY random() LIMIT n PostgreSQL must read every ' +
      'row that passes the WHERE clause, call random() for each and sort them all (a top-N heapsort for a LIMIT) ' +
      'before it can return the first one. The cost is that of a full scan whatever the LIMIT, and grows with the ' +
      'table. TABLESAMPLE reads only a fraction of the table\'s pages or rows, and a random key probe (id >= a ' +
      'random value, ORDER BY id LIMIT 1) reads one index entry.',
    bad: '-- name: RandomProducts :many\nSELECT id, name FROM products\nORDER BY random()\nLIMIT $1;',
    good: '-- name: RandomProducts :many\nSELECT id, name FROM products TABLESAMPLE SYSTEM (1)\nLIMIT $1;',
    setup: 'CREATE TABLE products (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);',
    references: [`${POSTGRES_DOCS_URL}/sql-select.html#SQL-FROM`, `${POSTGRES_DOCS_URL}/tsm-system-rows.html`],
    fixable: false,
    needs: [],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const { query: q, ast } of changedQueries(ctx)) {
      forEachLevel(ast, queryScope(q), (level) => {
        if (!ordersByRandom(level.select?.sortClause)) return;
        const from = level.scope.entries.map(entryLabel).join(', ');
        out.push({
          file: q.file,
          statement: q.statement,
          message:
            `${queryLabel(q)}: ORDER BY random() makes PostgreSQL read every matching row${from ? ` of ${from}` : ''}, ` +
            'give each a random number and sort them all, however few it returns.',
          help:
            'Sample instead: FROM t TABLESAMPLE SYSTEM (percent) or BERNOULLI (percent) reads a fraction of the table ' +
            '(tsm_system_rows gives a fixed row count); or probe a random key: WHERE id >= (SELECT floor(random() * max(id)) FROM t) ORDER BY id LIMIT 1.',
          verified: 'static',
        });
      });
    }
    return out;
  },
};
