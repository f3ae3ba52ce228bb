// Layer 4: ADD UNIQUE / PRIMARY KEY / EXCLUDE on an existing table, building its index under lock.
import type { Constraint } from '@pgsql/types';
import type { ReviewedStatement } from '../../core/review-types.js';
import type { FindingDraft, Rule } from '../rule.js';
import { columnFailsOnExistingRows } from '../lib/added-columns.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { existedBefore, tableBefore } from '../lib/base-tables.js';
import { parsedStatements } from '../lib/statements.js';
import { alterTableCmds, nodeAs, stringValues } from '../../sql/ast.js';
import { displayName, quoteIdent, resolveTable } from '../../sql/names.js';
import { duplicatesWarning } from '../lib/indexes.js';
import { heldOn, locksHeldDuring, holdDuration } from '../lib/locks.js';
import { concurrentThenFollowUp } from '../fixes/leave-transaction.js';

const LABEL: Record<string, string> = { CONSTR_UNIQUE: 'UNIQUE', CONSTR_PRIMARY: 'PRIMARY KEY', CONSTR_EXCLUSION: 'EXCLUDE' };

/** The name PostgreSQL gives the constraint: written, read from the catalog change, else its default. */
function constraintName(reviewed: ReviewedStatement, table: string, c: Constraint, columns: string[]): string {
  if (c.conname) return c.conname;
  const kind = c.contype === 'CONSTR_PRIMARY' ? 'primary' : c.contype === 'CONSTR_UNIQUE' ? 'unique' : 'exclude';
  const had = new Set((reviewed.before.tables[table]?.constraints ?? []).map((x) => x.name));
  const made = (reviewed.after.tables[table]?.constraints ?? []).filter((x) => x.kind === kind && !had.has(x.name));
  if (made.length === 1) return made[0].name;
  const bare = table.slice(table.indexOf('.') + 1);
  if (kind === 'primary') return `${bare}_pkey`.slice(0, 63);
  return `${bare}_${columns.length ? columns.join('_') : 'excl'}`.slice(0, 63 - 4) + (kind === 'unique' ? '_key' : '_excl');
}

export const uniqueConstraintBuildsIndex: Rule = {
  meta: {
    id: 'unique-constraint-builds-index',
    layer: 'output',
    severity: 'error',
    summary: 'ADD UNIQUE / PRIMARY KEY / EXCLUDE on an existing table without USING INDEX.',
    why:
      'Adding a UNIQUE, PRIMARY KEY or EXCLUDE constraint builds its index as part of ALTER TABLE, under an ACCESS ' +
      'EXCLUSIVE lock: every read and write of the table waits for the whole index build (minutes to hours on a large ' +
      'table), and until commit inside a transaction. For UNIQUE and PRIMARY KEY, build the index first with CREATE ' +
      'UNIQUE INDEX CONCURRENTLY (reads and writes continue), then attach it with ADD CONSTRAINT ... USING INDEX, which ' +
      'only takes the lock for a moment. A PRIMARY KEY also needs its columns NOT NULL already, or it scans the table to ' +
      'check them.',
    bad: 'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);',
    good:
      'CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);\n' +
      'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;',
    setup: 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n',
    frameworks: {
      goose:
        '-- +goose NO TRANSACTION\n-- +goose Up\nCREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);\n' +
        'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;',
      prisma:
        '-- a migration holding only the index:\nCREATE UNIQUE INDEX CONCURRENTLY "users_email_key" ON "users"("email");\n' +
        '-- the next migration:\nALTER TABLE "users" ADD CONSTRAINT "users_email_key" UNIQUE USING INDEX "users_email_key";',
    },
    references: [
      `${POSTGRES_DOCS_URL}/sql-altertable.html#SQL-ALTERTABLE-DESC-ADD-TABLE-CONSTRAINT-USING-INDEX`,
      `${POSTGRES_DOCS_URL}/sql-createindex.html#SQL-CREATEINDEX-CONCURRENTLY`,
      `${POSTGRES_DOCS_URL}/explicit-locking.html#LOCKING-TABLES`,
    ],
    fixable: true,
    needs: ['catalog', 'trace'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      const table = resolveTable(ctx, reviewed, nodeAs(ast, 'AlterTableStmt')?.relation);
      if (!table || !existedBefore(ctx, table, reviewed)) continue;
      const cmds = alterTableCmds(ast);
      const before = tableBefore(ctx, table, reviewed);
      const name = displayName(table);
      const own = heldOn(locksHeldDuring(file, reviewed), table);
      const verified = own?.mode === 'AccessExclusiveLock' && own.traced ? 'trace' : 'static';
      const during = holdDuration(reviewed.inTransaction, 'for the whole index build');
      for (const cmd of cmds) {
        if (cmd.subtype === 'AT_AddColumn') {
          const col = nodeAs(cmd.def, 'ColumnDef');
          const c = (col?.constraints ?? []).map((n) => nodeAs(n, 'Constraint')).find((x) => x && (x.contype === 'CONSTR_UNIQUE' || x.contype === 'CONSTR_PRIMARY'));
          if (!c || !col?.colname) continue;
          // A required column with nothing to fill the rows fails on a non-empty table: add-column-required says so.
          if (columnFailsOnExistingRows(col)) continue;
          out.push({
            file: file.source.path,
            statement,
            message:
              `ADD COLUMN ${quoteIdent(col.colname)} ... ${LABEL[c.contype ?? '']} builds a unique index over every row of existing table ` +
              `${name} while holding ACCESS EXCLUSIVE on it: all reads and writes of ${name} wait ${during}.`,
            help:
              'Add the column without the constraint, then build the index with CREATE UNIQUE INDEX CONCURRENTLY (outside a ' +
              `transaction) and attach it with ALTER TABLE ${name} ADD CONSTRAINT ... ${LABEL[c.contype ?? '']} USING INDEX ...;`,
            verified,
          });
          continue;
        }
        const c = cmd.subtype === 'AT_AddConstraint' ? nodeAs(cmd.def, 'Constraint') : undefined;
        const label = LABEL[c?.contype ?? ''];
        if (!c || !label || c.indexname) continue;
        const columns = stringValues(c.keys);
        const cname = quoteIdent(constraintName(reviewed, table, c, columns));
        const message =
          `ADD ${label} ${cname} on existing table ${name} builds its index while holding ACCESS EXCLUSIVE on ${name}: ` +
          `all reads and writes wait ${during}.` +
          (c.contype !== 'CONSTR_EXCLUSION' ? ` ${duplicatesWarning(name, columns, before)}` : '');
        let help: string;
        let fix: FindingDraft['fix'];
        if (c.contype === 'CONSTR_EXCLUSION') {
          help =
            'An EXCLUDE constraint cannot be attached from an index built beforehand (there is no USING INDEX for it), so its ' +
            'index is always built under ACCESS EXCLUSIVE. Add it when the table is small or traffic is low, with a short ' +
            'lock_timeout; or enforce the rule another way (a trigger, or a new table that has the constraint from the start).';
        } else if (before?.kind === 'partitioned') {
          help =
            `${name} is partitioned and CREATE INDEX CONCURRENTLY does not support partitioned tables: build the unique index ` +
            'CONCURRENTLY on each partition, create it ON ONLY the parent and ATTACH PARTITION each one, then add the constraint.';
        } else {
          const cols = columns.map(quoteIdent).join(', ');
          const include = stringValues(c.including);
          const index =
            `CREATE UNIQUE INDEX CONCURRENTLY ${cname} ON ${name} (${cols})` +
            (include.length ? ` INCLUDE (${include.map(quoteIdent).join(', ')})` : '') +
            (c.nulls_not_distinct ? ' NULLS NOT DISTINCT' : '') +
            ';';
          const attach =
            `ALTER TABLE ${name} ADD CONSTRAINT ${cname} ${label} USING INDEX ${cname}` +
            (c.deferrable ? ' DEFERRABLE' : '') +
            (c.initdeferred ? ' INITIALLY DEFERRED' : '') +
            ';';
          const nullable = c.contype === 'CONSTR_PRIMARY' ? columns.filter((k) => before?.columns.find((x) => x.name === k)?.notNull === false) : [];
          help =
            'Build the index without blocking reads and writes, outside a transaction block, then attach it (the lock is then ' +
            `held only for a moment):\n${index}\n${attach}` +
            (nullable.length
              ? `\nA primary key makes its columns NOT NULL: ${nullable.map(quoteIdent).join(', ')} ${nullable.length > 1 ? 'are' : 'is'} ` +
                'nullable, so make them NOT NULL first without a scan (see set-not-null-scans-table).'
              : '');
          const plain = columns.length > 0 && !c.options?.length && !c.indexspace && cmds.length === 1;
          if (plain) {
            fix = concurrentThenFollowUp(ctx, file, reviewed, index, attach, {
              description: 'Build the unique index CONCURRENTLY, outside a transaction',
              followUp: `attach_${constraintName(reviewed, table, c, columns)}`,
              // Attaching takes ACCESS EXCLUSIVE for a moment: give up rather than queue traffic behind it.
              followUpPrelude: "SET lock_timeout = '5s';\n",
            });
          }
        }
        out.push({ file: file.source.path, statement, message, help, fix, verified });
      }
    }
    return out;
  },
};
