// Schema design: varchar(n) on a column the pull request adds or retypes, where text with a CHECK is easier to change.
import type { FindingDraft, Rule } from '../rule.js';
import { quoteIdent } from '../../sql/names.js';
import { onePerStatement, type ColumnDraft } from '../lib/one-per-statement.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { isBoundedVarchar } from '../lib/column-types.js';
import { textWithCheck } from '../lib/text-with-check.js';
import { columnLabel, flagged, frameworkHint, newColumns, atColumn } from '../lib/new-columns.js';
import { schemaConvention } from '../lib/schema-convention.js';

/** The same advice in schema.prisma terms: a migration.sql edited by hand drifts from the schema. */
const PRISMA = 'Declare the field `String` without `@db.VarChar(n)` (Prisma maps it to TEXT) and check the length in the application, or add the CHECK to migration.sql by hand.';

export const preferText: Rule = {
  meta: {
    id: 'prefer-text',
    layer: 'design',
    severity: 'notice',
    summary: 'A new varchar(n) column where text with a CHECK constraint would do.',
    why:
      'varchar(n) and text are stored the same way; the limit is the only difference, and it is part of the type. ' +
      'Raising it is cheap, but lowering it (or any change the limit check cannot prove safe) is ALTER COLUMN TYPE, ' +
      'which rewrites the table and its indexes under ACCESS EXCLUSIVE, and views or functions using the column ' +
      'must be dropped and recreated first. With text and CHECK (char_length(col) <= n) the limit is a constraint: ' +
      'a new one can be added NOT VALID and validated without blocking writes, and the old one dropped. A schema ' +
      'whose strings are mostly varchar(n) (at least three, and at most one string column in four of type text) chose ' +
      'limits in the type, and a new column that follows it is not reported.',
    bad: 'ALTER TABLE users ADD COLUMN nickname varchar(50);',
    good:
      'ALTER TABLE users ADD COLUMN nickname text;\n' +
      'ALTER TABLE users ADD CONSTRAINT users_nickname_length CHECK (char_length(nickname) <= 50) NOT VALID;\n' +
      'ALTER TABLE users VALIDATE CONSTRAINT users_nickname_length;',
    setup: 'CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);',
    frameworks: { prisma: PRISMA },
    references: [`${POSTGRES_DOCS_URL}/datatype-character.html`, `${POSTGRES_DOCS_URL}/sql-altertable.html#SQL-ALTERTABLE-NOTES`],
    fixable: false,
    needs: ['catalog'],
  },
  check(ctx) {
    // A schema whose strings are mostly varchar(n) chose limits in the type: a new one follows it.
    const varcharConvention = schemaConvention(ctx.baseCatalog, (c) => c.typeName === 'varchar' && c.typmod > 0, (c) => c.typeName === 'text', 0.25);
    if (varcharConvention !== undefined) return [];
    const out: ColumnDraft[] = [];
    for (const nc of newColumns(ctx)) {
      // Resizing a column that already was varchar(n) is the cheap direction or column-type-rewrite's business.
      if (!flagged(nc, isBoundedVarchar) || (nc.previous && nc.previous.name === 'varchar')) continue;
      const limit = nc.type.mods[0];
      const draft: FindingDraft = {
        ...atColumn(nc),
        message:
          `${columnLabel(nc)} is ${nc.declared}${nc.type.domain ? ` (a domain over varchar(${limit}))` : ''}: the limit is part of the type, ` +
          'so lowering it later rewrites the table under ACCESS EXCLUSIVE.',
        help: `Use text with a CHECK constraint, which can be replaced without a rewrite:\n${textWithCheck(ctx, nc, limit)}${frameworkHint(nc.ref.file, PRISMA)}`,
        verified: nc.verified,
      };
      out.push({ draft, label: `${quoteIdent(nc.column)} ${nc.declared}` });
    }
    return onePerStatement(out);
  },
};
