// Layer 1: a statement PostgreSQL refuses inside a transaction block runs inside one.
import type { ReviewedFile } from '../../core/review-types.js';
import type { FindingDraft, Rule } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { reviewedStatements } from '../lib/statements.js';
import { isNonTransactional, nodeAs, nonTransactionalLabel } from '../../sql/ast.js';
import { outsideTransactionFix } from '../fixes/leave-transaction.js';
import { dialectOf } from '../../migrations/frameworks/index.js';

/** Line of the explicit BEGIN still open at statement `index`, if any. */
function openBeginLine(file: ReviewedFile, index: number): number | undefined {
  let open: number | undefined;
  for (const r of file.statements) {
    if (r.statement.index >= index) break;
    const kind = nodeAs(r.statement.ast, 'TransactionStmt')?.kind;
    if (kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START') open ??= r.statement.span.line;
    else if (kind === 'TRANS_STMT_COMMIT' || kind === 'TRANS_STMT_ROLLBACK' || kind === 'TRANS_STMT_PREPARE') open = undefined;
  }
  return open;
}

export const concurrentlyInTransaction: Rule = {
  meta: {
    id: 'concurrently-in-transaction',
    layer: 'input',
    severity: 'error',
    summary: 'A statement that cannot run in a transaction block (CREATE INDEX CONCURRENTLY, VACUUM, ...) runs inside one.',
    why:
      'CREATE/DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY, DETACH PARTITION CONCURRENTLY, VACUUM, CREATE DATABASE ' +
      'and a few others commit internally, so PostgreSQL rejects them inside a transaction block with "ERROR: ... ' +
      'cannot run inside a transaction block" and the deploy fails. The block may be an explicit BEGIN, the runner ' +
      'wrapping every file in a transaction (goose, dbmate, Flyway, sql-migrate, sqlx, ...), or a multi-statement ' +
      'file sent as one query string, which PostgreSQL runs as one implicit transaction (golang-migrate, Prisma).',
    setup: 'CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, user_id bigint NOT NULL);',
    bad: "BEGIN;\nSET LOCAL lock_timeout = '5s';\nCREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);\nCOMMIT;",
    good: "SET lock_timeout = '5s';\nCREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);",
    frameworks: {
      goose: '-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);',
      dbmate: '-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);',
      'sql-migrate': '-- +migrate Up notransaction\nCREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);',
      sqlx: '-- no-transaction\nCREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);',
      flyway: 'a script of its own holding only the CONCURRENTLY statement (Flyway runs such a script outside a transaction), or executeInTransaction=false in its .conf',
      prisma: 'a migration folder of its own whose migration.sql holds only that statement',
      'golang-migrate': 'an .up.sql file of its own holding only that statement',
      supabase: 'no way inside the CLI (it runs each file in a transaction): apply it outside the CLI, e.g. with psql',
    },
    references: [`${POSTGRES_DOCS_URL}/sql-createindex.html#SQL-CREATEINDEX-CONCURRENTLY`, `${POSTGRES_DOCS_URL}/sql-begin.html`, `${POSTGRES_DOCS_URL}/protocol-flow.html#PROTOCOL-FLOW-MULTI-STATEMENT`],
    fixable: true,
    needs: [],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const { file, reviewed, statement } of reviewedStatements(ctx)) {
      if (!statement.ast || !reviewed.inTransaction || !isNonTransactional(statement.ast)) continue;
      const label = nonTransactionalLabel(statement.ast) ?? statement.text.split(/\s+/).slice(0, 2).join(' ').toUpperCase();
      const src = file.source;
      // The framework's way to run one statement outside its transaction, and its runner's name.
      const { leaveTransaction, runner } = dialectOf(src.framework);
      const begin = openBeginLine(file, statement.index);
      let why: string;
      let help: string;
      if (begin !== undefined) {
        why = `inside the transaction opened by BEGIN on line ${begin}`;
        help = 'Move the statement out of the BEGIN ... COMMIT block';
        if (src.transaction !== 'none') help += `, and ${leaveTransaction}`;
      } else if (src.transaction === 'implicit') {
        why =
          `inside an implicit transaction: ${runner} sends the file as one multi-statement query string` +
          (src.transactionReason ? ` (${src.transactionReason})` : '');
        help = leaveTransaction;
      } else if (src.transaction === 'wrapped') {
        why = `inside the transaction ${runner} wraps around each migration` + (src.transactionReason ? ` (${src.transactionReason})` : '');
        help = leaveTransaction;
      } else {
        why = 'inside a transaction block';
        help = leaveTransaction;
      }
      const fix = outsideTransactionFix(ctx, file, reviewed, statement.text, `Run ${label} outside a transaction`);
      out.push({
        file: src.path,
        statement,
        message: `${label} cannot run inside a transaction block, and here it runs ${why}: PostgreSQL rejects it and the migration fails.`,
        // The framework's general way out, then the fix fitted to this file (alone in it or not).
        help: help.charAt(0).toUpperCase() + help.slice(1) + '.' + (fix ? ` Suggested fix: ${fix.description}.` : ''),
        fix,
        verified: 'static',
      });
    }
    return out;
  },
};
