// Layer 5: DROP TABLE of a table that existed before the pull request.
import type { FindingDraft, Rule } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { existedBefore, tableBefore } from '../lib/base-tables.js';
import { parsedStatements } from '../lib/statements.js';
import { nodeAs } from '../../sql/ast.js';
import { displayName, resolveTable } from '../../sql/names.js';

export const dropTable: Rule = {
  meta: {
    id: 'drop-table',
    layer: 'escalation',
    severity: 'escalate',
    summary: 'DROP TABLE of an existing table.',
    why:
      'DROP TABLE deletes the table and all its rows, indexes, constraints and triggers at once; only a backup ' +
      'brings them back. Code still running the previous release fails with "relation does not exist" until it is ' +
      'replaced, and with CASCADE the foreign keys and views of other tables that depend on it go too. Whether the ' +
      'data may go is a decision for a person, not a rule. The safe path takes two releases: first ship code that no ' +
      'longer uses the table (the good example only marks it as deprecated), then drop it in a later pull request, ' +
      'with a backup, which a reviewer approves.',
    setup: 'CREATE TABLE legacy_orders (id bigint PRIMARY KEY, total numeric(12,2));',
    bad: 'DROP TABLE legacy_orders;',
    // There is no SQL that drops existing data safely: the safe path is a first release that stops using the table
    // (and marks it), then the DROP in a later pull request that a reviewer approves.
    good: "COMMENT ON TABLE legacy_orders IS 'deprecated: unused since release 2026.03, to be dropped after the next backup (BILL-7)';",
    frameworks: {
      prisma: 'Remove the model in one release (the generated DROP TABLE then needs the approval label in a later one).',
    },
    references: [`${POSTGRES_DOCS_URL}/sql-droptable.html`, `${POSTGRES_DOCS_URL}/ddl-depend.html`],
    fixable: false,
    needs: ['catalog'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      const drop = nodeAs(ast, 'DropStmt');
      if (drop?.removeType !== 'OBJECT_TABLE') continue;
      for (const table of (drop.objects ?? []).map((o) => resolveTable(ctx, reviewed, o)).filter((t) => t !== undefined)) {
        if (!existedBefore(ctx, table, reviewed)) continue;
        const t = tableBefore(ctx, table, reviewed);
        const catalog = reviewed.before.tables[table] ? reviewed.before : ctx.baseCatalog;
        const referencing = Object.entries(catalog.tables)
          .filter(([name, other]) => name !== table && other.constraints.some((c) => c.kind === 'foreign' && c.references?.table === table))
          .map(([name]) => displayName(name));
        const name = displayName(table);
        const shape = t ? ` (${t.columns.length} column${t.columns.length === 1 ? '' : 's'}, ${t.indexes.length} index${t.indexes.length === 1 ? '' : 'es'})` : '';
        const refs = referencing.length
          ? ` Foreign keys of ${referencing.join(', ')} reference it: ${drop.behavior === 'DROP_CASCADE' ? 'CASCADE drops those constraints' : 'without CASCADE the drop fails'}.`
          : '';
        out.push({
          file: file.source.path,
          statement,
          message: `DROP TABLE deletes existing table ${name}${shape} and all its data.${refs}`,
          help:
            'Make sure no deployed code still reads or writes it (ship the code change first) and that a backup exists; ' +
            'a reviewer approves the escalation when the data may go.',
          verified: 'static',
        });
      }
    }
    return out;
  },
};
