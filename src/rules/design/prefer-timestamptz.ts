// Schema design: timestamp without time zone on a column the pull request adds or retypes.
import type { Catalog } from '../../core/catalog.js';
import type { FindingDraft, Rule } from '../rule.js';
import { quoteIdent } from '../../sql/names.js';
import { onePerStatement, type ColumnDraft } from '../lib/one-per-statement.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { typeFix } from '../lib/column-source.js';
import { isTimestamp, type ResolvedType } from '../lib/column-types.js';
import { columnLabel, flagged, frameworkHint, newColumns, replacementDdl, atColumn } from '../lib/new-columns.js';
import { schemaConvention } from '../lib/schema-convention.js';

/** The same advice in schema.prisma terms: a migration.sql edited by hand drifts from the schema. */
const PRISMA = 'Declare the field `DateTime @db.Timestamptz(3)` in schema.prisma (Prisma maps DateTime to TIMESTAMP(3) by default), then regenerate the migration.';

/** timestamp(3)[] -> timestamptz(3)[]. */
function withZone(t: ResolvedType): string {
  return `timestamptz${t.mods.length ? `(${t.mods[0]})` : ''}${t.array ? '[]' : ''}`;
}

/**
 * Time kept without a zone throughout the existing schema (Prisma's default DateTime mapping,
 * Hibernate's LocalDateTime): at most one timestamp column in ten has a zone. A new column that
 * follows it is not reported: switching zones is a project-wide decision, and one timestamptz among
 * timestamps compares in the session's zone.
 */
const zonelessConvention = (catalog: Catalog): number | undefined =>
  schemaConvention(catalog, (c) => c.typeName === 'timestamp' || c.typeName === '_timestamp', (c) => c.typeName === 'timestamptz' || c.typeName === '_timestamptz', 0.1);

export const preferTimestamptz: Rule = {
  meta: {
    id: 'prefer-timestamptz',
    layer: 'design',
    severity: 'warning',
    summary: 'A new column of type timestamp (without time zone).',
    why:
      'timestamp without time zone stores a wall-clock reading with no zone: PostgreSQL drops the offset of the ' +
      "value written ('2024-03-10 02:30+01' is stored as 02:30), so rows written by sessions or servers in " +
      'different TimeZone settings cannot be compared, now() is silently converted to the session zone, and hours ' +
      'repeated or skipped by daylight saving time are ambiguous. timestamptz takes the same 8 bytes, stores an ' +
      'absolute instant, and shows it in the reader\'s zone. A schema that keeps time without a zone throughout ' +
      '(at least three such columns, at most one timestamp column in ten with a zone: Prisma\'s and Hibernate\'s ' +
      'defaults) made that choice once for all its tables, and a new column that follows it is not reported.',
    bad: 'ALTER TABLE orders ADD COLUMN shipped_at timestamp;',
    good: 'ALTER TABLE orders ADD COLUMN shipped_at timestamptz;',
    setup: 'CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, placed_at timestamptz NOT NULL);',
    frameworks: { prisma: PRISMA },
    references: [`${POSTGRES_DOCS_URL}/datatype-datetime.html`],
    fixable: true,
    needs: ['catalog'],
  },
  check(ctx) {
    const out: ColumnDraft[] = [];
    if (zonelessConvention(ctx.baseCatalog) !== undefined) return [];
    for (const nc of newColumns(ctx)) {
      if (!flagged(nc, isTimestamp)) continue;
      const label = columnLabel(nc);
      const type = withZone(nc.type);
      const domain = nc.type.domain;
      const draft: FindingDraft = {
        ...atColumn(nc),
        message:
          `${label} is ${nc.declared}${domain ? ` (a domain over timestamp without time zone)` : ''}: it stores wall-clock time ` +
          'without a zone, so values written under different TimeZone settings do not compare and DST hours are ambiguous.',
        help: domain
          ? `Declare the domain ${domain} over ${type}, or the column as ${type}:\n${replacementDdl(nc, type)}`
          : `Use timestamptz (same 8 bytes, an absolute instant shown in each session's zone):\n${replacementDdl(nc, type)}${frameworkHint(nc.ref.file, PRISMA)}`,
        fix: nc.source && !domain ? typeFix(nc.ref.file, nc.ref.statement, nc.source, type, `Declare ${label} as ${type}`) : undefined,
        verified: nc.verified,
      };
      out.push({ draft, label: `${quoteIdent(nc.column)} ${nc.declared}` });
    }
    return onePerStatement(out);
  },
};
