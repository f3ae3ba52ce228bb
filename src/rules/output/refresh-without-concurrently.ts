// Layer 4: REFRESH MATERIALIZED VIEW without CONCURRENTLY on a view that serves reads in production.
import type { CatalogIndex, CatalogTable } from '../../core/catalog.js';
import type { FindingDraft, Rule } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { existedBefore, tableBefore } from '../lib/base-tables.js';
import { parsedStatements } from '../lib/statements.js';
import { statementFix } from '../fixes/statement-fix.js';
import { nodeAs } from '../../sql/ast.js';
import { displayName, quoteIdent, resolveTable } from '../../sql/names.js';
import { heldOn, locksHeldDuring, holdDuration } from '../lib/locks.js';

const REFRESH = /^(REFRESH\s+MATERIALIZED\s+VIEW)(?=\s)/i;

/** An index REFRESH ... CONCURRENTLY accepts: unique, valid, on plain columns only, no WHERE clause. */
export function refreshIndex(view: CatalogTable | undefined): CatalogIndex | undefined {
  return view?.indexes.find((i) => i.unique && i.valid && i.predicate === null && i.columns.length > 0 && i.columns.every((c) => c !== null));
}

export const refreshWithoutConcurrently: Rule = {
  meta: {
    id: 'refresh-without-concurrently',
    layer: 'output',
    severity: 'warning',
    summary: 'REFRESH MATERIALIZED VIEW without CONCURRENTLY (blocks reads).',
    why:
      'A plain REFRESH MATERIALIZED VIEW recomputes the view under an ACCESS EXCLUSIVE lock: every SELECT on the view waits ' +
      'until the query behind it has run completely (and until commit inside a transaction). REFRESH ... CONCURRENTLY ' +
      'computes the new contents beside the old ones and applies the difference under EXCLUSIVE, which lets reads ' +
      'continue; it needs a unique index on plain columns of the view, with no WHERE clause, and a view that has been ' +
      'populated once.',
    bad: 'REFRESH MATERIALIZED VIEW order_totals;',
    good: 'REFRESH MATERIALIZED VIEW CONCURRENTLY order_totals;',
    setup:
      'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL, total_cents integer NOT NULL);\n' +
      'CREATE MATERIALIZED VIEW order_totals AS SELECT user_id, sum(total_cents) AS total_cents FROM orders GROUP BY user_id;\n' +
      'CREATE UNIQUE INDEX order_totals_user_id_key ON order_totals (user_id);\n',
    references: [`${POSTGRES_DOCS_URL}/sql-refreshmaterializedview.html`, `${POSTGRES_DOCS_URL}/explicit-locking.html#LOCKING-TABLES`],
    fixable: true,
    needs: ['catalog', 'trace'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      const refresh = nodeAs(ast, 'RefreshMatViewStmt');
      const view = resolveTable(ctx, reviewed, refresh?.relation);
      // WITH NO DATA empties the view at once; CONCURRENTLY cannot do that anyway.
      if (!refresh || refresh.concurrent || refresh.skipData || !view || !existedBefore(ctx, view, reviewed)) continue;
      const name = displayName(view);
      const own = heldOn(locksHeldDuring(file, reviewed), view);
      const message =
        `REFRESH MATERIALIZED VIEW ${name} holds ACCESS EXCLUSIVE on the view: every read of ${name} waits ` +
        `${holdDuration(reviewed.inTransaction, 'while its query runs to completion')}.`;
      const index = refreshIndex(tableBefore(ctx, view, reviewed));
      let help: string;
      let fix: FindingDraft['fix'];
      if (index) {
        help =
          `Use REFRESH MATERIALIZED VIEW CONCURRENTLY ${name}: reads continue while it runs (it can run in a transaction; ` +
          `it uses the unique index ${quoteIdent(index.name)} to apply the changes).`;
        if (REFRESH.test(statement.text)) {
          fix = statementFix(file, statement, statement.text.replace(REFRESH, '$1 CONCURRENTLY'), 'Refresh with CONCURRENTLY');
        }
      } else {
        help =
          `REFRESH ... CONCURRENTLY lets reads continue, but ${name} has no unique index on plain columns without a WHERE clause, ` +
          `which it needs: create one first (CREATE UNIQUE INDEX CONCURRENTLY ... ON ${name} (...)), then refresh CONCURRENTLY.`;
      }
      out.push({ file: file.source.path, statement, message, help, fix, verified: own?.mode === 'AccessExclusiveLock' && own.traced ? 'trace' : 'static' });
    }
    return out;
  },
};
