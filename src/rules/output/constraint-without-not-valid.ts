// Layer 4: ADD FOREIGN KEY / CHECK on an existing table validated in the same step, under lock.
import type { ColumnDef, Constraint } from '@pgsql/types';
import type { LockMode } from '../../core/trace-types.js';
import type { ReviewedFile, ReviewedStatement } from '../../core/review-types.js';
import type { Fix } from '../../core/finding.js';
import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { existedBefore, tableBefore } from '../lib/base-tables.js';
import { parsedStatements, type ParsedRef } from '../lib/statements.js';
import { notValidFix, type ValidatedConstraint } from '../fixes/not-valid.js';
import { scanOf } from '../lib/scans.js';
import { alterTableCmds, nodeAs, stringValues } from '../../sql/ast.js';
import { displayName, quoteIdent, resolveTable } from '../../sql/names.js';
import { earlierLockOn, heldOn, lineThatTook, locksHeldDuring, holdDuration, lockBlocks, lockName, strongerLock, tracedLockOn } from '../lib/locks.js';

/** The name PostgreSQL gave the constraint: from the catalog change, else its naming convention. */
function constraintName(reviewed: ReviewedStatement, table: string, c: Constraint, columns: string[]): string {
  if (c.conname) return c.conname;
  const kind = c.contype === 'CONSTR_FOREIGN' ? 'foreign' : 'check';
  const had = new Set((reviewed.before.tables[table]?.constraints ?? []).map((x) => x.name));
  const made = (reviewed.after.tables[table]?.constraints ?? []).filter((x) => x.kind === kind && !had.has(x.name));
  if (made.length === 1) return made[0].name;
  const bare = table.slice(table.indexOf('.') + 1);
  return `${bare}_${columns.length ? columns.join('_') : 'check'}_${kind === 'foreign' ? 'fkey' : 'check'}`;
}

/**
 * The lock the statement holds on `table`: its own traced lock, or, when its transaction already
 * held that mode or a stronger one from an earlier statement (so pg_locks shows nothing new), the
 * held lock, which the trace saw too. Static knowledge otherwise.
 */
function mode(file: ReviewedFile, reviewed: ReviewedStatement, table: string, fallback: LockMode): { mode: LockMode; traced: boolean; takenAtLine?: number } {
  const traced = tracedLockOn(reviewed.trace, table);
  // A stronger lock an earlier statement of the transaction took (an ALTER TABLE's ACCESS EXCLUSIVE)
  // is what blocks traffic during the scan, whatever weaker mode this statement adds.
  const earlier = earlierLockOn(file, reviewed, table, traced ?? fallback);
  if (earlier) return { mode: earlier.lock.mode, traced: earlier.lock.traced, takenAtLine: earlier.line };
  if (traced) return { mode: traced, traced: true };
  if (reviewed.trace?.outcome === 'ok' && reviewed.trace.lockSource === 'trace') {
    const held = heldOn(locksHeldDuring(file, reviewed), table);
    if (held?.traced && strongerLock(held.mode, fallback) === held.mode) {
      // Taken by an earlier statement of the transaction: the message says which one.
      const line = held.takenAt !== reviewed.statement.index ? lineThatTook(file, held) : undefined;
      return { mode: held.mode, traced: true, ...(line !== undefined ? { takenAtLine: line } : {}) };
    }
  }
  return { mode: fallback, traced: false };
}

/** `taken by the statement at line 3; ` for a lock an earlier statement of the transaction took. */
function takenBy(lock: { takenAtLine?: number }): string {
  return lock.takenAtLine !== undefined ? `taken by the statement at line ${lock.takenAtLine}; ` : '';
}

function isValidatedNow(c: Constraint): boolean {
  return (c.contype === 'CONSTR_FOREIGN' || c.contype === 'CONSTR_CHECK') && !c.skip_validation;
}

/**
 * Constraints of a column the statement adds that make PostgreSQL read every existing row (as
 * measured on PostgreSQL 18): a CHECK always; a foreign key only when the column gets values
 * (DEFAULT, even DEFAULT NULL, or GENERATED), since without them it is all NULL and the
 * validation is skipped. NOT ENFORCED (the attribute after the constraint) checks nothing.
 */
function scanningColumnConstraints(col: ColumnDef | undefined): Constraint[] {
  const list = (col?.constraints ?? []).map((n) => nodeAs(n, 'Constraint'));
  const filled = col?.raw_default !== undefined || list.some((c) => c?.contype === 'CONSTR_DEFAULT' || c?.contype === 'CONSTR_GENERATED');
  return list.filter(
    (c, i): c is Constraint =>
      c !== undefined &&
      list[i + 1]?.contype !== 'CONSTR_ATTR_NOT_ENFORCED' &&
      (c.contype === 'CONSTR_CHECK' || (c.contype === 'CONSTR_FOREIGN' && filled)),
  );
}

/**
 * The statement's NOT VALID fix, shared by its findings: undefined when a constraint that scans
 * comes with a new column (the column must be added first) or when NOT VALID is refused (a
 * foreign key on a partitioned table before PostgreSQL 18).
 */
function statementFixFor(ctx: RuleContext, ref: ParsedRef, table: string): Fix | undefined {
  const { file, reviewed, ast } = ref;
  const constraints: ValidatedConstraint[] = [];
  let foreign = false;
  for (const [command, cmd] of alterTableCmds(ast).entries()) {
    if (cmd.subtype === 'AT_AddColumn' && scanningColumnConstraints(nodeAs(cmd.def, 'ColumnDef')).length > 0) return undefined;
    const c = cmd.subtype === 'AT_AddConstraint' ? nodeAs(cmd.def, 'Constraint') : undefined;
    if (!c || !isValidatedNow(c)) continue;
    foreign ||= c.contype === 'CONSTR_FOREIGN';
    constraints.push({ command, name: constraintName(reviewed, table, c, stringValues(c.fk_attrs)) });
  }
  if (constraints.length === 0) return undefined;
  if (foreign && ctx.config.postgresVersion < 18 && tableBefore(ctx, table, reviewed)?.kind === 'partitioned') return undefined;
  return notValidFix(ctx, file, reviewed, table, constraints);
}

export const constraintWithoutNotValid: Rule = {
  meta: {
    id: 'constraint-without-not-valid',
    layer: 'output',
    severity: 'error',
    summary: 'ADD FOREIGN KEY or CHECK on an existing table without NOT VALID.',
    why:
      'Adding a CHECK constraint makes PostgreSQL read every row to prove it while holding ACCESS EXCLUSIVE on the ' +
      'table, which blocks reads and writes. Adding a FOREIGN KEY scans the referencing table under SHARE ROW ' +
      'EXCLUSIVE on both tables, which blocks writes to both. Adding the constraint NOT VALID only records it ' +
      '(new rows are checked at once); VALIDATE CONSTRAINT, run afterwards in its own transaction, scans under ' +
      'SHARE UPDATE EXCLUSIVE, which lets reads and writes continue. A CHECK on a column added in the same statement scans ' +
      'too; a foreign key on a column added without a default does not (the column is all NULL), nor does NOT ENFORCED.',
    setup:
      "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);\n" +
      "CREATE TABLE orders (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, user_id bigint NOT NULL, note varchar(200), created_at timestamptz NOT NULL DEFAULT now());",
    bad: 'ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);',
    good:
      'ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\n' +
      '-- in a separate transaction:\nALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;',
    references: [`${POSTGRES_DOCS_URL}/sql-altertable.html#SQL-ALTERTABLE-NOTES`, `${POSTGRES_DOCS_URL}/explicit-locking.html#LOCKING-TABLES`],
    fixable: true,
    needs: ['catalog', 'trace'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const ref of parsedStatements(ctx)) {
      const { file, reviewed, statement, ast } = ref;
      const table = resolveTable(ctx, reviewed, nodeAs(ast, 'AlterTableStmt')?.relation);
      if (!table || !existedBefore(ctx, table, reviewed)) continue;
      const name = displayName(table);
      const fix = statementFixFor(ctx, ref, table);
      // Measured by the replay: when the statement read no row of the table, nothing was validated.
      const scan = scanOf(reviewed, table, tableBefore(ctx, table, reviewed));
      if (scan === 'none') continue;
      for (const cmd of alterTableCmds(ast)) {
        const found: { c: Constraint; columns: string[]; viaColumn?: string }[] = [];
        if (cmd.subtype === 'AT_AddConstraint') {
          const c = nodeAs(cmd.def, 'Constraint');
          if (c && isValidatedNow(c)) found.push({ c, columns: stringValues(c.fk_attrs) });
        } else if (cmd.subtype === 'AT_AddColumn') {
          const col = nodeAs(cmd.def, 'ColumnDef');
          for (const c of scanningColumnConstraints(col)) if (col?.colname) found.push({ c, columns: [col.colname], viaColumn: col.colname });
        }
        for (const { c, columns, viaColumn } of found) {
          const cname = constraintName(reviewed, table, c, columns);
          const during = 'while every existing row is checked';
          if (c.contype === 'CONSTR_FOREIGN') {
            const ref = resolveTable(ctx, reviewed, c.pktable) ?? '?';
            const refName = displayName(ref);
            const own = mode(file, reviewed, table, viaColumn ? 'AccessExclusiveLock' : 'ShareRowExclusiveLock');
            const other = ref === table ? own : mode(file, reviewed, ref, 'ShareRowExclusiveLock');
            const refCols = stringValues(c.pk_attrs);
            const refText = `${refName}${refCols.length ? ` (${refCols.map(quoteIdent).join(', ')})` : ''}`;
            const cols = columns.map(quoteIdent).join(', ');
            out.push({
              file: file.source.path,
              statement,
              message:
                `${viaColumn ? `ADD COLUMN ${quoteIdent(viaColumn)} ... REFERENCES` : 'ADD FOREIGN KEY'} ${cname} on existing table ${name} validates every row: ` +
                `it holds ${lockName(own.mode)} on ${name} (${takenBy(own)}blocking ${lockBlocks(own.mode)})` +
                // A referenced table created in this transaction is invisible to other sessions: its lock blocks nobody.
                (ref === table || !existedBefore(ctx, ref, reviewed)
                  ? ''
                  : ` and ${lockName(other.mode)} on the referenced table ${refName} (${takenBy(other)}blocking ${lockBlocks(other.mode)})`) +
                ` ${holdDuration(reviewed.inTransaction, during)}.`,
              help: viaColumn
                ? `Add the column without REFERENCES, then add the foreign key NOT VALID and validate it in a separate transaction:\n` +
                  `ALTER TABLE ${name} ADD CONSTRAINT ${quoteIdent(cname)} FOREIGN KEY (${cols}) REFERENCES ${refText} NOT VALID;\n` +
                  `ALTER TABLE ${name} VALIDATE CONSTRAINT ${quoteIdent(cname)};`
                : `Add it NOT VALID (new rows are still checked), then validate it in a separate transaction, which lets reads and writes continue:\n` +
                  `ALTER TABLE ${name} ADD CONSTRAINT ${quoteIdent(cname)} FOREIGN KEY (${cols}) REFERENCES ${refText} NOT VALID;\n` +
                  `ALTER TABLE ${name} VALIDATE CONSTRAINT ${quoteIdent(cname)};`,
              fix,
              verified: own.traced && scan === 'seen' ? 'trace' : 'static',
            });
          } else {
            const own = mode(file, reviewed, table, 'AccessExclusiveLock');
            out.push({
              file: file.source.path,
              statement,
              message:
                `${viaColumn ? `ADD COLUMN ${quoteIdent(viaColumn)} ... CHECK` : 'ADD CHECK'} ${cname} on existing table ${name} holds ` +
                `${lockName(own.mode)} (${takenBy(own)}blocking ${lockBlocks(own.mode)}) ${holdDuration(reviewed.inTransaction, during)}` +
                `${viaColumn ? ', even for the column it has just added' : ''}.`,
              help: viaColumn
                ? 'Add the column without the CHECK, then add the CHECK with NOT VALID (new and updated rows are still checked) and run ' +
                  `ALTER TABLE ${name} VALIDATE CONSTRAINT ${quoteIdent(cname)}; in a separate transaction: it scans under SHARE UPDATE EXCLUSIVE, which lets reads and writes continue.`
                : 'Add it with NOT VALID (new and updated rows are still checked), then run ' +
                  `ALTER TABLE ${name} VALIDATE CONSTRAINT ${quoteIdent(cname)}; in a separate transaction: it scans under SHARE UPDATE EXCLUSIVE, which lets reads and writes continue.`,
              fix,
              verified: own.traced && scan === 'seen' ? 'trace' : 'static',
            });
          }
        }
      }
    }
    return out;
  },
};

