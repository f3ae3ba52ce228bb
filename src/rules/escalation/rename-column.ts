// Layer 5: RENAME COLUMN of a column that existed before the pull request.
import type { FindingDraft, Rule } from '../rule.js';
import { baseColumnOf, existedBefore } from '../lib/base-tables.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { parsedStatements } from '../lib/statements.js';
import { nodeAs } from '../../sql/ast.js';
import { displayName, quoteIdent, resolveTable } from '../../sql/names.js';
import { lockName, tracedLockOn } from '../lib/locks.js';

export const renameColumn: Rule = {
  meta: {
    id: 'rename-column',
    layer: 'escalation',
    severity: 'escalate',
    summary: 'RENAME COLUMN of an existing column.',
    why:
      'A column rename is instant in PostgreSQL (a short ACCESS EXCLUSIVE lock), but until every instance runs the new ' +
      'release, the old code keeps naming the old column: its SELECTs, INSERTs and UPDATEs fail with "column does not ' +
      'exist", and ORMs that list every known column fail on every query of the table. Rolling back the code breaks ' +
      'the same way. The expand/contract path: add the new column, write both (the code or a trigger), backfill, ' +
      'switch reads, and drop the old column in a later release.',
    setup: 'CREATE TABLE users (id bigint PRIMARY KEY, name text);',
    bad: 'ALTER TABLE users RENAME COLUMN name TO full_name;',
    good:
      '-- expand: add the new column; the code writes both, a backfill copies name, reads switch, name is dropped later\n' +
      'ALTER TABLE users ADD COLUMN full_name text;',
    frameworks: {
      prisma: 'Rename the field and keep the column with @map("name"): the schema changes, the database does not.',
    },
    references: [`${POSTGRES_DOCS_URL}/sql-altertable.html`, `${POSTGRES_DOCS_URL}/ddl-alter.html#DDL-ALTER-RENAMING-COLUMN`],
    fixable: false,
    needs: ['catalog'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      const rename = nodeAs(ast, 'RenameStmt');
      if (rename?.renameType !== 'OBJECT_COLUMN' || !rename.subname || !rename.newname) continue;
      const table = resolveTable(ctx, reviewed, rename.relation);
      if (!table || !existedBefore(ctx, table, reviewed)) continue;
      const column = rename.subname;
      // Running code knows the column by its base name: not one added earlier in the pull request,
      // nor the name an earlier rename gave it (that rename was the breaking change).
      if (baseColumnOf(ctx, table, column, reviewed)?.name !== column) continue;
      const name = displayName(table);
      const lock = tracedLockOn(reviewed.trace, table);
      out.push({
        file: file.source.path,
        statement,
        message:
          `RENAME COLUMN renames existing column ${name}.${quoteIdent(column)} to ${quoteIdent(rename.newname)}: the release still ` +
          `running during the deploy names ${quoteIdent(column)} and gets "column does not exist" errors until every instance ` +
          `runs the new code (the rename itself is instant${lock ? ` under ${lockName(lock)}` : ''}).`,
        help:
          `Expand/contract: add ${quoteIdent(rename.newname)} as a new column, write both (in the code or with a trigger), backfill it ` +
          `in batches, switch reads, then drop ${quoteIdent(column)} in a later release. If a short window of errors is acceptable, ` +
          'a reviewer approves the escalation.',
        verified: lock ? 'trace' : 'static',
      });
    }
    return out;
  },
};
