import { beforeAll, describe, expect, it } from 'vitest';
import { syntaxError } from '../../src/rules/input/syntax-error.js';
import { editedMigration } from '../../src/rules/input/edited-migration.js';
import { compareVersions, migrationDirectory, outOfOrderMigration } from '../../src/rules/input/out-of-order-migration.js';
import { concurrentlyInTransaction } from '../../src/rules/input/concurrently-in-transaction.js';
import { baseMigration, context, file, loadParser, run } from './helpers.js';

beforeAll(loadParser);

describe('syntax-error', () => {
  it('reports the parser message at the line where parsing stopped', () => {
    const sql = 'CREATE TABLE a (id int);\n\nALTER TABLE a\n  ADD COLUMN b text NOT NUL;\n';
    const f = file('CREATE TABLE a (id int);', {
      syntaxErrors: [{ text: 'ALTER TABLE a\n  ADD COLUMN b text NOT NUL;', line: 4, column: 27, message: 'syntax error at or near "NUL"' }],
    });
    f.source.text = sql;
    const [finding, ...rest] = run(syntaxError, context([f]));
    expect(rest).toHaveLength(0);
    expect(finding.line).toBe(4);
    expect(finding.message).toContain('syntax error at or near "NUL"');
    expect(finding.draft.statement?.text).toContain('ALTER TABLE a');
  });

  it('is silent on statements that parse', () => {
    expect(run(syntaxError, context([file('SELECT 1;')]))).toEqual([]);
  });
});

describe('edited-migration', () => {
  const history = [baseMigration('db/001_init.sql', [1]), baseMigration('db/002_users.sql', [2])];

  it('flags modified, renamed and deleted base migrations', () => {
    const files = [
      file('SELECT 1;', { path: 'db/001_init.sql', status: 'modified' }),
      file('SELECT 1;', { path: 'db/002_people.sql', status: 'renamed', previousPath: 'db/002_users.sql' }),
      file('', { path: 'db/001_init.sql', status: 'deleted' }),
    ];
    const found = run(editedMigration, context(files, { baseHistory: history }));
    expect(found.map((f) => [f.file, f.line])).toEqual([
      ['db/001_init.sql', 1],
      ['db/002_people.sql', 1],
      ['db/001_init.sql', 1],
    ]);
    expect(found[1].message).toContain('renames db/002_users.sql to db/002_people.sql');
    expect(found[2].message).toContain('deletes db/001_init.sql');
  });

  it('ignores added files and files that are not on the base branch', () => {
    const files = [
      file('SELECT 1;', { path: 'db/003_new.sql', status: 'added' }),
      file('SELECT 1;', { path: 'db/004_wip.sql', status: 'modified' }),
    ];
    expect(run(editedMigration, context(files, { baseHistory: history }))).toEqual([]);
  });
});

describe('out-of-order-migration', () => {
  it('compares versions element by element, numerically', () => {
    expect(compareVersions([1, 10], [1, 9])).toBeGreaterThan(0);
    expect(compareVersions([1], [1, 0])).toBeLessThan(0);
    expect(compareVersions([20240101], [20240101])).toBe(0);
  });

  it('uses the grandparent folder for per-migration folders', () => {
    expect(migrationDirectory('prisma/migrations/20240101_x/migration.sql', 'prisma')).toBe('prisma/migrations');
    expect(migrationDirectory('db/migrations/001_x.sql', 'goose')).toBe('db/migrations');
  });

  it('flags an added migration that sorts before the newest base migration of its directory', () => {
    const history = [baseMigration('db/1_a.sql', [1], 'goose'), baseMigration('db/10_b.sql', [10], 'goose')];
    const f = file('SELECT 1;', { path: 'db/9_c.sql', version: [9], framework: 'goose' });
    const [finding, ...rest] = run(outOfOrderMigration, context([f], { baseHistory: history }));
    expect(rest).toEqual([]);
    expect(finding.file).toBe('db/9_c.sql');
    expect(finding.severity).toBeUndefined();
    expect(finding.message).toContain('db/10_b.sql');
  });

  it('flags an equal version too', () => {
    const f = file('SELECT 1;', { path: 'db/10_dup.sql', version: [10] });
    expect(run(outOfOrderMigration, context([f], { baseHistory: [baseMigration('db/10_b.sql', [10])] }))).toHaveLength(1);
  });

  it('lowers to warning for runners that apply missing versions (dbmate, Prisma)', () => {
    const history = [baseMigration('prisma/migrations/20240301_b/migration.sql', [20240301], 'prisma')];
    const f = file('SELECT 1;', { path: 'prisma/migrations/20240201_a/migration.sql', version: [20240201], framework: 'prisma' });
    const [finding] = run(outOfOrderMigration, context([f], { baseHistory: history }));
    expect(finding.severity).toBe('warning');
  });

  it('ignores newer versions, other directories, repeatable and unversioned files', () => {
    const history = [baseMigration('db/10_b.sql', [10]), baseMigration('other/50_x.sql', [50])];
    const files = [
      file('SELECT 1;', { path: 'db/11_c.sql', version: [11] }),
      file('SELECT 1;', { path: 'db/R__views.sql', version: [], repeatable: true }),
      file('SELECT 1;', { path: 'db/plain.sql', version: [] }),
      file('SELECT 1;', { path: 'db/3_old.sql', version: [3], status: 'modified' }),
    ];
    expect(run(outOfOrderMigration, context(files, { baseHistory: history }))).toEqual([]);
  });
});

describe('concurrently-in-transaction', () => {
  it('names the framework wrapping and its way out', () => {
    const sql = '-- +goose Up\nCREATE INDEX CONCURRENTLY i ON t (a);\n';
    const f = file(sql, { framework: 'goose', transaction: 'wrapped', transactionReason: 'no NO TRANSACTION directive' });
    const [finding, ...rest] = run(concurrentlyInTransaction, context([f]));
    expect(rest).toEqual([]);
    expect(finding.line).toBe(2);
    expect(finding.message).toContain('CREATE INDEX CONCURRENTLY');
    expect(finding.message).toContain('goose');
    expect(finding.help).toContain('-- +goose NO TRANSACTION');
  });

  it('points at the explicit BEGIN when there is one', () => {
    const sql = 'BEGIN;\nSELECT 1;\nDROP INDEX CONCURRENTLY i;\nCOMMIT;\nVACUUM t;\n';
    const f = file(sql, { inTransaction: (i) => i >= 1 && i <= 2 });
    const found = run(concurrentlyInTransaction, context([f]));
    expect(found).toHaveLength(1);
    expect(found[0].line).toBe(3);
    expect(found[0].message).toContain('BEGIN on line 1');
  });

  it('explains the implicit transaction of a multi-statement file', () => {
    const sql = 'CREATE TABLE a (id int);\nREINDEX TABLE CONCURRENTLY t;\nALTER TABLE p DETACH PARTITION c CONCURRENTLY;\n';
    const f = file(sql, { framework: 'golang-migrate', transaction: 'implicit' });
    const found = run(concurrentlyInTransaction, context([f]));
    expect(found.map((x) => x.line)).toEqual([2, 3]);
    expect(found[0].message).toContain('implicit transaction');
    expect(found[1].message).toContain('DETACH PARTITION CONCURRENTLY');
    expect(found[0].help).toContain('alone in its own migration file');
  });

  it('covers the other non-transactional statements (CREATE DATABASE, REINDEX SCHEMA)', () => {
    const f = file('CREATE DATABASE reports;\nREINDEX SCHEMA app;', { framework: 'dbmate', transaction: 'wrapped' });
    const found = run(concurrentlyInTransaction, context([f]));
    expect(found.map((x) => x.message.split(' cannot')[0])).toEqual(['CREATE DATABASE', 'REINDEX SCHEMA']);
    expect(found[0].help).toContain('transaction:false');
  });

  it('is silent outside a transaction and for statements allowed in one', () => {
    const outside = file('CREATE INDEX CONCURRENTLY i ON t (a);\nVACUUM t;', { transaction: 'none' });
    const allowed = file('CREATE INDEX i ON t (a);\nANALYZE t;\nREINDEX TABLE t;', { transaction: 'wrapped', framework: 'dbmate' });
    expect(run(concurrentlyInTransaction, context([outside, allowed]))).toEqual([]);
  });
});
