import { describe, expect, it } from 'vitest';
import { directoryOf } from '../../src/migrations/load.js';
import { loadTree } from './helpers.js';

const paths = (files: Record<string, string>, config = {}) => loadTree(files, config).map((s) => s.path);
const tree = (names: string[], text = 'SELECT 1;') => Object.fromEntries(names.map((n) => [n, text]));

describe('apply order', () => {
  it('orders Flyway versions numerically, repeatables last by name', () => {
    const dir = 'db/migration/';
    const files = tree(['V1_10__c.sql', 'R__views.sql', 'V1_2__b.sql', 'V1__a.sql', 'R__funcs.sql', 'V1.3__d.sql'].map((n) => dir + n));
    expect(paths(files)).toEqual(['V1__a.sql', 'V1_2__b.sql', 'V1.3__d.sql', 'V1_10__c.sql', 'R__funcs.sql', 'R__views.sql'].map((n) => dir + n));
    const sources = loadTree(files);
    expect(sources.map((s) => s.order)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(sources[4].repeatable).toBe(true);
    expect(sources[3].version).toEqual([1, 10]);
  });

  it('orders V2_31_1 before V2_31_10 across Flyway release subfolders', () => {
    const files = tree([
      'db/migration/2.32/V2_32_1__x.sql',
      'db/migration/2.31/V2_31_10__x.sql',
      'db/migration/2.31/V2_31_1__x.sql',
      'db/migration/2.31/V2_31_2__x.sql',
    ]);
    expect(paths(files)).toEqual([
      'db/migration/2.31/V2_31_1__x.sql',
      'db/migration/2.31/V2_31_2__x.sql',
      'db/migration/2.31/V2_31_10__x.sql',
      'db/migration/2.32/V2_32_1__x.sql',
    ]);
  });

  it('orders plain numbered files by value, not by string (0002- before 00010-)', () => {
    const files = tree(['migrations/00010-j.sql', 'migrations/0002-b.sql', 'migrations/0001-a.sql', 'migrations/00011-k.sql']);
    expect(paths(files)).toEqual(['migrations/0001-a.sql', 'migrations/0002-b.sql', 'migrations/00010-j.sql', 'migrations/00011-k.sql']);
  });

  it('orders 14-digit timestamps and breaks version ties by name', () => {
    const files = tree([
      'migrations/20240101000000_b.sql',
      'migrations/20231231235959_z.sql',
      'migrations/20240101000000_a.sql',
    ]);
    expect(paths(files)).toEqual([
      'migrations/20231231235959_z.sql',
      'migrations/20240101000000_a.sql',
      'migrations/20240101000000_b.sql',
    ]);
  });

  it('orders sqitch deploy scripts by sqitch.plan, skipping pragmas, tags and comments', () => {
    const files = {
      'sqitch.plan': '%syntax-version=1.0.0\n%project=p\n\n# comment\nusers 2020-01-01T00:00:00Z A <a@b> # users\n@v1 2020-01-02T00:00:00Z A <a@b>\nappusers [users] 2020-01-03T00:00:00Z A <a@b>\nflips 2020-01-04T00:00:00Z A <a@b>\n',
      'deploy/flips.sql': 'BEGIN; CREATE TABLE flips(); COMMIT;',
      'deploy/appusers.sql': 'BEGIN; CREATE TABLE appusers(); COMMIT;',
      'deploy/users.sql': 'BEGIN; CREATE TABLE users(); COMMIT;',
      'revert/users.sql': 'DROP TABLE users;',
      'verify/users.sql': 'SELECT 1 FROM users;',
    };
    expect(paths(files)).toEqual(['deploy/users.sql', 'deploy/appusers.sql', 'deploy/flips.sql']);
  });

  it('puts a reworked sqitch change at its last plan entry and name@tag at the entry before the tag', () => {
    const files = {
      'sqitch.plan': 'a 2020-01-01T00:00:00Z A <a@b>\nb 2020-01-01T00:00:00Z A <a@b>\n@v1 2020-01-01T00:00:00Z A <a@b>\nc 2020-01-01T00:00:00Z A <a@b>\na [a@v1] 2020-01-01T00:00:00Z A <a@b>\n',
      'deploy/a.sql': 'SELECT 2;',
      'deploy/a@v1.sql': 'SELECT 1;',
      'deploy/b.sql': 'SELECT 1;',
      'deploy/c.sql': 'SELECT 1;',
    };
    expect(paths(files)).toEqual(['deploy/a@v1.sql', 'deploy/b.sql', 'deploy/c.sql', 'deploy/a.sql']);
  });

  it('orders Prisma folders by plain name like Prisma does', () => {
    const dir = 'prisma/migrations/';
    const files = tree([`${dir}20250704170658_c/migration.sql`, `${dir}20250625_b/migration.sql`, `${dir}20250604085536_a/migration.sql`]);
    expect(paths(files)).toEqual([`${dir}20250604085536_a/migration.sql`, `${dir}20250625_b/migration.sql`, `${dir}20250704170658_c/migration.sql`]);
  });

  it('orders each directory on its own and directories in natural path order', () => {
    const files = tree([
      'b/migrations/001_x.sql',
      'a/migrations/002_y.sql',
      'a/migrations/001_x.sql',
      'schema/v1.10/migrations/a.sql',
      'schema/v1.2/migrations/a.sql',
    ]);
    expect(paths(files)).toEqual([
      'a/migrations/001_x.sql',
      'a/migrations/002_y.sql',
      'b/migrations/001_x.sql',
      'schema/v1.2/migrations/a.sql',
      'schema/v1.10/migrations/a.sql',
    ]);
  });

  it('follows a temporal-sql-tool manifest.json inside a versioned folder', () => {
    const files = {
      'versioned/v1.5/manifest.json': JSON.stringify({ CurrVersion: '1.5', SchemaUpdateCqlFiles: ['event.sql', 'executions.sql', 'cluster_membership.sql'] }),
      'versioned/v1.5/cluster_membership.sql': 'SELECT 1;',
      'versioned/v1.5/event.sql': 'SELECT 1;',
      'versioned/v1.5/executions.sql': 'SELECT 1;',
    };
    expect(paths(files, { migrations: ['versioned/**/*.sql'] })).toEqual([
      'versioned/v1.5/event.sql',
      'versioned/v1.5/executions.sql',
      'versioned/v1.5/cluster_membership.sql',
    ]);
  });
});

describe('directoryOf', () => {
  it('is the folder of per-migration folders for Prisma and Hasura', () => {
    expect(directoryOf({ path: 'x/prisma/migrations/2023_a/migration.sql', framework: 'prisma' })).toBe('x/prisma/migrations');
    expect(directoryOf({ path: 'hasura/migrations/1574_a/up.sql', framework: 'hasura' })).toBe('hasura/migrations');
  });

  it('is the enclosing migration folder for Flyway and the parent folder otherwise', () => {
    expect(directoryOf({ path: 'r/db/migration/2.31/V2_31_1__x.sql', framework: 'flyway' })).toBe('r/db/migration');
    expect(directoryOf({ path: 'sql/V1__x.sql', framework: 'flyway' })).toBe('sql');
    expect(directoryOf({ path: 'db/migrations/001_a.up.sql', framework: 'golang-migrate' })).toBe('db/migrations');
  });
});
