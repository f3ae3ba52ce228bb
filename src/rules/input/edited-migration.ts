// Layer 1: a migration already on the base branch was modified, renamed or deleted.
import type { FindingDraft, Rule } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';

export const editedMigration: Rule = {
  meta: {
    id: 'edited-migration',
    layer: 'input',
    severity: 'error',
    summary: 'A migration that exists on the base branch is modified, renamed or deleted.',
    why:
      'Migration runners record which migrations a database has applied and never run them again. Databases that ' +
      'already applied the file keep the old version, while new environments get the edited one, so the schemas ' +
      'drift apart silently. Runners that store checksums (Flyway, sqlx, Prisma) refuse to migrate at all; renaming ' +
      'or deleting a file makes them report an applied migration that no longer exists.',
    bad: '-- editing 20240101_create_users.sql, already applied:\nALTER TABLE users ADD COLUMN email text;',
    good: '-- a new migration, 20240301_add_users_email.sql:\nALTER TABLE users ADD COLUMN email text;',
    references: [`${POSTGRES_DOCS_URL}/ddl-alter.html`],
    fixable: false,
    needs: [],
  },
  check(ctx) {
    const onBase = new Set(ctx.baseHistory.map((m) => m.path));
    const out: FindingDraft[] = [];
    for (const file of ctx.files) {
      const path = file.source.path;
      const basePath = file.status === 'renamed' ? (file.previousPath ?? path) : path;
      if (!['modified', 'renamed', 'deleted'].includes(file.status) || !onBase.has(basePath)) continue;
      const what =
        file.status === 'deleted' ? 'deletes' : file.status === 'renamed' ? `renames ${basePath} to` : 'modifies';
      const subject = file.status === 'renamed' ? path : basePath;
      out.push({
        file: path,
        line: 1,
        message:
          `This pull request ${what} ${subject}, a migration that is already on the base branch: databases that applied ` +
          'it will not run it again, so they and new databases end up with different schemas.',
        help:
          file.status === 'deleted'
            ? 'Restore the file and undo its effect in a new migration instead.'
            : 'Restore the original file and put the change in a new migration that sorts after the newest one.',
        verified: 'static',
      });
    }
    return out;
  },
};
