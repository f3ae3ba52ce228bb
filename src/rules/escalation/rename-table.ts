// Layer 5: ALTER TABLE ... RENAME TO of a table that existed before the pull request.
import type { FindingDraft, Rule } from '../rule.js';
import { baseTableOf, tableBefore } from '../lib/base-tables.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { parsedStatements } from '../lib/statements.js';
import { statementFix } from '../fixes/statement-fix.js';
import { nodeAs } from '../../sql/ast.js';
import { displayName, resolveTable } from '../../sql/names.js';
import { lockName, tracedLockOn } from '../lib/locks.js';

const RENAMED_KINDS: Record<string, string> = {
  OBJECT_TABLE: 'table',
  OBJECT_VIEW: 'view',
  OBJECT_MATVIEW: 'materialized view',
  OBJECT_FOREIGN_TABLE: 'foreign table',
};

export const renameTable: Rule = {
  meta: {
    id: 'rename-table',
    layer: 'escalation',
    severity: 'escalate',
    summary: 'RENAME of an existing table.',
    why:
      'A rename is instant in PostgreSQL (a short ACCESS EXCLUSIVE lock), but a deploy is not: until every instance ' +
      'runs the new release, the old code keeps querying the old name and fails with "relation does not exist". ' +
      'Rolling back the code after the migration breaks the same way. The expand/contract path keeps both names ' +
      'working: rename the table and create a view with the old name in the same migration (a simple view is ' +
      'updatable, so old INSERT, UPDATE and DELETE keep working), then drop the view in a later release.',
    setup: 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);',
    bad: 'ALTER TABLE users RENAME TO accounts;',
    good: 'ALTER TABLE users RENAME TO accounts;\n-- the running release still queries users until it is replaced:\nCREATE VIEW users AS SELECT * FROM accounts;',
    frameworks: {
      prisma:
        'Rename the model and keep the table name with @@map("users") (no migration at all), or create the compatibility ' +
        'view in the generated migration.sql.',
    },
    references: [`${POSTGRES_DOCS_URL}/sql-altertable.html`, `${POSTGRES_DOCS_URL}/sql-createview.html#SQL-CREATEVIEW-UPDATABLE-VIEWS`],
    fixable: true,
    needs: ['catalog'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      const rename = nodeAs(ast, 'RenameStmt');
      const kind = rename?.renameType ? RENAMED_KINDS[rename.renameType] : undefined;
      const table = resolveTable(ctx, reviewed, rename?.relation);
      if (!rename || !kind || !table || !rename.newname) continue;
      // Running code knows the relation by its base name, not by one an earlier rename of the pull
      // request gave it (that rename was the breaking change, and is reported).
      const base = baseTableOf(ctx, table, reviewed);
      if (!base || `${base.schema}.${base.name}` !== table) continue;
      const before = tableBefore(ctx, table, reviewed);
      // A view keeping the old name at the end of the pull request is the expand/contract path.
      if (ctx.finalCatalog.tables[table]?.kind === 'view' && before?.kind !== 'view') continue;
      const name = displayName(table);
      const schema = table.slice(0, table.indexOf('.'));
      const next = displayName(`${schema}.${rename.newname}`);
      const lock = tracedLockOn(reviewed.trace, table);
      const view = `CREATE VIEW ${name} AS SELECT * FROM ${next};`;
      out.push({
        file: file.source.path,
        statement,
        message:
          `RENAME TO renames existing ${before?.kind === 'view' ? 'view' : kind} ${name} to ${next}: the release still running during ` +
          `the deploy queries ${name} and gets "relation does not exist" errors until every instance runs the new code ` +
          `(the rename itself is instant${lock ? ` under ${lockName(lock)}` : ''}).`,
        help:
          `Expand/contract: keep the old name working with a view in the same migration (${view}), and drop the view in a ` +
          'later release once no code uses the old name; or rename in two releases. A reviewer approves the escalation.',
        fix:
          kind === 'table' && before?.kind !== 'view'
            ? statementFix(file, statement, `${statement.text}${statement.text.endsWith(';') ? '' : ';'}\n${view}`, `Keep ${name} working with a view over ${next}`)
            : undefined,
        verified: lock ? 'trace' : 'static',
      });
    }
    return out;
  },
};
