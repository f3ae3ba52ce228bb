// Layer 3: the replayed history does not know the whole schema (it does not start from an empty
// database, or a code migration ran in it), so a statement failing on a missing object may be
// right. Reported once per gap, at the first statement of the pull request it explains.
import type { FindingDraft, Rule } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';
import { reviewedStatements } from '../lib/statements.js';

export const incompleteHistory: Rule = {
  meta: {
    id: 'incomplete-history',
    layer: 'knowledge',
    severity: 'warning',
    summary: 'A statement fails on a missing object that the replayed history cannot know: the history does not start from an empty database, or a code migration ran before it.',
    why:
      'The review builds the schema by replaying every migration from an empty database. Some histories do not ' +
      'start there: the first tables came from an ORM, a framework or a dump, and the first migration already alters ' +
      'them. A Go or Java migration (goose, Flyway) changes the schema too, but the review cannot run it. Past such a ' +
      'gap, a statement that fails because a relation, column, type or function does not exist may be right, so ' +
      'it is not reported as a replay error: this finding says so once, at the first statement it concerns, and ' +
      'the statements after it that fail the same way are not reported. Setting `base-schema` to a schema-only dump ' +
      'of the starting schema closes the first kind of gap, and the review checks those statements again.',
    bad: 'CREATE INDEX users_email_idx ON users (email);',
    good: 'CREATE TABLE audit_log (id bigint PRIMARY KEY, note text);',
    setup: '-- the users table came from the ORM; the first migration already alters it\nALTER TABLE users ADD COLUMN email text;',
    references: [`${POSTGRES_DOCS_URL}/app-pgdump.html`],
    fixable: false,
    needs: ['trace'],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    const underReview = new Set(ctx.files.map((f) => f.source.path));
    const seen = new Set<string>();
    for (const { file, reviewed, statement } of reviewedStatements(ctx)) {
      const gap = reviewed.knowledgeGap;
      if (!gap || seen.has(`${gap.path}:${gap.line}`)) continue;
      // A code migration under review has its own finding (opaque-code). An audit reviews one file
      // at a time: a gap is reported with the file that opened it, not again with each later one.
      if (gap.kind === 'code' ? underReview.has(gap.path) : ctx.mode === 'audit' && !underReview.has(gap.path)) continue;
      seen.add(`${gap.path}:${gap.line}`);
      const error = reviewed.trace?.error;
      const failure = error ? `ERROR ${error.code}: ${error.message}` : 'an error';
      const later = 'Later statements of the pull request that fail on missing objects are not reported either.';
      if (gap.kind === 'history') {
        out.push({
          file: file.source.path,
          statement,
          message:
            `This statement fails with ${failure}, and the review cannot tell whether that is a mistake: the migration ` +
            `history does not start from an empty database (${
              gap.path === file.source.path && gap.line === statement.span.line
                ? 'no earlier migration creates it; it may come from outside the history, such as another project or the platform'
                : `its first migration to fail on a missing object is ${gap.path}:${gap.line}: ${gap.detail}`
            }). ${later}`,
          help:
            'Set base-schema in .pg-migration-review.yml to a schema-only dump (pg_dump --schema-only) of the schema ' +
            'the first migration runs on, so the history replays fully and these statements are checked.',
          verified: 'replay',
        });
      } else {
        out.push({
          file: file.source.path,
          statement,
          message:
            `This statement fails with ${failure} after ${gap.path}, a ${gap.detail} migration the review cannot run: ` +
            `what it creates is unknown, so the failure may be its consequence rather than a mistake. ${later}`,
          help: `Check by hand that ${gap.path} creates what this statement uses.`,
          verified: 'replay',
        });
      }
    }
    return out;
  },
};
