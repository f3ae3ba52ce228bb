// Layer 4: REINDEX of existing indexes without CONCURRENTLY.
import type { FindingDraft, Rule } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { existedBefore } from '../lib/base-tables.js';
import { indexAddedSince } from '../lib/indexes.js';
import { parsedStatements } from '../lib/statements.js';
import { nodeAs } from '../../sql/ast.js';
import { displayName, quoteIdent, resolveTable } from '../../sql/names.js';
import { heldOn, locksHeldDuring, holdDuration } from '../lib/locks.js';
import { outsideTransactionFix } from '../fixes/leave-transaction.js';

const REINDEX_KIND = /^(REINDEX\s+(?:\([^)]*\)\s*)?(?:INDEX|TABLE|SCHEMA|DATABASE))(?=\s|;|$)/i;

const BLOCKS =
  'INSERT, UPDATE and DELETE wait, and so do reads: the planner locks every index of a table it plans a query on, ' +
  'so nearly every query on the table waits for the index being rebuilt';

export const reindexWithoutConcurrently: Rule = {
  meta: {
    id: 'reindex-without-concurrently',
    layer: 'output',
    severity: 'warning',
    summary: 'REINDEX without CONCURRENTLY.',
    why:
      'A plain REINDEX takes a SHARE lock on the table, which blocks INSERT, UPDATE and DELETE, and an ACCESS EXCLUSIVE ' +
      'lock on each index it rebuilds, which blocks any query that would use the index. Because the planner locks ' +
      'every index of a table it plans a query for, nearly every query on the table waits until the rebuild ends. ' +
      'REINDEX CONCURRENTLY (PostgreSQL 12 and later) builds a new copy of the index while reads and writes continue ' +
      'and swaps it in; it cannot run in a transaction block and leaves an INVALID `_ccnew` index to drop if it fails.',
    bad: 'REINDEX INDEX orders_status_idx;',
    good: 'REINDEX INDEX CONCURRENTLY orders_status_idx;',
    setup:
      'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL, status text NOT NULL);\n' +
      'CREATE INDEX orders_status_idx ON orders (status);\n',
    frameworks: {
      goose: '-- +goose NO TRANSACTION\n-- +goose Up\nREINDEX INDEX CONCURRENTLY orders_status_idx;',
      dbmate: '-- migrate:up transaction:false\nREINDEX INDEX CONCURRENTLY orders_status_idx;',
      'golang-migrate': '-- alone in its own .up.sql file\nREINDEX INDEX CONCURRENTLY orders_status_idx;',
    },
    references: [`${POSTGRES_DOCS_URL}/sql-reindex.html#SQL-REINDEX-CONCURRENTLY`, `${POSTGRES_DOCS_URL}/explicit-locking.html#LOCKING-TABLES`],
    fixable: true,
    needs: ['catalog', 'trace'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    const concurrentlyExists = ctx.config.postgresVersion >= 12;
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      const reindex = nodeAs(ast, 'ReindexStmt');
      if (!reindex || (reindex.params ?? []).some((p) => nodeAs(p, 'DefElem')?.defname === 'concurrently')) continue;
      const held = locksHeldDuring(file, reviewed);
      let message: string;
      let verified: FindingDraft['verified'] = 'static';
      const during = holdDuration(reviewed.inTransaction, 'for the whole rebuild');
      const target = resolveTable(ctx, reviewed, reindex.relation);
      if (reindex.kind === 'REINDEX_OBJECT_INDEX' && target) {
        const dot = target.indexOf('.');
        const [schema, name] = [target.slice(0, dot), target.slice(dot + 1)];
        const tables = [reviewed.before, ctx.baseCatalog].flatMap((c) => Object.values(c.tables));
        const owner = tables.find((t) => t.schema === schema && t.indexes.some((i) => i.name === name));
        const index = owner?.indexes.find((i) => i.name === name);
        if (!owner || !index || indexAddedSince(ctx, index, reviewed) || !existedBefore(ctx, index.table, reviewed)) continue;
        const table = displayName(index.table);
        verified = heldOn(held, target)?.mode === 'AccessExclusiveLock' && heldOn(held, index.table)?.traced ? 'trace' : 'static';
        message =
          `REINDEX INDEX ${quoteIdent(name)} takes SHARE on existing table ${table} and ACCESS EXCLUSIVE on the index: ` +
          `${BLOCKS} ${during}.`;
      } else if (reindex.kind === 'REINDEX_OBJECT_TABLE' && target) {
        if (!existedBefore(ctx, target, reviewed)) continue;
        const table = displayName(target);
        verified = heldOn(held, target)?.traced ? 'trace' : 'static';
        message =
          `REINDEX TABLE ${table} takes SHARE on existing table ${table} and ACCESS EXCLUSIVE on each of its indexes in turn: ` +
          `${BLOCKS} ${during}.`;
      } else if (reindex.kind === 'REINDEX_OBJECT_SCHEMA' || reindex.kind === 'REINDEX_OBJECT_DATABASE') {
        const schema = reindex.kind === 'REINDEX_OBJECT_SCHEMA' ? reindex.name : undefined;
        const existing = Object.values(ctx.baseCatalog.tables).filter((t) => schema === undefined || t.schema === schema);
        if (existing.length === 0) continue;
        const what = schema === undefined ? 'REINDEX DATABASE' : `REINDEX SCHEMA ${quoteIdent(schema)}`;
        message =
          `${what} rebuilds every index of ${existing.length} existing table${existing.length > 1 ? 's' : ''}, one table at a time, ` +
          `each under SHARE on the table and ACCESS EXCLUSIVE on its indexes: ${BLOCKS}, table after table.`;
      } else {
        continue;
      }
      let help: string;
      let fix: FindingDraft['fix'];
      if (!concurrentlyExists) {
        help =
          `REINDEX CONCURRENTLY needs PostgreSQL 12; the target is ${ctx.config.postgresVersion}. Build a replacement with ` +
          'CREATE INDEX CONCURRENTLY, then DROP INDEX CONCURRENTLY the old one and rename the new one, or reindex when traffic is low.';
      } else {
        help =
          'Use REINDEX ... CONCURRENTLY, which rebuilds while reads and writes continue; it cannot run in a transaction block, ' +
          'so run it in a migration that is not wrapped in one. If it fails, drop the INVALID `_ccnew` index it leaves.';
        if (REINDEX_KIND.test(statement.text)) {
          const replacement = statement.text.replace(REINDEX_KIND, '$1 CONCURRENTLY');
          fix = outsideTransactionFix(ctx, file, reviewed, replacement, 'Reindex with CONCURRENTLY, outside a transaction');
        }
      }
      out.push({ file: file.source.path, statement, message, help, fix, verified });
    }
    return out;
  },
};
