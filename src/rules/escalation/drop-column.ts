// Layer 5: ALTER TABLE ... DROP COLUMN of a column that existed before the pull request.
import type { FindingDraft, Rule } from '../rule.js';
import { baseColumnOf, existedBefore, tableBefore } from '../lib/base-tables.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { parsedStatements } from '../lib/statements.js';
import { alterTableCmds, nodeAs } from '../../sql/ast.js';
import { displayName, quoteIdent, resolveTable } from '../../sql/names.js';

/** Whether an index key expression or predicate mentions the column as a whole word. */
function mentions(text: string | null, column: string): boolean {
  if (!text) return false;
  const escaped = column.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^a-zA-Z0-9_$"])"?${escaped}"?($|[^a-zA-Z0-9_$"])`).test(text);
}

export const dropColumn: Rule = {
  meta: {
    id: 'drop-column',
    layer: 'escalation',
    severity: 'escalate',
    summary: 'DROP COLUMN of an existing column.',
    why:
      'DROP COLUMN is quick (the column is only marked dropped) but its data is gone, and indexes and constraints ' +
      'that use the column are dropped with it (foreign keys of other tables need CASCADE). Code of the previous ' +
      'release that still names the column fails until it is replaced, including INSERTs listing it and ORMs ' +
      'that select every known column. Whether the data may go is a decision for a person. The safe path takes two ' +
      'releases: first stop using the column (make it nullable so the code can stop writing it, ORMs: mark it ' +
      'ignored), then drop it in a later pull request, which a reviewer approves.',
    bad: 'ALTER TABLE users DROP COLUMN legacy_token;',
    setup: 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, legacy_token text NOT NULL);',
    // The first release of the safe path: the code stops writing the column, so it must accept NULL; the DROP comes
    // in a later pull request that a reviewer approves.
    good: 'ALTER TABLE users ALTER COLUMN legacy_token DROP NOT NULL;',
    frameworks: {
      prisma: 'Make the field optional and stop using it in one release; remove it from the model (the generated DROP COLUMN) in a later one.',
    },
    references: [`${POSTGRES_DOCS_URL}/sql-altertable.html#SQL-ALTERTABLE-DESC-DROP-COLUMN`, `${POSTGRES_DOCS_URL}/ddl-alter.html#DDL-ALTER-REMOVING-A-COLUMN`],
    fixable: false,
    needs: ['catalog'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      const table = resolveTable(ctx, reviewed, nodeAs(ast, 'AlterTableStmt')?.relation);
      if (!table || !existedBefore(ctx, table, reviewed)) continue;
      const t = tableBefore(ctx, table, reviewed);
      // One finding per statement: an ALTER TABLE dropping fifty columns is one decision.
      const messages: string[] = [];
      const dropped: string[] = [];
      for (const cmd of alterTableCmds(ast)) {
        const column = cmd.subtype === 'AT_DropColumn' ? cmd.name : undefined;
        // A table the replay never saw (presumed existing after a history gap): its columns are unknown, so presumed too.
        if (!column || (t !== undefined && !baseColumnOf(ctx, table, column, reviewed))) continue;
        const catalog = reviewed.before.tables[table] ? reviewed.before : ctx.baseCatalog;
        const indexes = (t?.indexes ?? [])
          .filter((ix) => !ix.constraint && (ix.columns.includes(column) || ix.include.includes(column) || ix.keys.some((k) => mentions(k, column)) || mentions(ix.predicate, column)))
          .map((ix) => `index ${ix.name}`);
        const constraints = (t?.constraints ?? [])
          .filter((c) => c.kind !== 'not-null' && c.columns.includes(column))
          .map((c) => `${c.kind === 'foreign' ? 'foreign key' : c.kind === 'primary' ? 'primary key' : c.kind} ${c.name}`);
        const referencing = Object.entries(catalog.tables).flatMap(([name, other]) =>
          other.constraints
            .filter((c) => c.kind === 'foreign' && c.references?.table === table && c.references.columns.includes(column) && name !== table)
            .map((c) => `foreign key ${c.name} of ${displayName(name)}`),
        );
        const goes = [...indexes, ...constraints];
        const name = displayName(table);
        let message = `DROP COLUMN deletes existing column ${quoteIdent(column)} of ${name} and its data`;
        if (goes.length) message += `; ${goes.join(', ')} ${goes.length === 1 ? 'goes' : 'go'} with it`;
        if (referencing.length) {
          message += `; ${referencing.join(', ')} ${cmd.behavior === 'DROP_CASCADE' ? 'are dropped by CASCADE' : 'depend on it, so the drop fails without CASCADE'}`;
        }
        messages.push(message);
        dropped.push(quoteIdent(column));
      }
      if (messages.length === 0) continue;
      out.push({
        file: file.source.path,
        statement,
        message:
          messages.length === 1
            ? `${messages[0]}.`
            : `DROP COLUMN deletes ${messages.length} existing columns of ${displayName(table)} and their data (${dropped.join(', ')}). ` +
              messages.map((m) => m.replace(/^DROP COLUMN deletes existing column /, '')).join('. ') + '.',
        help:
          'Deploy code that no longer reads or writes the column first (ORMs: mark it ignored), keep a backup if the data may be ' +
          'needed, then drop it; a reviewer approves the escalation.',
        verified: 'static',
      });
    }
    return out;
  },
};
