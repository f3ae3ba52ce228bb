// Layer 2: a new or edited query that PostgreSQL cannot compile against the schema after the pull request.
import type { FindingDraft, Rule } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { compileError, errorLine, pgErrorText, queryLabel } from '../lib/queries.js';

export const queryInvalid: Rule = {
  meta: {
    id: 'query-invalid',
    layer: 'replay',
    severity: 'error',
    summary: 'A new or edited query does not compile against the schema after the pull request.',
    why:
      'Each query of a query file (sqlc, pgtyped, named queries or plain SQL) is prepared with PREPARE on the ' +
      'database replayed from every migration, including the pull request\'s, and never executed. PostgreSQL ' +
      'resolves every table, column, function and operator then, so a misspelt column, a missing join table or a ' +
      'type mismatch fails here exactly as it would fail at the first call in production. Tool parameters ' +
      '(`@id`, `sqlc.arg(id)`, `:id`) are rewritten as `$n` first; a query whose parameter types PostgreSQL cannot ' +
      'infer alone is not reported.',
    bad: '-- name: GetUserByEmail :one\nSELECT id, emial FROM users WHERE email = $1;',
    good: '-- name: GetUserByEmail :one\nSELECT id, email FROM users WHERE email = $1;',
    setup: 'CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL UNIQUE);',
    references: [`${POSTGRES_DOCS_URL}/sql-prepare.html`, `${POSTGRES_DOCS_URL}/errcodes-appendix.html`],
    fixable: false,
    needs: ['catalog'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const q of ctx.queries) {
      if (q.origin !== 'query-file' || !q.changed) continue;
      const e = compileError(q);
      if (!e) continue;
      out.push({
        file: q.file,
        statement: q.statement,
        line: errorLine(q, e),
        message: `${queryLabel(q, { lowerCase: true })} does not compile against the schema after this pull request: ${pgErrorText(e)}`,
        help: 'Fix the query against the schema the migrations produce (the replayed schema is what production will have after deploy).',
        verified: 'replay',
      });
    }
    return out;
  },
};
