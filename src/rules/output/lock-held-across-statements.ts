// Layer 4: an ACCESS EXCLUSIVE lock on an existing table taken early in a transaction block, with
// more statements after it: the table stays blocked until all of them finish and the block commits.
import type { ReviewedFile, ReviewedStatement } from '../../core/review-types.js';
import type { FindingDraft, Rule } from '../rule.js';
import { DOCS, existedBefore } from '../context-helpers.js';
import { alterTableCmds, asNode, displayName, relationName } from '../helpers/ast.js';
import { locksTakenBy } from '../helpers/held-locks.js';

const TRIVIAL_KINDS = new Set(['TransactionStmt', 'VariableSetStmt', 'VariableShowStmt', 'CommentStmt']);

/**
 * Statements that add no time to the block: transaction control, settings, comments, and dropping
 * a CHECK constraint of a table the block already holds (catalog only, no new lock).
 */
function trivial(s: ReviewedStatement, lockedTables: ReadonlySet<string>): boolean {
  const ast = s.statement.ast;
  if (!ast) return true;
  if (TRIVIAL_KINDS.has(s.statement.kind)) return true;
  const table = relationName(asNode(ast, 'AlterTableStmt')?.relation);
  const cmds = alterTableCmds(ast);
  if (!table || !lockedTables.has(table) || cmds.length === 0) return false;
  return cmds.every(
    (c) => c.subtype === 'AT_DropConstraint' && s.before.tables[table]?.constraints.find((k) => k.name === c.name)?.kind === 'check',
  );
}

/** `ALTER TABLE`, `CREATE INDEX`, `UPDATE orders`: enough of a statement to recognise it in a message. */
function label(s: ReviewedStatement): string {
  const words = s.statement.text.replace(/\s+/g, ' ').split(' ');
  const two = words.slice(0, 2).join(' ');
  return /^[A-Za-z ]+$/.test(two) && /^(ALTER|CREATE|DROP)$/i.test(words[0]) ? two.toUpperCase() : words[0].toUpperCase();
}

function listLines(statements: ReviewedStatement[]): string {
  const shown = statements.slice(0, 5).map((s) => `line ${s.statement.span.line} (${label(s)})`);
  return shown.join(', ') + (statements.length > 5 ? ` and ${statements.length - 5} more` : '');
}

function check(file: ReviewedFile, existing: (table: string, reviewed: ReviewedStatement) => boolean): FindingDraft[] {
  const out: FindingDraft[] = [];
  const reported = new Set<string>();
  file.statements.forEach((reviewed, at) => {
    const tx = reviewed.transactionId;
    if (tx === null) return;
    for (const lock of locksTakenBy(reviewed)) {
      if (lock.mode !== 'AccessExclusiveLock' || lock.relkind === 'index' || lock.relkind === 'sequence') continue;
      const key = `${tx}\u0000${lock.table}`;
      if (reported.has(key) || !existing(lock.table, reviewed)) continue;
      const locked = new Set([lock.table]);
      const following = file.statements.slice(at + 1).filter((s) => s.transactionId === tx && !trivial(s, locked));
      if (following.length === 0) continue;
      reported.add(key);
      const table = displayName(lock.table);
      out.push({
        file: file.source.path,
        statement: reviewed.statement,
        message:
          `${label(reviewed)} takes ACCESS EXCLUSIVE on existing table ${table} inside a transaction, and ` +
          `${following.length} more statement${following.length > 1 ? 's' : ''} run${following.length > 1 ? '' : 's'} before it commits: ` +
          `${listLines(following)}. All reads and writes of ${table} stay blocked until ${following.length > 1 ? 'they all finish' : 'it finishes'}.`,
        help:
          'Keep the time under ACCESS EXCLUSIVE short: make this statement the last one of its transaction, or move it to a ' +
          `migration of its own; combine several ALTER TABLE ${table} changes into one statement.`,
        verified: lock.traced ? 'trace' : 'static',
      });
    }
  });
  return out;
}

export const lockHeldAcrossStatements: Rule = {
  meta: {
    id: 'lock-held-across-statements',
    layer: 'output',
    severity: 'warning',
    summary: 'More statements run in the same transaction after an ACCESS EXCLUSIVE lock on an existing table.',
    why:
      'Locks are released only when the transaction ends. Once a statement has taken ACCESS EXCLUSIVE on a table, every ' +
      'read and write of that table waits, not just for that statement but for everything after it in the same ' +
      'transaction: an index build, a data backfill, or a statement that itself waits for a lock on another table. ' +
      'Frameworks that wrap each migration in a transaction make every later statement of the file part of it.',
    bad:
      'BEGIN;\n' +
      'ALTER TABLE orders ADD COLUMN shipped_at timestamptz;\n' +
      'CREATE INDEX orders_user_id_idx ON orders (user_id);\n' +
      'COMMIT;',
    good:
      '-- the ALTER TABLE alone: its lock ends with it\n' +
      'ALTER TABLE orders ADD COLUMN shipped_at timestamptz;\n' +
      '-- then, outside any transaction block, without blocking writes:\n' +
      'CREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);',
    setup: 'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL, total_cents integer NOT NULL);\n',
    references: [`${DOCS}/explicit-locking.html#LOCKING-TABLES`, `${DOCS}/sql-begin.html`],
    fixable: false,
    needs: ['catalog', 'trace'],
  },
  check(ctx) {
    return ctx.files.filter((f) => f.status === 'added').flatMap((f) => check(f, (t, r) => existedBefore(ctx, t, r)));
  },
};
