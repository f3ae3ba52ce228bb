// Layer 1: a new migration sorts before migrations that are already on the base branch.
import type { Framework } from '../../core/migration-types.js';
import { dialectOf } from '../../migrations/frameworks/index.js';
import { directoryOf } from '../../migrations/order.js';
import type { FindingDraft, Rule } from '../rule.js';
import { POSTGRES_DOCS_URL } from '../../core/docs-urls.js';

/** The sequence a migration's version is compared in: the loader's own unit (per-migration folders, Flyway locations). */
export function migrationDirectory(path: string, framework: Framework): string {
  return directoryOf({ path, framework });
}

/** Element-wise numeric comparison; a missing element sorts first (`[1]` < `[1, 0]`). */
export function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] === undefined) return -1;
    if (b[i] === undefined) return 1;
    if (a[i] !== b[i]) return a[i] - b[i];
  }
  return 0;
}

export const outOfOrderMigration: Rule = {
  meta: {
    id: 'out-of-order-migration',
    layer: 'input',
    severity: 'error',
    summary: 'A new migration sorts before the newest migration already on the base branch.',
    why:
      'Databases deployed from the base branch have already applied its newest migration. What happens to a new ' +
      'migration with a lower version depends on the runner: golang-migrate only compares with the last applied ' +
      'version and never runs it; goose (without -allow-missing), Supabase (without --include-all) and Flyway ' +
      '(without outOfOrder) refuse to migrate or ignore it; fresh databases run it before the newer ones, so ' +
      'environments apply the history in different orders. dbmate and Prisma apply every pending migration ' +
      'whatever its version, so for them the finding is lowered to a warning: the file runs after newer ones on ' +
      'existing databases and before them on new ones.',
    bad: '-- base has 20240301_add_orders.sql; the pull request adds:\n-- 20240215_add_users_email.sql',
    good: '-- renamed to sort last:\n-- 20240302_add_users_email.sql',
    references: [`${POSTGRES_DOCS_URL}/ddl.html`],
    fixable: false,
    needs: [],
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    for (const file of ctx.files) {
      const src = file.source;
      if (file.status !== 'added' || src.repeatable || src.version.length === 0) continue;
      const dir = migrationDirectory(src.path, src.framework);
      let newest: { path: string; version: number[] } | undefined;
      for (const m of ctx.baseHistory) {
        if (m.repeatable || m.version.length === 0 || migrationDirectory(m.path, m.framework) !== dir) continue;
        if (!newest || compareVersions(m.version, newest.version) > 0) newest = m;
      }
      if (!newest) continue;
      const cmp = compareVersions(src.version, newest.version);
      if (cmp > 0) continue;
      // Runners that apply every unapplied migration whatever its version (dbmate unless --strict, Prisma's
      // migrate deploy) run it late; others skip it silently (golang-migrate tracks one version), refuse
      // (goose without -allow-missing, Supabase without --include-all) or fail validation (Flyway without outOfOrder).
      const { appliesMissingVersions: lenient, runner } = dialectOf(src.framework);
      out.push({
        file: src.path,
        line: 1,
        severity: lenient ? 'warning' : undefined,
        message:
          (cmp === 0
            ? `${src.path} has the same version (${src.version.join('.')}) as ${newest.path} on the base branch`
            : `${src.path} (version ${src.version.join('.')}) sorts before ${newest.path} (version ${newest.version.join('.')}), the newest migration on the base branch`) +
          (lenient
            ? `: ${runner} will still apply it, but after newer migrations on existing databases and before them on new ones.`
            : ': databases that already applied the newer migration skip it or refuse to migrate.'),
        help: `Give the migration a version after ${newest.version.join('.')} (rename the file) so every database applies it last.`,
        verified: 'static',
      });
    }
    return out;
  },
};
