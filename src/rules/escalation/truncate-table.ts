// Layer 5: TRUNCATE of a table that existed before the pull request.
import type { Catalog } from '../../core/catalog.js';
import type { FindingDraft, Rule } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { existedBefore } from '../lib/base-tables.js';
import { parsedStatements } from '../lib/statements.js';
import { nodeAs } from '../../sql/ast.js';
import { displayName, resolveTable } from '../../sql/names.js';
import { holdDuration, lockName, tracedLockOn } from '../lib/locks.js';

/** Tables whose foreign keys reference `tables`, transitively (what TRUNCATE ... CASCADE empties too). */
function referencingTables(catalog: Catalog, tables: string[]): string[] {
  const seen = new Set(tables);
  const out: string[] = [];
  for (let i = 0; i < tables.length + out.length; i++) {
    const target = i < tables.length ? tables[i] : out[i - tables.length];
    for (const [name, t] of Object.entries(catalog.tables)) {
      if (seen.has(name)) continue;
      if (t.constraints.some((c) => c.kind === 'foreign' && c.references?.table === target)) {
        seen.add(name);
        out.push(name);
      }
    }
  }
  return out;
}

export const truncateTable: Rule = {
  meta: {
    id: 'truncate-table',
    layer: 'escalation',
    severity: 'escalate',
    summary: 'TRUNCATE of an existing table.',
    why:
      'TRUNCATE deletes every row at once, without scanning and without firing ON DELETE triggers; only a backup brings ' +
      'the data back. It takes ACCESS EXCLUSIVE on each table, blocking reads and writes until commit. With CASCADE ' +
      'it also empties every table whose foreign keys reference it, transitively; without CASCADE it fails when such ' +
      'tables exist. Whether the data may go is a decision for a person.',
    setup: 'CREATE TABLE audit_log (id bigint PRIMARY KEY, created_at timestamptz NOT NULL, payload jsonb);',
    bad: 'TRUNCATE audit_log;',
    good:
      '-- delete old rows in batches from a job outside the migration instead, e.g.\n' +
      "-- DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log WHERE created_at < now() - interval '90 days' LIMIT 10000);\n" +
      "COMMENT ON TABLE audit_log IS 'rows older than 90 days are purged by the retention job';",
    references: [`${POSTGRES_DOCS_URL}/sql-truncate.html`, `${POSTGRES_DOCS_URL}/explicit-locking.html#LOCKING-TABLES`],
    fixable: false,
    needs: ['catalog'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      const truncate = nodeAs(ast, 'TruncateStmt');
      if (!truncate) continue;
      const named = (truncate.relations ?? []).map((r) => resolveTable(ctx, reviewed, r)).filter((t) => t !== undefined);
      const existing = named.filter((t) => existedBefore(ctx, t, reviewed));
      if (existing.length === 0) continue;
      const catalog = reviewed.before.tables[existing[0]] ? reviewed.before : ctx.baseCatalog;
      const dependents = referencingTables(catalog, named);
      const cascade = truncate.behavior === 'DROP_CASCADE';
      const lock = tracedLockOn(reviewed.trace, existing[0]);
      const names = existing.map(displayName).join(', ');
      let message =
        `TRUNCATE deletes every row of existing table${existing.length > 1 ? 's' : ''} ${names} and takes ` +
        `${lockName(lock ?? 'AccessExclusiveLock')} on ${existing.length > 1 ? 'each' : 'it'}, blocking all reads and writes ` +
        `${holdDuration(reviewed.inTransaction, 'while it runs')}.`;
      if (dependents.length) {
        message += cascade
          ? ` CASCADE also empties ${dependents.map(displayName).join(', ')} (their foreign keys reference it).`
          : ` ${dependents.map(displayName).join(', ')} reference${dependents.length === 1 ? 's' : ''} it by foreign key, so it fails without CASCADE.`;
      }
      out.push({
        file: file.source.path,
        statement,
        message,
        help:
          'Make sure the data may go (and a backup exists). To remove rows without blocking the table, delete them in batches ' +
          'from a job outside the migration. A reviewer approves the escalation.',
        verified: lock ? 'trace' : 'static',
      });
    }
    return out;
  },
};
