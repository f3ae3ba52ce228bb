import { describe, expect, it } from 'vitest';
import type { MigrationSource } from '../../src/core/migration-types.js';
import { lineCount, loadOne, loadTree } from './helpers.js';

/** reviewedText keeps the original's length and line breaks, so positions map 1:1. */
function expectAligned(s: MigrationSource) {
  expect(s.reviewedText.length).toBe(s.text.length);
  expect(lineCount(s.reviewedText)).toBe(lineCount(s.text));
  for (let i = 0; i < s.text.length; i++) {
    if (s.text[i] === '\n' || s.text[i] === '\r') expect(s.reviewedText[i]).toBe(s.text[i]);
  }
}

describe('goose', () => {
  const text = [
    '-- leading note',
    '-- +goose Up',
    '-- +goose StatementBegin',
    'CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql;',
    '-- +goose StatementEnd',
    'CREATE TABLE t (id int);',
    '-- +goose Down',
    'DROP TABLE t;',
    '',
  ].join('\n');

  it('reviews the Up section only and runs it in a transaction', () => {
    const s = loadOne({ 'db/migrations/00001_init.sql': text });
    expect(s.framework).toBe('goose');
    expectAligned(s);
    expect(s.reviewedText).toContain('CREATE TABLE t (id int);');
    expect(s.reviewedText).toContain('-- leading note');
    expect(s.reviewedText).not.toContain('DROP TABLE');
    expect(s.reviewedText.split('\n')[7].trim()).toBe('');
    expect(s.transaction).toBe('wrapped');
    expect(s.directives).toEqual(expect.arrayContaining(['goose Up', 'goose Down', 'StatementBegin', 'StatementEnd']));
  });

  it('runs NO TRANSACTION files outside a transaction and says why', () => {
    const s = loadOne({
      'db/migrations/00002_idx.sql': '-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY i ON t (id);\n-- +goose Down\nDROP INDEX CONCURRENTLY i;\n',
    });
    expect(s.transaction).toBe('none');
    expect(s.transactionReason).toContain('NO TRANSACTION');
    expect(s.reviewedText).not.toContain('DROP INDEX');
  });

  it('blanks statements that precede the Up annotation but keeps comments and CRLF line breaks', () => {
    const s = loadOne({ 'db/migrations/00003_x.sql': '-- keep\r\nSELECT 0;\r\n-- +goose ENVSUB ON\r\n-- +goose Up\r\nSELECT ${X};\r\n' });
    expectAligned(s);
    expect(s.reviewedText).toContain('-- keep\r\n');
    expect(s.reviewedText).not.toContain('SELECT 0');
    expect(s.reviewedText).toContain('SELECT ${X};');
    expect(s.directives).toContain('ENVSUB ON');
  });
});

describe('dbmate', () => {
  it('reviews the up block and blanks the down block', () => {
    const s = loadOne({ 'db/migrations/20240101000000_a.sql': '-- migrate:up\nCREATE TABLE a (id int);\n\n-- migrate:down\nDROP TABLE a;\n' });
    expect(s.framework).toBe('dbmate');
    expectAligned(s);
    expect(s.reviewedText).toContain('CREATE TABLE a');
    expect(s.reviewedText).not.toContain('DROP TABLE');
    expect(s.transaction).toBe('wrapped');
  });

  it('honours transaction:false on the up marker', () => {
    const s = loadOne({ 'db/migrations/20240101000001_i.sql': '-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY i ON a (id);\n-- migrate:down\n' });
    expect(s.transaction).toBe('none');
    expect(s.transactionReason).toContain('transaction:false');
  });

  it('ends the up block at an indented down marker (as in UPchieve/subway) and reports it', () => {
    const text = '-- migrate:up\nALTER TABLE c\n    ADD CONSTRAINT u UNIQUE (name)\n    -- migrate:down\n    DROP CONSTRAINT IF EXISTS u;\n\nDROP TABLE c;\n';
    const s = loadOne({ 'db/migrations/20211026205335_c.sql': text });
    expectAligned(s);
    expect(s.reviewedText).toContain('ADD CONSTRAINT u UNIQUE (name)');
    expect(s.reviewedText).not.toContain('DROP');
    expect(s.directives.some((d) => d.startsWith('indented marker'))).toBe(true);
  });
});

describe('sql-migrate', () => {
  it('reviews Up sections and reads notransaction', () => {
    const text = '-- +migrate Up notransaction\nCREATE INDEX CONCURRENTLY i ON t (a);\n-- +migrate Down\nDROP INDEX i;\n';
    const s = loadOne({ 'sql/1677078479.sql': text });
    expect(s.framework).toBe('sql-migrate');
    expectAligned(s);
    expect(s.reviewedText).not.toContain('DROP INDEX');
    expect(s.transaction).toBe('none');
    expect(s.directives).toContain('notransaction');
  });

  it('runs in a transaction by default', () => {
    const s = loadOne({ 'migrations/1_a.sql': '-- +migrate Up\n-- +migrate StatementBegin\nSELECT 1;\n-- +migrate StatementEnd\n' });
    expect(s.transaction).toBe('wrapped');
    expect(s.directives).toContain('StatementBegin');
  });
});

describe('file-level frameworks', () => {
  it('golang-migrate: the up file as one implicit transaction', () => {
    const s = loadOne({ 'migrations/0001_init.up.sql': 'CREATE TABLE a();', 'migrations/0001_init.down.sql': 'DROP TABLE a;' });
    expect(s.framework).toBe('golang-migrate');
    expect(s.transaction).toBe('implicit');
    expect(s.reviewedText).toBe(s.text);
  });

  it('Flyway: wrapped, or none with executeInTransaction=false in the script config', () => {
    const files = {
      'db/migration/V1__a.sql': 'CREATE TABLE a();',
      'db/migration/V2__idx.sql': 'CREATE INDEX CONCURRENTLY i ON a ();',
      'db/migration/V2__idx.sql.conf': 'executeInTransaction=false\n',
      'db/migration/U2__idx.sql': 'DROP INDEX i;',
    };
    const [v1, v2] = loadTree(files);
    expect(v1.transaction).toBe('wrapped');
    expect(v2.transaction).toBe('none');
    expect(v2.transactionReason).toContain('executeInTransaction=false');
    expect(loadTree(files)).toHaveLength(2);
  });

  it('Prisma: implicit; Supabase: wrapped; Hasura: wrapped', () => {
    expect(loadOne({ 'prisma/migrations/20230101000000_a/migration.sql': 'SELECT 1;' })).toMatchObject({ framework: 'prisma', transaction: 'implicit', version: [20230101000000] });
    expect(loadOne({ 'supabase/migrations/20240108234540_setup.sql': 'SELECT 1;' })).toMatchObject({ framework: 'supabase', transaction: 'wrapped' });
    expect(loadOne({ 'hasura/migrations/1574432601495_a/up.sql': 'SELECT 1;', 'hasura/migrations/1574432601495_a/down.sql': 'SELECT 2;' })).toMatchObject({
      framework: 'hasura',
      transaction: 'wrapped',
      version: [1574432601495],
    });
  });

  it('diesel folders (its timestamp names, a metadata.toml) opt out with run_in_transaction = false', () => {
    const s = loadOne({
      'migrations/2023-01-01-120000_idx/up.sql': 'CREATE INDEX CONCURRENTLY i ON t (a);',
      'migrations/2023-01-01-120000_idx/metadata.toml': 'run_in_transaction = false\n',
    });
    expect(s).toMatchObject({ framework: 'diesel', transaction: 'none', version: [2023, 1, 1, 120000] });
  });

  it('sqlx: wrapped unless the first line is -- no-transaction', () => {
    const files = {
      'migrations/20240101000000_a.sql': 'CREATE TABLE a();',
      'migrations/20240101000001_b.sql': '-- no-transaction\nCREATE INDEX CONCURRENTLY i ON a ();',
    };
    const [a, b] = loadTree(files);
    expect(a).toMatchObject({ framework: 'sqlx', transaction: 'wrapped' });
    expect(b).toMatchObject({ framework: 'sqlx', transaction: 'none' });
  });

  it('pop: postgres and dialect-less files, autocommit outside a transaction, other dialects skipped', () => {
    const dir = 'persistence/sql/migrations/sql/';
    const files = {
      [`${dir}20200101000000000000_a.postgres.up.sql`]: 'SELECT 1;',
      [`${dir}20200101000000000000_a.mysql.up.sql`]: 'SELECT 1;',
      [`${dir}20200101000000000000_a.sqlite3.up.sql`]: 'SELECT 1;',
      [`${dir}20200101000000000000_a.cockroach.up.sql`]: 'SELECT 1;',
      [`${dir}20200101000000000000_a.postgres.down.sql`]: 'SELECT 1;',
      [`${dir}20200102000000000000_b.up.sql`]: 'SELECT 1;',
      [`${dir}20200103000000000000_c.postgres.autocommit.up.sql`]: 'CREATE INDEX CONCURRENTLY i ON t (a);',
    };
    const s = loadTree(files);
    expect(s.map((x) => x.path.slice(dir.length))).toEqual([
      '20200101000000000000_a.postgres.up.sql',
      '20200102000000000000_b.up.sql',
      '20200103000000000000_c.postgres.autocommit.up.sql',
    ]);
    expect(s.map((x) => x.transaction)).toEqual(['wrapped', 'wrapped', 'none']);
  });

  it('pop: a dialect-less file is shadowed by a postgres file of the same version', () => {
    const dir = 'migrations/';
    const s = loadTree({ [`${dir}20200101000000000000_a.up.sql`]: 'SELECT 1;', [`${dir}20200101000000000000_a.postgres.up.sql`]: 'SELECT 2;' });
    expect(s.map((x) => x.path)).toEqual([`${dir}20200101000000000000_a.postgres.up.sql`]);
  });

  it('sqitch: scripts run as written', () => {
    const s = loadOne({ 'sqitch.plan': 'a 2020-01-01T00:00:00Z A <a@b>\n', 'deploy/a.sql': 'BEGIN;\nSELECT 1;\nCOMMIT;\n' });
    expect(s).toMatchObject({ framework: 'sqitch', transaction: 'none' });
  });
});

describe('plain SQL', () => {
  it('runs statement by statement by default', () => {
    const s = loadOne({ 'migrations/0001-a.sql': 'CREATE TABLE a();' });
    expect(s).toMatchObject({ framework: 'plain', transaction: 'none', version: [1] });
  });

  it('knows postgres-migrations: wrapped per file unless disable-transaction', () => {
    const files = {
      'migrations/tenant/0001-a.sql': 'CREATE TABLE a();',
      'migrations/tenant/0002-b.sql': '-- postgres-migrations ignore\nALTER TABLE a ADD b int;',
      'migrations/tenant/0003-c.sql': '-- postgres-migrations disable-transaction\nCREATE INDEX CONCURRENTLY i ON a (b);',
    };
    const s = loadTree(files);
    expect(s.map((x) => x.transaction)).toEqual(['wrapped', 'wrapped', 'none']);
    expect(s[2].transactionReason).toContain('disable-transaction');
    expect(s[1].directives).toEqual(['postgres-migrations ignore']);
  });

  it('keeps the text exactly as read, BOM included', () => {
    const s = loadOne({ 'migrations/0001-a.sql': '\uFEFFSELECT 1;\r\n' });
    expect(s.text).toBe('\uFEFFSELECT 1;\r\n');
    expect(s.reviewedText).toBe(s.text);
  });
});
