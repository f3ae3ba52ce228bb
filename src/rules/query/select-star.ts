// Queries: SELECT * in an application query's result.
import type { FindingDraft, Rule } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { quoteIdent, queryScope } from '../../sql/names.js';
import { nodeAs } from '../../sql/index.js';
import { changedQueries, queryLabel } from '../lib/queries.js';
import { forEachLevel, type RangeEntry } from '../../sql/query/query-levels.js';
import { columnRefParts, starEntries } from '../../sql/query/column-resolution.js';
import { entryLabel } from '../../sql/query/expr-text.js';

/** A star over this item follows the schema: a table, or a subquery/CTE that itself selects *. */
function followsSchema(entry: RangeEntry): boolean {
  return entry.kind === 'table' || ((entry.kind === 'cte' || entry.kind === 'subquery') && entry.columns === undefined);
}

export const selectStar: Rule = {
  meta: {
    id: 'select-star',
    layer: 'query',
    severity: 'notice',
    summary: 'SELECT * in an application query.',
    why:
      'PostgreSQL expands * when the query is planned, into every column the table has at that moment. A column ' +
      'added by a later migration then reaches the application unasked (a wide text or jsonb column is read, ' +
      'detoasted and sent on every call), a dropped or reordered column breaks code that reads by position, and ' +
      'an index-only scan is impossible because the query needs every column. Naming the columns keeps the ' +
      'result stable and the data read minimal.',
    bad: '-- name: GetUser :one\nSELECT * FROM users\nWHERE id = $1;',
    good: '-- name: GetUser :one\nSELECT id, email FROM users\nWHERE id = $1;',
    setup: 'CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);',
    references: [`${POSTGRES_DOCS_URL}/queries-select-lists.html`, `${POSTGRES_DOCS_URL}/indexes-index-only-scans.html`],
    fixable: false,
    needs: ['catalog'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const { query: q, ast } of changedQueries(ctx, 'query-file')) {
      const stars: string[] = [];
      const entries: RangeEntry[] = [];
      forEachLevel(ast, queryScope(q), (level) => {
        if (!level.output || level.kind !== 'select' || level.setOperation) return;
        for (const t of level.select?.targetList ?? []) {
          const ref = nodeAs(nodeAs(t, 'ResTarget')?.val, 'ColumnRef');
          const covered = ref ? starEntries(ref, level.scope).filter(followsSchema) : [];
          if (!ref || covered.length === 0) continue;
          stars.push(columnRefParts(ref).map((p) => (p === '*' ? p : quoteIdent(p))).join('.'));
          for (const e of covered) if (!entries.some((x) => entryLabel(x) === entryLabel(e))) entries.push(e);
        }
      });
      if (stars.length === 0) continue;
      const known = entries.length === 1 ? entries[0].catalogTable : undefined;
      const columns = known?.columns.map((c) => quoteIdent(c.name)).join(', ');
      out.push({
        file: q.file,
        statement: q.statement,
        message:
          `${queryLabel(q)} selects ${[...new Set(stars)].join(', ')} from ${entries.map(entryLabel).join(', ')}: its result ` +
          'changes with every migration of the table, and it reads every column, wide ones included.',
        help: columns
          ? `Name the columns the application reads, e.g. SELECT ${columns} FROM ${entryLabel(entries[0])} (dropping those it does not use).`
          : 'Name the columns the application reads.',
        verified: 'static',
      });
    }
    return out;
  },
};
