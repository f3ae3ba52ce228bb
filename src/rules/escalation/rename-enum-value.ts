// Layer 5: ALTER TYPE ... RENAME VALUE of an enum that existed before the pull request.
import type { FindingDraft, Rule } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { parsedStatements } from '../lib/statements.js';
import { nodeAs, stringValues } from '../../sql/ast.js';
import { displayName } from '../../sql/names.js';
import { qualify } from '../../core/catalog.js';
import type { Node } from '@pgsql/types';

/** `schema.name` of a type named by a list of String nodes, `public` when unqualified. */
function typeKey(names: Node[] | undefined): string | undefined {
  const parts = stringValues(names);
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? qualify(parts[0]) : parts.slice(-2).join('.');
}

function literal(label: string): string {
  return `'${label.replace(/'/g, "''")}'`;
}

export const renameEnumValue: Rule = {
  meta: {
    id: 'rename-enum-value',
    layer: 'escalation',
    severity: 'escalate',
    summary: 'ALTER TYPE ... RENAME VALUE of an existing enum.',
    why:
      'Renaming an enum label is instant in PostgreSQL, but the release still running during the deploy keeps sending ' +
      'the old label: its INSERTs and UPDATEs fail with "invalid input value for enum", and its WHERE clauses and ' +
      'code comparing the label stop matching the renamed rows. Rolling back the code breaks the same way. The ' +
      'expand/contract path: add the new label, deploy code that accepts both, move the rows, then stop using the ' +
      'old label in a later release.',
    setup:
      "CREATE TYPE order_status AS ENUM ('pending', 'shipped');\n" +
      'CREATE TABLE orders (id bigint PRIMARY KEY, status order_status NOT NULL);',
    bad: "ALTER TYPE order_status RENAME VALUE 'shipped' TO 'dispatched';",
    good:
      '-- expand: add the new label; the code accepts both, the rows move in a backfill, the old label is retired later\n' +
      "ALTER TYPE order_status ADD VALUE 'dispatched' AFTER 'shipped';",
    references: [`${POSTGRES_DOCS_URL}/sql-altertype.html`, `${POSTGRES_DOCS_URL}/datatype-enum.html`],
    fixable: false,
    needs: ['catalog'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    // Enums made in the pull request, and labels it added: no running code knows them yet.
    const createdTypes = new Set<string>();
    const addedLabels = new Set<string>();
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      const created = nodeAs(ast, 'CreateEnumStmt');
      if (created) {
        const key = typeKey(created.typeName);
        if (key) createdTypes.add(key);
        continue;
      }
      const alter = nodeAs(ast, 'AlterEnumStmt');
      const key = alter && typeKey(alter.typeName);
      if (!alter || !key || alter.newVal === undefined) continue;
      if (alter.oldVal === undefined) {
        addedLabels.add(`${key}\u0000${alter.newVal}`);
        continue;
      }
      // Failed statements are replay-error's; a new enum or a label added in this pull request is not in use.
      if (reviewed.trace && reviewed.trace.outcome !== 'ok') continue;
      if (createdTypes.has(key) || addedLabels.has(`${key}\u0000${alter.oldVal}`)) continue;
      addedLabels.add(`${key}\u0000${alter.newVal}`);
      const name = displayName(key);
      out.push({
        file: file.source.path,
        statement,
        message:
          `RENAME VALUE renames label ${literal(alter.oldVal)} of existing enum ${name} to ${literal(alter.newVal)}: the release ` +
          `still running during the deploy writes and compares ${literal(alter.oldVal)}, so its inserts and updates fail with ` +
          `"invalid input value for enum ${name}" and its filters miss the renamed rows until every instance runs the new code.`,
        help:
          `Expand/contract: add ${literal(alter.newVal)} with ALTER TYPE ${name} ADD VALUE, deploy code that accepts both labels, ` +
          `move the rows in batches (UPDATE ... SET ... = ${literal(alter.newVal)} WHERE ... = ${literal(alter.oldVal)}), then ` +
          `stop using ${literal(alter.oldVal)} in a later release. If a short window of errors is acceptable, a reviewer approves ` +
          'the escalation.',
        verified: 'static',
      });
    }
    return out;
  },
};
