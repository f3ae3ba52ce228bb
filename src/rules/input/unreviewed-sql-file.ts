// Layer 1: SQL files of the pull request that no part of the review reads.
import type { FindingDraft, Rule } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';

export const unreviewedSqlFile: Rule = {
  meta: {
    id: 'unreviewed-sql-file',
    layer: 'input',
    severity: 'warning',
    summary: 'The pull request adds or changes .sql files that are neither migrations nor query files, so nothing reviewed them.',
    why:
      'Migrations are found by their layout (a migrations folder, Flyway script names, sqitch and diesel projects, ' +
      'goose markers) or by the `migrations:` globs, and query files by `queries:` and sqlc configs. A migration kept ' +
      'anywhere else is not replayed and not checked, and a review that found nothing to check would pass: this ' +
      'finding lists the files instead. Files left out on purpose are not listed: down, undo, revert and verify ' +
      'scripts, vendored code, folders named after other database engines, test folders and fixtures, and paths ' +
      'excluded with a `!glob` in either list.',
    bad: '-- scripts/add_shipped_at.sql: outside every migration layout, and no glob names it\nALTER TABLE orders ADD COLUMN shipped_at timestamptz;',
    good: '-- db/migrations/0002_add_shipped_at.sql: found, replayed and reviewed\nALTER TABLE orders ADD COLUMN shipped_at timestamptz;',
    setup: 'CREATE TABLE orders (id bigint PRIMARY KEY);',
    // The README's Configuration section says how to set the globs; the manual on what a schema change is.
    references: [`${POSTGRES_DOCS_URL}/ddl.html`],
    fixable: false,
    needs: [],
  },
  check(ctx) {
    const files = ctx.unreviewedSqlFiles ?? [];
    if (files.length === 0) return [];
    const finding: FindingDraft = {
      file: files[0],
      line: 1,
      message:
        `This pull request adds or changes ${files.length === 1 ? 'a .sql file' : `${files.length} .sql files`} that ` +
        `${files.length === 1 ? 'is' : 'are'} neither a migration nor a query file, so nothing reviewed ` +
        `${files.length === 1 ? 'it' : 'them'}: ${files.join(', ')}.`,
      help:
        'If the files are migrations, add a glob that matches them to migrations: in .pg-migration-review.yml (or the ' +
        "action's migrations input); if they hold application queries, to queries:. Config globs replace the defaults, " +
        'so list the usual folders too; a !glob in either list marks files as left out on purpose.',
      verified: 'static',
    };
    return [finding];
  },
};
