// Queries: an UPDATE or DELETE that changes every row of its table.
import type { Node, RangeVar } from '@pgsql/types';
import type { FindingDraft, Rule } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { displayName, resolveTable, type NameScope } from '../../sql/names.js';
import { walk } from '../../sql/index.js';
import { changedQueries, queryLabel } from '../lib/queries.js';

interface Unbounded {
  verb: 'UPDATE' | 'DELETE';
  table: string;
}

/**
 * A FROM/USING list made only of CTEs or subqueries acts as the condition (river's
 * `DELETE FROM river_leader USING notified_resignations` deletes only when the CTE found a row).
 */
function joinsOnlyDerivedRows(from: Node[] | undefined, scope: NameScope): boolean {
  if (!from || from.length === 0) return false;
  let table = false;
  walk(from, (kind, body) => {
    if (kind === 'RangeVar' && scope.before.tables[resolveTable(undefined, scope, body as RangeVar) ?? '']) table = true;
    if (kind === 'SelectStmt') return false;
  });
  return !table;
}

/** UPDATE and DELETE statements without WHERE, including those inside WITH. */
function unbounded(ast: Node, scope: NameScope): Unbounded[] {
  const out: Unbounded[] = [];
  walk(ast, (kind, body) => {
    if (kind !== 'UpdateStmt' && kind !== 'DeleteStmt') return;
    const stmt = body as { relation?: RangeVar; whereClause?: Node; fromClause?: Node[]; usingClause?: Node[] };
    const table = resolveTable(undefined, scope, stmt.relation);
    // WHERE CURRENT OF is a whereClause too: it changes one row.
    if (stmt.whereClause || !table || joinsOnlyDerivedRows(stmt.fromClause ?? stmt.usingClause, scope)) return;
    out.push({ verb: kind === 'UpdateStmt' ? 'UPDATE' : 'DELETE', table });
  });
  return out;
}

export const updateDeleteWithoutWhere: Rule = {
  meta: {
    id: 'update-delete-without-where',
    layer: 'query',
    severity: 'error',
    summary: 'An UPDATE or DELETE with no WHERE clause: it changes every row of the table.',
    why:
      'Without a WHERE clause PostgreSQL applies an UPDATE or DELETE to every row of the table (a FROM or USING ' +
      'list without WHERE even joins every row to every other). An UPDATE writes a new version of each row, ' +
      'so the table and its indexes double in size until vacuum catches up, and both hold a lock on every row ' +
      'until they commit. In application code this is almost always a lost condition; when emptying a table ' +
      'is the intent, TRUNCATE does it at once without visiting rows.',
    bad: '-- name: DeactivateUser :exec\nUPDATE users SET active = false;',
    good: '-- name: DeactivateUser :exec\nUPDATE users SET active = false\nWHERE id = $1;',
    setup: 'CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL, active boolean NOT NULL DEFAULT true);',
    references: [`${POSTGRES_DOCS_URL}/sql-update.html`, `${POSTGRES_DOCS_URL}/sql-delete.html`, `${POSTGRES_DOCS_URL}/sql-truncate.html`],
    fixable: false,
    needs: ['catalog'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const { query: q, ast } of changedQueries(ctx)) {
      for (const { verb, table } of unbounded(ast, { before: q.catalog, trace: { searchPath: q.searchPath } })) {
        if (q.origin === 'migration') {
          // A migration's UPDATE without WHERE is a backfill (data-migration's business); a DELETE
          // of a table the migration itself just created has nothing to delete.
          if (verb === 'UPDATE' || !q.catalog.tables[table]) continue;
        }
        const name = displayName(table);
        out.push({
          file: q.file,
          statement: q.statement,
          message: `${queryLabel(q)}: ${verb === 'DELETE' ? 'DELETE FROM' : 'UPDATE'} ${name} has no WHERE clause, so it ${verb === 'UPDATE' ? 'rewrites' : 'deletes'} every row of ${name}.`,
          help:
            verb === 'UPDATE'
              ? `Add the WHERE clause that selects the rows to change (e.g. WHERE id = $1).`
              : `Add the WHERE clause that selects the rows to delete (e.g. WHERE id = $1); to empty the table on purpose, write TRUNCATE ${name}, which says so and does not visit each row.`,
          verified: 'static',
        });
      }
    }
    return out;
  },
};
