import { describe, expect, it } from 'vitest';
import { selectMigrationPaths } from '../../src/migrations/load.js';
import { loadTree } from './helpers.js';

describe('selectMigrationPaths with the defaults', () => {
  it('finds the usual layouts', () => {
    const paths = [
      'db/migrations/0001_a.up.sql',
      'src/main/resources/db/migration/V1__a.sql',
      'prisma/migrations/20230101000000_a/migration.sql',
      'packages/x/prisma/migrations/20230101000000_a/migration.sql',
      'supabase/migrations/20240101000000_a.sql',
      'hasura/migrations/1574432601495_a/up.sql',
      'migrations/0001-root.sql',
      'README.md',
      'src/queries/users.sql',
    ];
    expect(selectMigrationPaths(paths)).toEqual(paths.slice(0, 7));
  });

  it('skips down migrations, Flyway undo, other pop dialects and vendored or foreign-engine folders', () => {
    const paths = [
      'migrations/0001_a.down.sql',
      'hasura/migrations/1574432601495_a/down.sql',
      'db/migration/U1__a.sql',
      'migrations/20200101000000000000_a.mysql.up.sql',
      'migrations/20200101000000000000_a.sqlite3.up.sql',
      'node_modules/pkg/migrations/0001_a.sql',
      'vendor/github.com/x/migrations/0001_a.sql',
      'third_party/migrations/0001_a.sql',
      'openfga/assets/migrations/mysql/001_a.sql',
      'langfuse/packages/shared/clickhouse/migrations/clustered/0001_a.up.sql',
      '.git/migrations/0001_a.sql',
    ];
    expect(selectMigrationPaths(paths)).toEqual([]);
  });

  it('takes sqitch deploy scripts only beside a sqitch.plan, never revert/ or verify/', () => {
    const paths = ['db/sqitch.plan', 'db/deploy/a.sql', 'db/revert/a.sql', 'db/verify/a.sql', 'ci/deploy/run.sql'];
    expect(selectMigrationPaths(paths)).toEqual(['db/deploy/a.sql']);
    const nested = ['migrations/sqitch.plan', 'migrations/deploy/a.sql', 'migrations/revert/a.sql', 'migrations/verify/a.sql'];
    expect(selectMigrationPaths(nested)).toEqual(['migrations/deploy/a.sql']);
  });
});

describe('selectMigrationPaths with config globs', () => {
  it('replaces the defaults', () => {
    const paths = ['schema/v1.0/schema.sql', 'db/migrations/0001_a.sql'];
    expect(selectMigrationPaths(paths, ['schema/**/*.sql'])).toEqual(['schema/v1.0/schema.sql']);
  });

  it('supports negated globs, and negations alone narrow the defaults', () => {
    const paths = ['db/migrations/0001_a.sql', 'db/migrations/seed/0001_s.sql', 'db/seed.sql'];
    expect(selectMigrationPaths(paths, ['db/**/*.sql', '!**/seed/**'])).toEqual(['db/migrations/0001_a.sql', 'db/seed.sql']);
    expect(selectMigrationPaths(paths, ['!**/seed/**'])).toEqual(['db/migrations/0001_a.sql']);
  });

  it('still skips down migrations', () => {
    expect(selectMigrationPaths(['sql/1_a.up.sql', 'sql/1_a.down.sql'], ['sql/*.sql'])).toEqual(['sql/1_a.up.sql']);
  });
});

describe('marker-gated discovery in loadMigrations', () => {
  it('takes sql/ files that carry framework markers and leaves other SQL alone', () => {
    const files = {
      'sql/1677078479.sql': '-- +migrate Up\nCREATE TABLE a();\n-- +migrate Down\nDROP TABLE a;\n',
      'sql/queries.sql': 'SELECT * FROM a;',
      'db/structure.sql': 'CREATE TABLE a();',
    };
    expect(loadTree(files).map((s) => s.path)).toEqual(['sql/1677078479.sql']);
  });

  it('does not apply with config globs', () => {
    const files = { 'sql/1.sql': '-- +migrate Up\nSELECT 1;', 'm/0001-a.sql': 'SELECT 1;' };
    expect(loadTree(files, { migrations: ['m/*.sql'] }).map((s) => s.path)).toEqual(['m/0001-a.sql']);
  });
});
