// Layer 3: the embedded engine could not run the statement, so what depends on replay is unverified.
import type { FindingDraft, Rule } from '../rule.js';
import { hasTemplatePlaceholder } from '../../queries/index.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { reviewedStatements } from '../lib/statements.js';

export const notReplayable: Rule = {
  meta: {
    id: 'not-replayable',
    layer: 'knowledge',
    severity: 'notice',
    summary: 'The embedded PostgreSQL cannot run the statement (extension not shipped, superuser-only, ...).',
    why:
      'Replay runs on an embedded PostgreSQL without superuser-only features, platform roles or extensions it does ' +
      'not ship. A statement it cannot run is not judged as wrong: the review says so, later failures that follow ' +
      'from it are not reported as replay errors, and findings that depend on the replayed schema or trace are ' +
      'marked unverified for the rest of the file.',
    bad: 'CREATE EXTENSION postgis;',
    good: "-- extensions PGlite ships (pgcrypto, pg_trgm, citext, uuid-ossp, ...) replay and are verified\nCREATE EXTENSION IF NOT EXISTS pg_trgm;",
    references: [`${POSTGRES_DOCS_URL}/sql-createextension.html`],
    fixable: false,
    needs: ['trace'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const { file, reviewed, statement } of reviewedStatements(ctx)) {
      if (reviewed.trace?.outcome !== 'not-replayable') continue;
      const reason = reviewed.trace.error?.message;
      out.push({
        file: file.source.path,
        statement,
        message:
          `The embedded PostgreSQL could not run this statement${reason ? ` (${reason})` : ''}; ` +
          `findings that depend on replay are unverified for the rest of ${file.source.path}.`,
        help: 'Review this statement and its effect on later statements by hand, or run the review against a real PostgreSQL server.',
        verified: 'replay',
      });
    }
    // Query templates (listmonk's `%order%`, Go's `%s`) become SQL only in the application.
    for (const q of ctx.queries) {
      if (q.origin !== 'query-file' || !q.changed || !q.statement.syntaxError || !hasTemplatePlaceholder(q.statement.text)) continue;
      out.push({
        file: q.file,
        statement: q.statement,
        message: `${q.name ? `Query ${q.name}` : 'The query'} is a template the application completes (it holds a placeholder such as %name% or %s), so it cannot be compiled or planned here.`,
        help: 'Review the SQL it produces by hand, or keep a complete example of it in a query file the review can check.',
        verified: 'static',
      });
    }
    return out;
  },
};
