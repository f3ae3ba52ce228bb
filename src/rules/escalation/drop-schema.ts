// Layer 5: DROP SCHEMA of a schema that existed before the pull request, and DROP DATABASE.
import type { FindingDraft, Rule } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { parsedStatements, type ParsedRef } from '../lib/statements.js';
import { nodeAs, stringValues } from '../../sql/ast.js';
import { displayName } from '../../sql/names.js';

/** Whether a statement before `ref` in the pull request created the schema (a schema new in the PR holds no data). */
function createdInPullRequest(refs: ParsedRef[], ref: ParsedRef, schema: string): boolean {
  let created = false;
  for (const r of refs) {
    if (r.seq >= ref.seq) break;
    if (nodeAs(r.ast, 'CreateSchemaStmt')?.schemaname === schema) created = true;
    const drop = nodeAs(r.ast, 'DropStmt');
    if (drop?.removeType === 'OBJECT_SCHEMA' && stringValues(drop.objects).includes(schema)) created = false;
  }
  return created;
}

export const dropSchema: Rule = {
  meta: {
    id: 'drop-schema',
    layer: 'escalation',
    severity: 'escalate',
    summary: 'DROP SCHEMA of an existing schema, or DROP DATABASE.',
    why:
      'DROP SCHEMA ... CASCADE deletes every table, view, function, type and sequence in the schema with all their ' +
      'data, and the foreign keys and views of other schemas that depend on them; without CASCADE it fails unless the ' +
      'schema is empty. DROP DATABASE removes a whole database. Only a backup brings either back, so a person decides.',
    setup: 'CREATE SCHEMA reporting;\nCREATE TABLE reporting.daily_sales (day date PRIMARY KEY, total numeric(12,2));',
    bad: 'DROP SCHEMA reporting CASCADE;',
    good:
      '-- a schema this migration creates for its own work can go at the end:\n' +
      'CREATE SCHEMA import_tmp;\nCREATE TABLE import_tmp.rows (id bigint PRIMARY KEY, payload jsonb);\n' +
      '-- ... load and merge the rows ...\nDROP SCHEMA import_tmp CASCADE;',
    references: [`${POSTGRES_DOCS_URL}/sql-dropschema.html`, `${POSTGRES_DOCS_URL}/sql-dropdatabase.html`, `${POSTGRES_DOCS_URL}/ddl-depend.html`],
    fixable: false,
    needs: ['catalog'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    const refs = [...parsedStatements(ctx)];
    for (const ref of refs) {
      const { file, reviewed, statement, ast } = ref;
      const dropdb = nodeAs(ast, 'DropdbStmt');
      if (dropdb) {
        out.push({
          file: file.source.path,
          statement,
          message: `DROP DATABASE deletes database ${dropdb.dbname ?? '?'} with everything in it.`,
          help: 'Make sure nothing uses the database and a backup exists; a reviewer approves the escalation.',
          verified: 'static',
        });
        continue;
      }
      const drop = nodeAs(ast, 'DropStmt');
      if (drop?.removeType !== 'OBJECT_SCHEMA') continue;
      const cascade = drop.behavior === 'DROP_CASCADE';
      const catalog = reviewed.before;
      for (const schema of stringValues(drop.objects)) {
        if (createdInPullRequest(refs, ref, schema)) continue;
        const tables = Object.keys(catalog.tables).filter((t) => catalog.tables[t].schema === schema);
        const baseTables = Object.values(ctx.baseCatalog.tables).filter((t) => t.schema === schema);
        // IF EXISTS of a schema the catalog knows nothing in: most likely absent, and nothing known is lost.
        if (drop.missing_ok && tables.length === 0 && baseTables.length === 0) continue;
        const referencing = Object.entries(catalog.tables)
          .filter(([, t]) => t.schema !== schema && t.constraints.some((c) => c.kind === 'foreign' && tables.includes(c.references?.table ?? '')))
          .map(([name]) => displayName(name));
        const shown = tables.slice(0, 10).map(displayName).join(', ') + (tables.length > 10 ? `, and ${tables.length - 10} more` : '');
        let message: string;
        if (tables.length === 0) {
          message = `DROP SCHEMA drops existing schema ${schema}${cascade ? ' and whatever functions, types and sequences it holds' : ''}.`;
        } else if (cascade) {
          message =
            `DROP SCHEMA ... CASCADE drops existing schema ${schema} with its ${tables.length} table${tables.length === 1 ? '' : 's'} ` +
            `and all their data (${shown})${referencing.length ? `, and the foreign keys of ${referencing.join(', ')} that reference them` : ''}.`;
        } else {
          message =
            `DROP SCHEMA drops existing schema ${schema}, which still holds ${tables.length} table${tables.length === 1 ? '' : 's'} ` +
            `(${shown}): without CASCADE it fails; with CASCADE their data would go.`;
        }
        out.push({
          file: file.source.path,
          statement,
          message,
          help: 'Make sure no deployed code uses the schema and a backup exists; a reviewer approves the escalation when the data may go.',
          verified: reviewed.trace?.dropped.some((t) => tables.includes(t)) ? 'trace' : 'static',
        });
      }
    }
    return out;
  },
};
