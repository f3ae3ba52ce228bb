// Layer 1: statements the real PostgreSQL parser rejects.
import type { FindingDraft, Rule } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { reviewedStatements } from '../lib/statements.js';
import { hasTemplatePlaceholder } from '../../queries/index.js';

export const syntaxError: Rule = {
  meta: {
    id: 'syntax-error',
    layer: 'input',
    severity: 'error',
    summary: 'The PostgreSQL parser rejects the statement.',
    why:
      'The statement is parsed with the PostgreSQL 18 grammar itself. What it rejects fails at deploy with the same ' +
      'syntax error, and the migration stops half applied when its runner does not wrap it in a transaction. ' +
      'Nothing after the error in the statement can be reviewed.',
    bad: 'ALTER TABLE users ADD COLUMN email text NOT NUL;',
    good: 'ALTER TABLE users ADD COLUMN email text NOT NULL;',
    references: [`${POSTGRES_DOCS_URL}/sql-syntax.html`, `${POSTGRES_DOCS_URL}/sql-commands.html`],
    fixable: false,
    needs: [],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const { file, statement } of reviewedStatements(ctx, { allFiles: true })) {
      const err = statement.syntaxError;
      if (!err) continue;
      out.push({
        file: file.source.path,
        statement,
        line: err.line,
        message: `${err.message} (line ${err.line}, column ${err.column})`,
        help: 'Correct the statement; PostgreSQL stops parsing at the position shown, so the mistake is there or just before it.',
        verified: 'static',
      });
    }
    // New or edited queries of query files (their statements keep the file's lines).
    for (const q of ctx.queries) {
      const err = q.statement.syntaxError;
      // A template the application fills in (`%order%`) is not SQL yet: not-replayable says so.
      if (!err || q.origin !== 'query-file' || !q.changed || hasTemplatePlaceholder(q.statement.text)) continue;
      out.push({
        file: q.file,
        statement: q.statement,
        line: err.line,
        message: `${q.name ? `query ${q.name}: ` : ''}${err.message} (line ${err.line}, column ${err.column})`,
        help: 'Correct the query; PostgreSQL stops parsing at the position shown, so the mistake is there or just before it.',
        verified: 'static',
      });
    }
    return out;
  },
};
