// Layer 1: explicit BEGIN/COMMIT/ROLLBACK that do not do what the author expects, given how the
// framework already runs the file (its own transaction, one implicit transaction, or autocommit).
import type { ReviewedFile } from '../../core/review-types.js';
import type { SqlStatement } from '../../core/sql-types.js';
import type { FindingDraft, Rule } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { statementFix } from '../fixes/statement-fix.js';
import { dialectOf, optOutPhrase } from '../../migrations/frameworks/index.js';
import { transactionControlOf, type TransactionControl } from '../../sql/index.js';

const WORD: Record<TransactionControl, string> = { begin: 'BEGIN', commit: 'COMMIT', rollback: 'ROLLBACK', prepare: 'PREPARE TRANSACTION' };

interface Step {
  statement: SqlStatement;
  control: TransactionControl | null;
}

/** Where PostgreSQL's transaction state is, statement by statement. */
type State = 'autocommit' | 'implicit' | 'runner' | 'explicit';

function checkFile(file: ReviewedFile): FindingDraft[] {
  const src = file.source;
  const dialect = dialectOf(src.framework);
  const runner = dialect.runner;
  // How a wrapped migration opts out of the runner's transaction, when it can.
  const transactionOptOut = dialect.transactionOptOut?.(src);
  const optOut = transactionOptOut ? optOutPhrase(transactionOptOut) : undefined;
  const steps: Step[] = file.statements
    .filter((r) => r.statement.ast)
    .map((r) => ({ statement: r.statement, control: transactionControlOf(r.statement.ast) }));
  const out: FindingDraft[] = [];
  const push = (statement: SqlStatement, message: string, help: string, extra: Partial<FindingDraft> = {}) =>
    out.push({ file: src.path, statement, message, help, verified: 'static', ...extra });
  const nextEnd = (from: number) => steps.slice(from + 1).find((s) => s.control !== null && s.control !== 'begin');
  const workAfter = (from: number) => steps.slice(from + 1).filter((s) => s.control === null).length;
  const reason = src.transactionReason ? ` (${src.transactionReason})` : '';

  // An implicit transaction exists only when the query string holds more than one statement.
  let state: State = src.transaction === 'wrapped' ? 'runner' : src.transaction === 'implicit' && file.statements.length > 1 ? 'implicit' : 'autocommit';
  let open: SqlStatement | undefined; // the BEGIN of the open explicit block
  let runnerBeginReported = false;

  for (const [i, { statement, control }] of steps.entries()) {
    if (control === null) continue;
    const word = WORD[control];
    if (control === 'begin') {
      if (state === 'autocommit' || state === 'implicit') {
        // In a multi-statement query string, BEGIN turns the implicit block into a regular one
        // (statements before it join it): no warning, nothing lost.
        state = 'explicit';
        open = statement;
      } else if (state === 'explicit') {
        const end = nextEnd(i);
        push(
          statement,
          `BEGIN while the transaction opened by BEGIN on line ${open?.span.line} is still open: PostgreSQL ignores it ` +
            '(WARNING: there is already a transaction in progress) and transactions do not nest, so ' +
            (end ? `the ${WORD[end.control as TransactionControl]} on line ${end.statement.span.line} ends the outer block too.` : 'it opens nothing.'),
          'Remove the inner BEGIN (and its COMMIT); use SAVEPOINT name ... RELEASE SAVEPOINT name for a part that must be undone on its own.',
          // With an outer COMMIT still to come, dropping the inner pair leaves the one block the author meant.
          end?.control === 'commit' && nextEnd(steps.indexOf(end))?.control === 'commit'
            ? {
                fix: {
                  description: 'Remove the inner BEGIN and COMMIT: the statements stay in the outer transaction',
                  edits: [...statementFix(file, statement, '', 'x').edits, ...statementFix(file, end.statement, '', 'x').edits],
                },
              }
            : {},
        );
      } else {
        const end = nextEnd(i);
        const after = end ? workAfter(steps.indexOf(end)) : 0;
        let consequence = '';
        if (end?.control === 'commit') {
          consequence =
            `, and the COMMIT on line ${end.statement.span.line} commits ${runner}'s own transaction early: ` +
            (after > 0 ? `the ${after} statement${after > 1 ? 's' : ''} after it run${after > 1 ? '' : 's'} in autocommit, each committed on its own, ` : '') +
            `${runner} records the migration outside the transaction that applied it, and its final COMMIT finds no transaction in progress`;
        } else if (end) {
          consequence = `, and the ${WORD[end.control as TransactionControl]} on line ${end.statement.span.line} ends ${runner}'s own transaction`;
        }
        const lastIsEnd = end !== undefined && end.control === 'commit' && after === 0;
        push(
          statement,
          `BEGIN inside the transaction ${runner} already opens around this migration${reason}: PostgreSQL ignores it ` +
            `(WARNING: there is already a transaction in progress)${consequence}.`,
          `Remove BEGIN${end ? ` and ${WORD[end.control as TransactionControl]}` : ''}: ${runner} already runs the file in one transaction.` +
            (optOut ? ` To run it outside a transaction instead, use ${optOut}.` : ''),
          lastIsEnd
            ? {
                fix: {
                  description: `Remove BEGIN and COMMIT: ${runner} already wraps the migration in a transaction`,
                  edits: [...statementFix(file, statement, '', 'x').edits, ...statementFix(file, end.statement, '', 'x').edits],
                },
              }
            : {},
        );
        runnerBeginReported = true;
      }
      continue;
    }

    // COMMIT, ROLLBACK, PREPARE TRANSACTION: each ends whatever block is open.
    const after = workAfter(i);
    if (state === 'explicit') {
      state = src.transaction === 'implicit' && file.statements.length > 1 ? 'implicit' : 'autocommit';
      open = undefined;
      if (state === 'implicit' && after > 0 && control === 'commit') {
        push(
          statement,
          `COMMIT ends the transaction here and the ${after} statement${after > 1 ? 's' : ''} after it run in a new implicit transaction: ` +
            `${runner} sends the file as one query string, which PostgreSQL would otherwise run as one transaction, so the file is now ` +
            `applied in separately committed parts and a failure after line ${statement.span.line} leaves the part before it applied ` +
            `(${runner} then marks the migration failed and it must be resolved by hand).`,
          `Without BEGIN/COMMIT the whole file already runs as one transaction: remove them, or end the file at the COMMIT and ` +
            `move the statements after it into a migration of their own.` +
            (src.framework === 'prisma' ? ' (Prisma itself generates BEGIN/COMMIT around enum changes; the same applies.)' : ''),
          { severity: 'notice' },
        );
      }
    } else if (state === 'runner') {
      state = 'autocommit';
      if (runnerBeginReported) continue;
      push(
        statement,
        control === 'rollback'
          ? `ROLLBACK without BEGIN rolls back the transaction ${runner} opened around this migration${reason}: everything the file did ` +
              `before line ${statement.span.line} is undone, ${after > 0 ? 'the rest runs in autocommit, ' : ''}and ${runner} still records the migration as applied.`
          : `${word} without BEGIN ends the transaction ${runner} opened around this migration${reason}: ` +
              (after > 0 ? `the ${after} statement${after > 1 ? 's' : ''} after it run${after > 1 ? '' : 's'} in autocommit, each committed on its own, ` : '') +
              `${runner} records the migration outside the transaction that applied it, and its final COMMIT finds no transaction in progress.`,
        `Remove the ${word}: ${runner} commits the migration itself.` + (optOut ? ` To run the file outside a transaction, use ${optOut}.` : ''),
      );
    } else if (state === 'implicit') {
      push(
        statement,
        control === 'rollback'
          ? `ROLLBACK without BEGIN in a file ${runner} sends as one query string rolls back the implicit transaction: every statement ` +
              `before line ${statement.span.line} is undone (PostgreSQL warns there is no transaction in progress), although ${runner} records the migration as applied.`
          : `${word} without BEGIN in a file ${runner} sends as one query string: PostgreSQL warns there is no transaction in progress, ` +
              `commits the statements before it` +
              (after > 0 ? ` and runs the ${after} after it in a new implicit transaction, so the file is applied in separately committed parts.` : '.'),
        `Remove the ${word}: the file already runs as one implicit transaction.`,
      );
    } else {
      push(
        statement,
        `${word} without BEGIN: there is no transaction in progress (PostgreSQL only warns), so it ` +
          (control === 'rollback'
            ? `undoes nothing: every statement before line ${statement.span.line} was already committed on its own.`
            : `commits nothing: every statement before it was already committed on its own.`),
        control === 'rollback'
          ? `Put BEGIN before the statements the ROLLBACK is meant to undo, or remove it.`
          : `Add BEGIN where the transaction should start, so that the statements up to the ${word} are applied together, or remove the ${word}.`,
      );
    }
  }

  if (state === 'explicit' && open) {
    push(
      open,
      src.transaction === 'implicit' && file.statements.length > 1
        ? `BEGIN turns the implicit transaction of ${runner}'s query string into a regular block that nothing in the file commits: ` +
            `it stays open after the file, ${runner}'s own bookkeeping runs inside it, and whether the migration is committed or ` +
            'rolled back depends on what happens next on that connection.'
        : `BEGIN is never committed: psql -f ends the session with the transaction open, so PostgreSQL rolls back everything after ` +
            `line ${open.span.line} while psql still exits successfully; a runner that keeps the connection runs whatever comes next inside the block.`,
      'Add COMMIT; after the last statement of the block.' +
        (src.transaction === 'implicit' ? ' Or remove BEGIN: the file already runs as one implicit transaction.' : ''),
    );
  }
  return out;
}

export const transactionNesting: Rule = {
  meta: {
    id: 'transaction-nesting',
    layer: 'input',
    severity: 'warning',
    summary: 'BEGIN/COMMIT in a file the framework already wraps, nested BEGIN, COMMIT without BEGIN, or BEGIN without COMMIT.',
    why:
      'PostgreSQL has no nested transactions. A BEGIN inside an open transaction is ignored with "WARNING: there is ' +
      'already a transaction in progress", and the first COMMIT then ends the outer transaction: in a file that goose, ' +
      'dbmate, Flyway, sql-migrate or sqlx already run in a transaction, the statements after it run in autocommit and ' +
      'the runner records the migration outside the transaction that applied it. A COMMIT or ROLLBACK with no ' +
      'transaction open only warns "there is no transaction in progress": it commits or undoes nothing. A BEGIN never ' +
      'committed is rolled back when psql ends the session, although psql reports success. In a file sent as one query ' +
      'string (golang-migrate, Prisma), BEGIN and COMMIT around the whole file are harmless, but statements after a COMMIT ' +
      'run in a second transaction, so a failure leaves the migration half applied.',
    bad: 'BEGIN;\nALTER TABLE orders ADD COLUMN note text;\nBEGIN;\nALTER TABLE orders ADD COLUMN status text;\nCOMMIT;\nCOMMIT;',
    good: 'BEGIN;\nALTER TABLE orders ADD COLUMN note text;\nALTER TABLE orders ADD COLUMN status text;\nCOMMIT;',
    setup: 'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL);',
    frameworks: {
      goose: '-- +goose Up\nALTER TABLE orders ADD COLUMN note text;\nALTER TABLE orders ADD COLUMN status text;',
      dbmate: '-- migrate:up\nALTER TABLE orders ADD COLUMN note text;\nALTER TABLE orders ADD COLUMN status text;',
      prisma: '-- BEGIN/COMMIT around the whole file are harmless; put nothing after the COMMIT\nBEGIN;\nALTER TABLE "orders" ADD COLUMN "note" TEXT;\nCOMMIT;',
    },
    references: [`${POSTGRES_DOCS_URL}/sql-begin.html`, `${POSTGRES_DOCS_URL}/sql-commit.html`, `${POSTGRES_DOCS_URL}/protocol-flow.html#PROTOCOL-FLOW-MULTI-STATEMENT`],
    fixable: true,
    needs: [],
  },
  check(ctx) {
    return ctx.files.filter((f) => f.status === 'added').flatMap(checkFile);
  },
};
