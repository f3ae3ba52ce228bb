import { describe, expect, it } from 'vitest';
import { detectFramework } from '../../src/migrations/load.js';

function detect(files: Record<string, string>, forced?: Parameters<typeof detectFramework>[2]) {
  const migrations = Object.keys(files).filter((p) => p.endsWith('.sql'));
  return Object.fromEntries(detectFramework(migrations, (p) => files[p], forced));
}

describe('detectFramework', () => {
  it('lets markers in any file of a directory decide for the whole directory', () => {
    const result = detect({
      'db/migrations/001_a.sql': '-- +goose Up\nSELECT 1;',
      'db/migrations/002_b.sql': 'SELECT 2;',
      'other/migrations/001_a.up.sql': '-- migrate:up\nSELECT 1;\n-- migrate:down\n',
      'third/migrations/1_a.sql': '-- +migrate Up\nSELECT 1;',
    });
    expect(result).toEqual({
      'db/migrations/001_a.sql': 'goose',
      'db/migrations/002_b.sql': 'goose',
      'other/migrations/001_a.up.sql': 'dbmate',
      'third/migrations/1_a.sql': 'sql-migrate',
    });
  });

  it('recognises frameworks by names and layout', () => {
    const result = detect({
      'a/prisma/migrations/20230101000000_x/migration.sql': '',
      'hasura/migrations/1574432601495_x/up.sql': '',
      'supabase/migrations/20240101000000_x.sql': '',
      'java/db/migration/V1_1__x.sql': '',
      'go/migrations/0001_x.up.sql': '',
      'ory/migrations/20200101000000000000_x.postgres.up.sql': '',
      'ory/migrations/20200102000000000000_y.up.sql': '',
      'rust/migrations/20240101000000_x.sql': '',
      'plain/migrations/0001-x.sql': '',
      'sqitch/deploy/x.sql': '',
      'sqitch/sqitch.plan': 'x 2020-01-01T00:00:00Z A <a@b>\n',
    });
    expect(result).toEqual({
      'a/prisma/migrations/20230101000000_x/migration.sql': 'prisma',
      'hasura/migrations/1574432601495_x/up.sql': 'hasura',
      'supabase/migrations/20240101000000_x.sql': 'supabase',
      'java/db/migration/V1_1__x.sql': 'flyway',
      'go/migrations/0001_x.up.sql': 'golang-migrate',
      'ory/migrations/20200101000000000000_x.postgres.up.sql': 'pop',
      'ory/migrations/20200102000000000000_y.up.sql': 'pop',
      'rust/migrations/20240101000000_x.sql': 'sqlx',
      'plain/migrations/0001-x.sql': 'plain',
      'sqitch/deploy/x.sql': 'sqitch',
    });
  });

  it('takes a Cargo.toml beside the folder as sqlx, even for .up.sql names', () => {
    const result = detect({ 'crate/Cargo.toml': '[package]', 'crate/migrations/1_a.up.sql': '' });
    expect(result['crate/migrations/1_a.up.sql']).toBe('sqlx');
  });

  it('uses the forced framework for every file', () => {
    const result = detect({ 'migrations/0001_a.up.sql': '-- +goose Up\n', 'db/migration/V1__a.sql': '' }, 'plain');
    expect(Object.values(result)).toEqual(['plain', 'plain']);
  });
});
