// Schema design: json on a column the pull request adds or retypes.
import type { FindingDraft, Rule } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { typeFix } from '../lib/column-source.js';
import { isJson } from '../lib/column-types.js';
import { columnLabel, flagged, frameworkHint, newColumns, replacementDdl, atColumn } from '../lib/new-columns.js';

/** The same advice in schema.prisma terms: a migration.sql edited by hand drifts from the schema. */
const PRISMA = 'Declare the field `Json` without `@db.Json` (Prisma maps Json to JSONB), then regenerate the migration.';

export const preferJsonb: Rule = {
  meta: {
    id: 'prefer-jsonb',
    layer: 'design',
    severity: 'warning',
    summary: 'A new column of type json instead of jsonb.',
    why:
      'json keeps the input text as it was written and re-parses it at every access, so ->, ->> and every function ' +
      'on it are slower; it has no equality operator, so DISTINCT, GROUP BY, UNION and UNIQUE on it fail ("could not ' +
      'identify an equality operator for type json"), and it has no GIN operator class for containment (@>) or key ' +
      'searches. jsonb stores a parsed binary form and supports all of these. Keep json only when the exact text ' +
      '(key order, duplicate keys, whitespace) must be preserved.',
    bad: 'ALTER TABLE orders ADD COLUMN metadata json;',
    good: 'ALTER TABLE orders ADD COLUMN metadata jsonb;',
    setup: 'CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, placed_at timestamptz NOT NULL);',
    frameworks: { prisma: PRISMA },
    references: [`${POSTGRES_DOCS_URL}/datatype-json.html`, `${POSTGRES_DOCS_URL}/datatype-json.html#JSON-INDEXING`],
    fixable: true,
    needs: ['catalog'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const nc of newColumns(ctx)) {
      if (!flagged(nc, isJson)) continue;
      const label = columnLabel(nc);
      const type = `jsonb${nc.type.array ? '[]' : ''}`;
      const domain = nc.type.domain;
      out.push({
        ...atColumn(nc),
        message:
          `${label} is ${nc.declared}${domain ? ' (a domain over json)' : ''}: json is re-parsed at every access, has no ` +
          'equality operator (DISTINCT, GROUP BY and UNIQUE fail) and no GIN index support.',
        help:
          (domain ? `Declare the domain ${domain} over jsonb, or the column as jsonb:\n` : 'Use jsonb (keep json only if the exact input text, key order and duplicate keys matter):\n') +
          replacementDdl(nc, type) +
          frameworkHint(nc.ref.file, PRISMA),
        fix: nc.source && !domain ? typeFix(nc.ref.file, nc.ref.statement, nc.source, type, `Declare ${label} as ${type}`) : undefined,
        verified: nc.verified,
      });
    }
    return out;
  },
};
