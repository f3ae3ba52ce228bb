// Layer 4: DROP INDEX of an index that exists in production, without CONCURRENTLY.
import type { CatalogIndex } from '../../core/catalog.js';
import type { ReviewedStatement } from '../../core/review-types.js';
import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { existedBefore } from '../lib/base-tables.js';
import { indexAddedSince } from '../lib/indexes.js';
import { parsedStatements } from '../lib/statements.js';
import { statementFix } from '../fixes/statement-fix.js';
import { nodeAs } from '../../sql/ast.js';
import { displayName, quoteIdent, resolveTable } from '../../sql/names.js';
import { heldOn, locksHeldDuring, holdDuration } from '../lib/locks.js';
import { outsideTransactionFix } from '../fixes/leave-transaction.js';

/** The index named `schema.name` as the catalog knows it just before the statement. */
function findIndex(ctx: RuleContext, reviewed: ReviewedStatement, qualified: string): CatalogIndex | undefined {
  const dot = qualified.indexOf('.');
  const schema = qualified.slice(0, dot);
  const name = qualified.slice(dot + 1);
  for (const catalog of [reviewed.before, ctx.baseCatalog]) {
    for (const t of Object.values(catalog.tables)) {
      const found = t.schema === schema ? t.indexes.find((i) => i.name === name) : undefined;
      if (found) return found;
    }
  }
  return undefined;
}

export const dropIndexWithoutConcurrently: Rule = {
  meta: {
    id: 'drop-index-without-concurrently',
    layer: 'output',
    severity: 'warning',
    summary: 'DROP INDEX of an existing index without CONCURRENTLY.',
    why:
      'A plain DROP INDEX takes an ACCESS EXCLUSIVE lock on the index\'s table. The drop itself is quick, but to get ' +
      'the lock it waits for every running query on the table, and every query that arrives meanwhile (reads ' +
      'included) queues behind it; inside a transaction the lock stays until commit. DROP INDEX CONCURRENTLY waits ' +
      'for running transactions without blocking new ones; it cannot run in a transaction block, drops one index ' +
      'per statement and does not accept CASCADE.',
    bad: 'DROP INDEX orders_status_idx;',
    good: 'DROP INDEX CONCURRENTLY orders_status_idx;',
    setup:
      'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL, status text NOT NULL);\n' +
      'CREATE INDEX orders_status_idx ON orders (status);\n',
    frameworks: {
      goose: '-- +goose NO TRANSACTION\n-- +goose Up\nDROP INDEX CONCURRENTLY orders_status_idx;',
      dbmate: '-- migrate:up transaction:false\nDROP INDEX CONCURRENTLY orders_status_idx;',
      'golang-migrate': '-- alone in its own .up.sql file\nDROP INDEX CONCURRENTLY orders_status_idx;',
      'sql-migrate': '-- +migrate Up notransaction\nDROP INDEX CONCURRENTLY orders_status_idx;',
    },
    references: [`${POSTGRES_DOCS_URL}/sql-dropindex.html`, `${POSTGRES_DOCS_URL}/explicit-locking.html#LOCKING-TABLES`],
    fixable: true,
    needs: ['catalog', 'trace'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      const drop = nodeAs(ast, 'DropStmt');
      if (!drop || drop.removeType !== 'OBJECT_INDEX' || drop.concurrent) continue;
      const names = (drop.objects ?? []).map((o) => resolveTable(ctx, reviewed, o)).filter((t) => t !== undefined);
      const existing = names
        .map((n) => findIndex(ctx, reviewed, n))
        .filter((ix): ix is CatalogIndex => ix !== undefined && !indexAddedSince(ctx, ix, reviewed) && existedBefore(ctx, ix.table, reviewed));
      if (existing.length === 0) continue;
      const held = locksHeldDuring(file, reviewed);
      const tables = [...new Set(existing.map((ix) => ix.table))];
      const traced = tables.every((t) => heldOn(held, t)?.mode === 'AccessExclusiveLock' && heldOn(held, t)?.traced);
      const tableText = tables.map(displayName).join(', ');
      const indexText = existing.map((ix) => quoteIdent(ix.name)).join(', ');
      const message =
        `DROP INDEX ${indexText} takes ACCESS EXCLUSIVE on existing table${tables.length > 1 ? 's' : ''} ${tableText}: ` +
        `it waits for every running query on ${tableText}, and all reads and writes arriving meanwhile queue behind it ` +
        `${holdDuration(reviewed.inTransaction, 'until the index is dropped')}.`;
      let help =
        'Use DROP INDEX CONCURRENTLY, which waits for running transactions without blocking new reads and writes. ' +
        'It cannot run in a transaction block, so run it in a migration that is not wrapped in one (see concurrently-in-transaction).';
      let fix: FindingDraft['fix'];
      const constraintIndex = existing.find((ix) => ix.constraint !== null);
      const partitioned = tables.some((t) => (reviewed.before.tables[t] ?? ctx.baseCatalog.tables[t])?.kind === 'partitioned');
      if (drop.behavior === 'DROP_CASCADE') {
        help += ' CONCURRENTLY does not accept CASCADE: drop the dependent objects first.';
      } else if (constraintIndex) {
        help += ` ${quoteIdent(constraintIndex.name)} backs constraint ${quoteIdent(constraintIndex.constraint ?? '')}: drop the constraint instead.`;
      } else if (partitioned) {
        help =
          'DROP INDEX CONCURRENTLY does not support partitioned tables, and the index of an attached partition cannot be dropped ' +
          'on its own: drop it when traffic is low, with a short lock_timeout so it gives up instead of queueing reads.';
      } else {
        const ifExists = drop.missing_ok ? 'IF EXISTS ' : '';
        const replacement = names.map((n) => `DROP INDEX CONCURRENTLY ${ifExists}${displayName(n)};`).join('\n');
        const description = 'Drop the index with CONCURRENTLY, outside a transaction';
        // Several statements in place would form one implicit transaction where the file is sent as one query string.
        if (names.length === 1) fix = outsideTransactionFix(ctx, file, reviewed, replacement, description);
        else if (!reviewed.inTransaction && file.source.transaction === 'none') fix = statementFix(file, statement, replacement, description);
      }
      out.push({ file: file.source.path, statement, message, help, fix, verified: traced ? 'trace' : 'static' });
    }
    return out;
  },
};
