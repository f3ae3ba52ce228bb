// Layer 2: the statement fails on the database replayed from the full history.
import type { FindingDraft, Rule } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { lineOfPosition, reviewedStatements } from '../lib/statements.js';

export const replayError: Rule = {
  meta: {
    id: 'replay-error',
    layer: 'replay',
    severity: 'error',
    summary: 'The statement fails when replayed on a database built from the full migration history.',
    why:
      'Every migration of the base branch and of the pull request is replayed, in apply order, on an embedded ' +
      'PostgreSQL 18. A statement PostgreSQL rejects there (a missing relation or column, a type mismatch, REFRESH ' +
      '... CONCURRENTLY without a unique index) fails the same way at deploy. A statement that exceeds the ' +
      "review's time or memory bound is reported too: it could not be verified and is likely slow in production. " +
      'A statement failing after one the engine could not run (not-replayable) is not reported: the failure is ' +
      'probably a consequence of the gap.',
    bad: 'CREATE TABLE orders (id bigint PRIMARY KEY);\nCREATE INDEX orders_user_id_idx ON orders (user_id);',
    good: 'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);\nCREATE INDEX orders_user_id_idx ON orders (user_id);',
    references: [`${POSTGRES_DOCS_URL}/errcodes-appendix.html`],
    fixable: false,
    needs: ['trace'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const { file, reviewed, statement } of reviewedStatements(ctx)) {
      const trace = reviewed.trace;
      if (!trace || reviewed.afterReplayGap) continue;
      if (trace.outcome === 'error') {
        const e = trace.error;
        const parts = [e ? `ERROR ${e.code}: ${e.message}` : 'PostgreSQL rejected the statement'];
        if (e?.detail) parts.push(`DETAIL: ${e.detail}`);
        if (e?.hint) parts.push(`HINT: ${e.hint}`);
        out.push({
          file: file.source.path,
          statement,
          line: lineOfPosition(statement, e?.position),
          message: `The statement fails on the schema built from the migration history: ${parts.join(' ')}`,
          help: 'Fix the statement against the schema the earlier migrations produce; it fails the same way at deploy.',
          verified: 'replay',
        });
      } else if (trace.outcome === 'timeout') {
        out.push({
          file: file.source.path,
          statement,
          message:
            `The statement did not finish within the review's bound (${ctx.config.statementTimeoutMs} ms per statement, ` +
            `${ctx.config.memoryLimitMb} MB of memory) on an almost empty database, so its effect could not be verified` +
            `${trace.error?.message ? ` (${trace.error.message})` : ''}.`,
          help: 'Check what makes it slow (a large data change, a function looping); on production data it will take longer still.',
          verified: 'replay',
        });
      }
    }
    return out;
  },
};
