// Layer 4: VALIDATE CONSTRAINT in the transaction block that added the constraint NOT VALID.
import type { Constraint } from '@pgsql/types';
import type { ReviewedStatement } from '../../core/review-types.js';
import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { parsedStatements } from '../lib/statements.js';
import { statementFix } from '../fixes/statement-fix.js';
import { alterTableCmds, nodeAs } from '../../sql/ast.js';
import { displayName, quoteIdent, resolveTable } from '../../sql/names.js';
import { BLOCKING_MODES, heldOn, locksHeldDuring, lockBlocks, lockName } from '../lib/locks.js';
import { followUpMigration } from '../fixes/leave-transaction.js';

interface AddedNotValid {
  reviewed: ReviewedStatement;
  constraint: Constraint;
}

/** The constraint named `name` that `reviewed` added NOT VALID to `table`, read from the catalog change when unnamed. */
function addsNotValid(ctx: RuleContext, reviewed: ReviewedStatement, table: string, name: string): Constraint | undefined {
  if (resolveTable(ctx, reviewed, nodeAs(reviewed.statement.ast, 'AlterTableStmt')?.relation) !== table) return undefined;
  for (const cmd of alterTableCmds(reviewed.statement.ast)) {
    const c = cmd.subtype === 'AT_AddConstraint' ? nodeAs(cmd.def, 'Constraint') : undefined;
    if (!c?.skip_validation) continue;
    if (c.conname === name) return c;
    if (!c.conname) {
      const had = reviewed.before.tables[table]?.constraints.some((x) => x.name === name);
      const has = reviewed.after.tables[table]?.constraints.some((x) => x.name === name);
      if (!had && has) return c;
    }
  }
  return undefined;
}

export const validateInSameTransaction: Rule = {
  meta: {
    id: 'validate-in-same-transaction',
    layer: 'output',
    severity: 'warning',
    summary: 'VALIDATE CONSTRAINT in the same transaction that added the constraint NOT VALID.',
    why:
      'ADD CONSTRAINT ... NOT VALID is quick, but it takes a strong lock: SHARE ROW EXCLUSIVE on both tables for a ' +
      'foreign key (writes blocked), ACCESS EXCLUSIVE for a CHECK (reads and writes blocked). Locks are held until the ' +
      'transaction ends, so a VALIDATE CONSTRAINT in the same transaction scans every row while that lock is still ' +
      'held: the table is blocked exactly as long as without NOT VALID. Validating in a later transaction scans under ' +
      'SHARE UPDATE EXCLUSIVE, which lets reads and writes continue.',
    bad:
      'BEGIN;\n' +
      'ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\n' +
      'ALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;\n' +
      'COMMIT;',
    good:
      'BEGIN;\n' +
      'ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\n' +
      'COMMIT;\n' +
      '-- in its own transaction (a follow-up migration where the runner wraps each file):\n' +
      'ALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;',
    setup:
      'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n' +
      'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL, total_cents integer NOT NULL);\n',
    frameworks: {
      goose: '-- 00042_orders_user_fk.sql\n-- +goose Up\nALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\n\n' +
        '-- 00043_validate_orders_user_fk.sql\n-- +goose Up\nALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;',
      prisma: '-- migrations/20240101000000_orders_user_fk/migration.sql\nALTER TABLE "orders" ADD CONSTRAINT "orders_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") NOT VALID;\n\n' +
        '-- migrations/20240101000001_validate_orders_user_fk/migration.sql\nALTER TABLE "orders" VALIDATE CONSTRAINT "orders_user_id_fkey";',
    },
    references: [`${POSTGRES_DOCS_URL}/sql-altertable.html#SQL-ALTERTABLE-NOTES`, `${POSTGRES_DOCS_URL}/explicit-locking.html#LOCKING-TABLES`],
    fixable: true,
    needs: ['catalog', 'trace'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      if (reviewed.transactionId === null) continue;
      const table = resolveTable(ctx, reviewed, nodeAs(ast, 'AlterTableStmt')?.relation);
      const cmds = alterTableCmds(ast);
      if (!table) continue;
      for (const cmd of cmds) {
        if (cmd.subtype !== 'AT_ValidateConstraint' || !cmd.name) continue;
        let added: AddedNotValid | undefined;
        for (const s of file.statements) {
          if (s === reviewed) break;
          if (s.transactionId !== reviewed.transactionId) continue;
          const c = addsNotValid(ctx, s, table, cmd.name);
          if (c) added = { reviewed: s, constraint: c };
        }
        if (!added) continue;
        const name = displayName(table);
        const cname = quoteIdent(cmd.name);
        const isFk = added.constraint.contype === 'CONSTR_FOREIGN';
        const held = locksHeldDuring(file, reviewed);
        const own = heldOn(held, table);
        const mode = own && BLOCKING_MODES.includes(own.mode) ? own.mode : isFk ? 'ShareRowExclusiveLock' : 'AccessExclusiveLock';
        const ref = isFk ? resolveTable(ctx, added.reviewed, added.constraint.pktable) : undefined;
        const refHeld = ref && ref !== table ? heldOn(held, ref) : undefined;
        const refText = ref && ref !== table ? ` and ${lockName(refHeld?.mode ?? 'ShareRowExclusiveLock')} on ${displayName(ref)}` : '';
        const message =
          `VALIDATE CONSTRAINT ${cname} runs in the same transaction as the ADD CONSTRAINT ... NOT VALID on line ` +
          `${added.reviewed.statement.span.line}: the ${lockName(mode)} lock that ADD took on ${name}${refText} is still held while ` +
          `every row is checked, blocking ${lockBlocks(mode)} for the whole scan and until commit, so NOT VALID buys nothing.`;
        const help =
          `Commit the ADD CONSTRAINT ... NOT VALID first and run ALTER TABLE ${name} VALIDATE CONSTRAINT ${cname}; in a later ` +
          'transaction (a follow-up migration where the runner wraps each file): it then scans under SHARE UPDATE EXCLUSIVE, ' +
          'which lets reads and writes continue.';
        let fix: FindingDraft['fix'];
        if (cmds.length === 1) {
          const bare = cmd.name.replace(/[^A-Za-z0-9_]+/g, '_').toLowerCase();
          const newFile = followUpMigration(ctx, file, `validate_${bare}`, `ALTER TABLE ${name} VALIDATE CONSTRAINT ${cname};`, { transaction: true });
          if (newFile) {
            const removal = statementFix(file, statement, '', 'Move VALIDATE CONSTRAINT to a follow-up migration');
            fix = { ...removal, newFiles: [newFile] };
          }
        }
        out.push({ file: file.source.path, statement, message, help, fix, verified: own?.traced ? 'trace' : 'static' });
      }
    }
    return out;
  },
};
