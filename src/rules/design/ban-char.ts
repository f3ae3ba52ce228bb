// Schema design: char(n) / character(n) on a column the pull request adds or retypes.
import type { FindingDraft, Rule } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { isBlankPadded } from '../lib/column-types.js';
import { textWithCheck } from '../lib/text-with-check.js';
import { columnLabel, flagged, frameworkHint, newColumns, atColumn } from '../lib/new-columns.js';

/** The same advice in schema.prisma terms: a migration.sql edited by hand drifts from the schema. */
const PRISMA = 'Declare the field `String` instead of `String @db.Char(n)`, then regenerate the migration.';

export const banChar: Rule = {
  meta: {
    id: 'ban-char',
    layer: 'design',
    severity: 'warning',
    summary: 'A new char(n) / character(n) column.',
    why:
      'char(n) pads every value with spaces to n characters and ignores trailing spaces when comparing: ' +
      "'ab'::char(4) = 'ab  ' is true, but once cast to text (concatenation, LIKE, most functions, an application " +
      'reading it) the padding appears or vanishes inconsistently, and a plain `char` column is char(1). It is not ' +
      'faster than text or varchar, and takes more space. The quoted one-byte type "char" is a different type and ' +
      'is not flagged.',
    bad: 'ALTER TABLE orders ADD COLUMN currency char(3);',
    good: "ALTER TABLE orders ADD COLUMN currency text;\nALTER TABLE orders ADD CONSTRAINT orders_currency_length CHECK (char_length(currency) = 3) NOT VALID;",
    setup: 'CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, placed_at timestamptz NOT NULL);',
    frameworks: { prisma: PRISMA },
    references: [`${POSTGRES_DOCS_URL}/datatype-character.html`],
    fixable: false,
    needs: ['catalog'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const nc of newColumns(ctx)) {
      if (!flagged(nc, isBlankPadded)) continue;
      const limit = nc.type.mods[0];
      out.push({
        ...atColumn(nc),
        message:
          `${columnLabel(nc)} is ${nc.declared}${limit !== undefined && !/\(/.test(nc.declared) ? ` (char(${limit}))` : ''}${nc.type.domain ? ' (through a domain)' : ''}: ` +
          'values are blank-padded to the length and trailing spaces are ignored in comparisons but not in text functions.',
        help:
          `Use text (or varchar), with a CHECK for the length (= ${limit ?? 'n'} if every value must have exactly that length):\n` +
          textWithCheck(ctx, nc, limit) +
          frameworkHint(nc.ref.file, PRISMA),
        verified: nc.verified,
      });
    }
    return out;
  },
};
