// Layer 4: SET NOT NULL on an existing table with nothing in the catalog that proves it.
import type { CatalogConstraint, CatalogTable } from '../../core/catalog.js';
import type { Fix } from '../../core/finding.js';
import type { ReviewedFile, ReviewedStatement } from '../../core/review-types.js';
import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { existedBefore, tableBefore } from '../lib/base-tables.js';
import { parsedStatements } from '../lib/statements.js';
import { statementFix } from '../fixes/statement-fix.js';
import { alterTableCmds, nodeAs } from '../../sql/ast.js';
import { displayName, quoteIdent, resolveTable } from '../../sql/names.js';
import { heldOn, locksHeldDuring, holdDuration, lockName } from '../lib/locks.js';
import { followUpMigration } from '../fixes/leave-transaction.js';
import { scanOf } from '../lib/scans.js';
import { conjuncts, isNotNullTerm } from '../lib/printed-predicates.js';

/** A validated CHECK whose top-level AND terms include `column IS NOT NULL`: PostgreSQL 12+ skips the scan with it. */
export function provingCheck(table: CatalogTable | undefined, column: string): CatalogConstraint | undefined {
  return table?.constraints.find(
    (c) =>
      c.kind === 'check' && c.validated &&
      conjuncts(c.definition.replace(/^CHECK\s*/i, '').replace(/\s+NOT VALID$/i, '')).some((t) => isNotNullTerm(t, column)),
  );
}

/** `<table>_<column>_not_null`, cut to PostgreSQL's 63 bytes, avoiding names the table already has. */
function checkName(table: CatalogTable | undefined, bare: string, column: string): string {
  const taken = new Set(table?.constraints.map((c) => c.name) ?? []);
  for (const suffix of ['_not_null', '_not_null_check', '_not_null_check1']) {
    const name = `${bare}_${column}`.slice(0, 63 - suffix.length) + suffix;
    if (!taken.has(name)) return name;
  }
  return `${bare}_${column}`.slice(0, 47) + '_not_null_proof';
}

/**
 * The statement becomes the NOT VALID CHECK; the rest runs in a later transaction: in place when
 * the file already runs statement by statement, else in a follow-up migration (with a lock_timeout,
 * since SET NOT NULL still takes ACCESS EXCLUSIVE, briefly).
 */
function proofFix(ctx: RuleContext, file: ReviewedFile, reviewed: ReviewedStatement, add: string, rest: string[], name: string): Fix | undefined {
  const description = 'Prove NOT NULL with a CHECK constraint validated in a later transaction';
  if (!reviewed.inTransaction && reviewed.transactionId === null && file.source.transaction === 'none') {
    return statementFix(file, reviewed.statement, [add, ...rest].join('\n'), description);
  }
  const followUp = followUpMigration(ctx, file, name, ["SET lock_timeout = '5s';", ...rest].join('\n'), { transaction: true });
  if (!followUp) return undefined;
  return { ...statementFix(file, reviewed.statement, add, description), newFiles: [followUp] };
}

export const setNotNullScansTable: Rule = {
  meta: {
    id: 'set-not-null-scans-table',
    layer: 'output',
    severity: 'warning',
    summary: 'SET NOT NULL on an existing table without a validated CHECK (col IS NOT NULL) to prove it.',
    why:
      'ALTER COLUMN ... SET NOT NULL takes an ACCESS EXCLUSIVE lock, which blocks all reads and writes, and then reads ' +
      'every row to make sure none is NULL: on a large table, an outage for the length of a full table scan. From ' +
      'PostgreSQL 12 the scan is skipped when a validated CHECK (col IS NOT NULL) constraint already proves it, and ' +
      'such a constraint can be added NOT VALID (instant) and validated under SHARE UPDATE EXCLUSIVE (reads and writes ' +
      'continue). PostgreSQL 18 can also add the NOT NULL constraint itself NOT VALID and validate it later.',
    bad: 'ALTER TABLE orders ALTER COLUMN note SET NOT NULL;',
    good:
      'ALTER TABLE orders ADD CONSTRAINT orders_note_not_null CHECK (note IS NOT NULL) NOT VALID;\n' +
      '-- in a later transaction (a follow-up migration where the runner wraps each file):\n' +
      'ALTER TABLE orders VALIDATE CONSTRAINT orders_note_not_null;\n' +
      'ALTER TABLE orders ALTER COLUMN note SET NOT NULL;\n' +
      'ALTER TABLE orders DROP CONSTRAINT orders_note_not_null;',
    setup: 'CREATE TABLE orders (id bigint PRIMARY KEY, note text, total_cents integer NOT NULL);\n',
    frameworks: {
      goose:
        '-- 00042_orders_note_not_null.sql\n-- +goose Up\nALTER TABLE orders ADD CONSTRAINT orders_note_not_null CHECK (note IS NOT NULL) NOT VALID;\n\n' +
        '-- 00043_orders_note_set_not_null.sql\n-- +goose Up\nALTER TABLE orders VALIDATE CONSTRAINT orders_note_not_null;\n' +
        'ALTER TABLE orders ALTER COLUMN note SET NOT NULL;\nALTER TABLE orders DROP CONSTRAINT orders_note_not_null;',
    },
    references: [`${POSTGRES_DOCS_URL}/sql-altertable.html#SQL-ALTERTABLE-DESC-SET-DROP-NOT-NULL`, `${POSTGRES_DOCS_URL}/explicit-locking.html#LOCKING-TABLES`],
    fixable: true,
    needs: ['catalog', 'trace'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    const version = ctx.config.postgresVersion;
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      const table = resolveTable(ctx, reviewed, nodeAs(ast, 'AlterTableStmt')?.relation);
      if (!table || !existedBefore(ctx, table, reviewed)) continue;
      const cmds = alterTableCmds(ast);
      const before = tableBefore(ctx, table, reviewed);
      for (const cmd of cmds) {
        const column = cmd.subtype === 'AT_SetNotNull' ? cmd.name : undefined;
        if (!column) continue;
        // PostgreSQL 18: a NOT VALID NOT NULL constraint marks the column NOT NULL; SET NOT NULL then validates it.
        const invalidNotNull = before?.constraints.find((c) => c.kind === 'not-null' && !c.validated && c.columns.includes(column));
        const col = before?.columns.find((c) => c.name === column);
        if (col?.notNull && !invalidNotNull) continue;
        if (!invalidNotNull && version >= 12 && provingCheck(before, column)) continue;
        // Measured by the replay: no row of the table was read, so nothing was checked.
        const scan = scanOf(reviewed, table, before);
        if (scan === 'none') continue;
        const name = displayName(table);
        const colText = `${name}.${quoteIdent(column)}`;
        const own = heldOn(locksHeldDuring(file, reviewed), table);
        const traced = own?.mode === 'AccessExclusiveLock' && own.traced && scan === 'seen';
        const message =
          `SET NOT NULL on ${colText} reads every row of existing table ${name} to check for NULLs while holding ` +
          `${lockName('AccessExclusiveLock')} on it: all reads and writes of ${name} wait ` +
          `${holdDuration(reviewed.inTransaction, 'for the whole table scan')}.`;
        let help: string;
        let fix: FindingDraft['fix'];
        if (invalidNotNull) {
          help =
            `${colText} already has the NOT VALID constraint ${quoteIdent(invalidNotNull.name)}: run ALTER TABLE ${name} VALIDATE ` +
            `CONSTRAINT ${quoteIdent(invalidNotNull.name)}; instead, which checks the rows under SHARE UPDATE EXCLUSIVE (reads and writes continue).`;
        } else if (version < 12) {
          help =
            `Before PostgreSQL 12 (the target is ${version}) SET NOT NULL always scans the table, and no constraint lets it skip ` +
            'the scan: run it when traffic is low with a short lock_timeout, or keep a validated CHECK (col IS NOT NULL) ' +
            'constraint instead of the column attribute until the upgrade.';
        } else {
          const bare = table.slice(table.indexOf('.') + 1);
          const cname = quoteIdent(checkName(before, bare, column));
          const q = quoteIdent(column);
          const add = `ALTER TABLE ${name} ADD CONSTRAINT ${cname} CHECK (${q} IS NOT NULL) NOT VALID;`;
          const rest = [
            `ALTER TABLE ${name} VALIDATE CONSTRAINT ${cname};`,
            `ALTER TABLE ${name} ALTER COLUMN ${q} SET NOT NULL;`,
            `ALTER TABLE ${name} DROP CONSTRAINT ${cname};`,
          ];
          help =
            'Prove it with a CHECK constraint first, validated in a later transaction under SHARE UPDATE EXCLUSIVE (reads and ' +
            `writes continue); SET NOT NULL then skips its scan:\n${add}\n-- in a later transaction:\n${rest.join('\n')}` +
            (version >= 18
              ? `\nOn PostgreSQL 18 the NOT NULL constraint itself can be added NOT VALID and validated later: ALTER TABLE ${name} ` +
                `ADD CONSTRAINT ${cname} NOT NULL ${q} NOT VALID; then ALTER TABLE ${name} VALIDATE CONSTRAINT ${cname};`
              : '');
          if (cmds.length === 1) fix = proofFix(ctx, file, reviewed, add, rest, `${bare}_${column}_set_not_null`);
        }
        out.push({ file: file.source.path, statement, message, help, fix, verified: traced ? 'trace' : 'static' });
      }
    }
    return out;
  },
};
