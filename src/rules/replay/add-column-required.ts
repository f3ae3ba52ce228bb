// Layer 2: ADD COLUMN ... NOT NULL with nothing to fill existing rows. Replay runs it on an empty
// table, where it succeeds; production fails on the first row.
import type { FindingDraft, Rule } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { existedBefore, tableBefore } from '../lib/base-tables.js';
import { parsedStatements } from '../lib/statements.js';
import { alterTableCmds, columnConstraints, nodeAs, writtenType } from '../../sql/ast.js';
import { columnFailsOnExistingRows } from '../lib/added-columns.js';
import { displayName, quoteIdent, resolveTable } from '../../sql/names.js';

export const addColumnRequired: Rule = {
  meta: {
    id: 'add-column-required',
    layer: 'replay',
    severity: 'error',
    summary: 'ADD COLUMN ... NOT NULL without a default on an existing table.',
    why:
      'ADD COLUMN gives every existing row the column\'s default, or NULL when it has none. With NOT NULL (or PRIMARY ' +
      'KEY) and no default, the first existing row violates the constraint and PostgreSQL rejects the statement with ' +
      '"column ... contains null values": the deploy fails as soon as the table holds a row. Replay runs the history on ' +
      'an empty database, where the same statement succeeds, so only this rule can catch it before production.',
    bad: 'ALTER TABLE orders ADD COLUMN status text NOT NULL;',
    good: "ALTER TABLE orders ADD COLUMN status text NOT NULL DEFAULT 'pending';",
    setup: 'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL);',
    references: [`${POSTGRES_DOCS_URL}/sql-altertable.html#SQL-ALTERTABLE-DESC-ADD-COLUMN`, `${POSTGRES_DOCS_URL}/ddl-alter.html#DDL-ALTER-ADDING-A-COLUMN`],
    fixable: false,
    needs: ['catalog'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      if (reviewed.trace?.outcome === 'error') continue; // replay-error says why it failed
      const table = resolveTable(ctx, reviewed, nodeAs(ast, 'AlterTableStmt')?.relation);
      if (!table || !existedBefore(ctx, table, reviewed)) continue;
      const before = tableBefore(ctx, table, reviewed);
      if (before && before.kind !== 'table' && before.kind !== 'partitioned') continue; // a foreign table checks nothing
      for (const cmd of alterTableCmds(ast)) {
        if (cmd.subtype !== 'AT_AddColumn') continue;
        const col = nodeAs(cmd.def, 'ColumnDef');
        if (!col?.colname) continue;
        // ADD COLUMN IF NOT EXISTS on a column that is already there does nothing.
        if (cmd.missing_ok && before?.columns.some((c) => c.name === col.colname)) continue;
        if (!columnFailsOnExistingRows(col)) continue;
        const constraints = columnConstraints(col);
        const name = displayName(table);
        const column = quoteIdent(col.colname);
        const type = writtenType(col.typeName);
        const primary = constraints.some((c) => c.contype === 'CONSTR_PRIMARY');
        const notValidRoute =
          ctx.config.postgresVersion >= 12
            ? `ALTER TABLE ${name} ADD CONSTRAINT ${quoteIdent(`${before?.name ?? 'table'}_${col.colname}_not_null`)} CHECK (${column} IS NOT NULL) NOT VALID;\n` +
              `ALTER TABLE ${name} VALIDATE CONSTRAINT ${quoteIdent(`${before?.name ?? 'table'}_${col.colname}_not_null`)};\n` +
              `ALTER TABLE ${name} ALTER COLUMN ${column} SET NOT NULL; -- uses the validated CHECK, no scan (PostgreSQL 12+)`
            : `ALTER TABLE ${name} ALTER COLUMN ${column} SET NOT NULL; -- scans the table under ACCESS EXCLUSIVE before PostgreSQL 12`;
        out.push({
          file: file.source.path,
          statement,
          message:
            `ADD COLUMN ${column} ${primary ? 'PRIMARY KEY' : 'NOT NULL'} without a default on existing table ${name}: every existing row gets NULL in ` +
            `${column}, so the statement fails with "column ${col.colname} of relation ${before?.name ?? name} contains null values" as soon as ` +
            `${name} holds a row. Replay succeeded only because its copy of ${name} is empty.`,
          help:
            (ctx.config.postgresVersion >= 11
              ? `Give it a DEFAULT that existing rows may hold (a constant default fills them without rewriting the table, PostgreSQL 11+), e.g. ` +
                `ADD COLUMN ${column}${type ? ` ${type.name}` : ''} NOT NULL DEFAULT <value>. `
              : 'A DEFAULT would fill the existing rows, but before PostgreSQL 11 it rewrites the whole table under ACCESS EXCLUSIVE. ') +
            `Where no default makes sense: add the column nullable, backfill it in batches, then make it NOT NULL without a long lock:\n` +
            notValidRoute,
          verified: 'static',
        });
      }
    }
    return out;
  },
};
