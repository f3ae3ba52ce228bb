// Layer 2: an unchanged query compiled on the base schema and no longer does after the pull request.
import type { FindingDraft, Rule } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { breakingStatement } from '../lib/migration-cause.js';
import { compileError, errorLine, pgErrorText, queryLabel } from '../lib/queries.js';

export const queryBrokenByMigration: Rule = {
  meta: {
    id: 'query-broken-by-migration',
    layer: 'replay',
    severity: 'error',
    summary: 'A query that compiled against the base schema no longer compiles after the pull request.',
    why:
      'When migrations change, every query of the repository is prepared twice: on the schema of the base branch ' +
      'and on the schema after the pull request. A query that compiled before and fails now was broken by the ' +
      'migration (a dropped or renamed column or table, a changed type), and the application fails as soon as the ' +
      'migration is deployed, usually before the new application code is. The finding is placed on the statement ' +
      'that broke the query, and names the query.',
    bad: 'ALTER TABLE users RENAME COLUMN email TO email_address;',
    good: 'ALTER TABLE users ADD COLUMN email_address text;',
    setup: 'CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL UNIQUE);',
    exampleQueries: '-- name: GetUserByEmail :one\nSELECT id, email FROM users WHERE email = $1;',
    references: [`${POSTGRES_DOCS_URL}/sql-prepare.html`, `${POSTGRES_DOCS_URL}/ddl-alter.html`],
    fixable: false,
    needs: ['catalog', 'trace'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const q of ctx.queries) {
      if (q.origin !== 'query-file' || q.changed || !q.base?.ok) continue;
      const e = compileError(q);
      if (!e) continue;
      const where = `${q.file}:${errorLine(q, e)}`;
      const cause = breakingStatement(ctx, q.statement.ast);
      const help =
        'Keep the old shape until the application stops using it (expand, migrate the code, then contract in a later ' +
        'pull request), or change the query in the same pull request.';
      if (cause) {
        out.push({
          file: cause.ref.file.source.path,
          statement: cause.ref.statement,
          message: `This statement ${cause.what}, which breaks ${queryLabel(q, { lowerCase: true })} (${where}): ${pgErrorText(e)}`,
          help,
          verified: 'replay',
        });
      } else {
        out.push({
          file: q.file,
          statement: q.statement,
          line: errorLine(q, e),
          message: `${queryLabel(q, { lowerCase: true })} compiled against the base schema but not after this pull request's migrations: ${pgErrorText(e)}`,
          help,
          verified: 'replay',
        });
      }
    }
    return out;
  },
};
