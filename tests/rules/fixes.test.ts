// The fix builders the rules share: version arithmetic for follow-up migrations, line edits,
// NOT VALID, and the way out of each framework's transaction. Each rule's own fix is tested in
// tests/rules/<layer>/<id>.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Framework, TransactionModel } from '../../src/core/migration-types.js';
import type { ReviewedFile } from '../../src/core/review-types.js';
import { applyEdits } from '../../src/rules/fixes/apply-fix.js';
import { bumpDigits, flywayVersionAfter, nextFreeDigits } from '../../src/rules/fixes/next-version.js';
import { followUpMigration, outsideTransactionFix } from '../../src/rules/fixes/leave-transaction.js';
import { followUpMigrationFiles } from '../../src/rules/fixes/follow-up-migration.js';
import { withNotValid } from '../../src/rules/fixes/not-valid.js';
import type { RuleContext } from '../../src/rules/rule.js';
import { baseMigration, context, file, loadParser } from './helpers.js';

beforeAll(loadParser);

describe('version arithmetic', () => {
  it('adds one to a number, keeping its zero padding', () => {
    expect(bumpDigits('00005')).toBe('00006');
    expect(bumpDigits('009')).toBe('010');
    expect(bumpDigits('99')).toBe('100');
    expect(bumpDigits('20230101120000123456')).toBe('20230101120000123457');
  });

  it('adds one second to a 14-digit timestamp, across minutes, days and years', () => {
    expect(bumpDigits('20240301090000')).toBe('20240301090001');
    expect(bumpDigits('20240229235959')).toBe('20240301000000');
    expect(bumpDigits('20241231235959')).toBe('20250101000000');
    // Not a real time: counted as a plain number.
    expect(bumpDigits('20241399999999')).toBe('20241400000000');
  });

  it('takes the first unused version after the file, never one in use', () => {
    expect(nextFreeDigits('00004', ['00001', '00004', '00006'])).toBe('00005');
    expect(nextFreeDigits('00004', ['00004', '00005', '6', '00009'])).toBe('00007');
    expect(nextFreeDigits('20240301090000', ['20240301090001', '20240302090000'])).toBe('20240301090002');
  });

  it('places a Flyway version between the file and the next one', () => {
    expect(flywayVersionAfter([3], [[1], [3]], '_')).toBe('3_1');
    expect(flywayVersionAfter([3], [[3], [3, 1]], '_')).toBe('3_0_1');
    expect(flywayVersionAfter([3], [[3], [3, 0, 1]], '_')).toBe('3_0_0_1');
    expect(flywayVersionAfter([1, 2], [[1, 2], [1, 2, 1]], '.')).toBe('1.2.0.1');
    expect(flywayVersionAfter([3], [[3], [3, 2]], '_')).toBe('3_1');
  });
});

describe('applyEdits', () => {
  const text = 'a\nb\nc\n';
  it('replaces, removes and inserts whole lines, later edits first', () => {
    expect(applyEdits(text, [{ line: 2, endLine: 2, replacement: 'B1\nB2' }])).toBe('a\nB1\nB2\nc\n');
    expect(applyEdits(text, [{ line: 2, endLine: 2, replacement: '' }])).toBe('a\nc\n');
    expect(applyEdits(text, [{ line: 1, endLine: 0, replacement: 'top' }, { line: 3, endLine: 3, replacement: 'C' }])).toBe('top\na\nb\nC\n');
    expect(applyEdits(text, [{ line: 1, endLine: 1, replacement: '' }, { line: 4, endLine: 3, replacement: 'moved' }])).toBe('b\nc\nmoved\n');
  });

  it('keeps CRLF line endings', () => {
    expect(applyEdits('a\r\nb\r\n', [{ line: 2, endLine: 1, replacement: 'x' }])).toBe('a\r\nx\r\nb\r\n');
  });
});

describe('withNotValid', () => {
  it('appends NOT VALID to the chosen commands, after their other attributes', () => {
    const sql = 'ALTER TABLE t\n  ADD COLUMN x int,\n  ADD CONSTRAINT f FOREIGN KEY (a, b) REFERENCES r (a, b) ON DELETE CASCADE, -- note\n  ADD CHECK (x > 0);';
    expect(withNotValid(sql, [1, 2], 3)).toBe(
      'ALTER TABLE t\n  ADD COLUMN x int,\n  ADD CONSTRAINT f FOREIGN KEY (a, b) REFERENCES r (a, b) ON DELETE CASCADE NOT VALID, -- note\n  ADD CHECK (x > 0) NOT VALID;',
    );
  });

  it('refuses a text that does not split into the parsed commands', () => {
    expect(withNotValid('ALTER TABLE t ADD CHECK (a > 0);', [0], 2)).toBeUndefined();
  });
});

/** A reviewed file of `framework` at `path`, every statement in the framework's transaction unless told. */
function migration(path: string, framework: Framework, sql: string, transaction: TransactionModel = 'wrapped', inTransaction?: (i: number) => boolean): ReviewedFile {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const versionName = framework === 'prisma' || framework === 'hasura' ? path.split('/').slice(-2)[0] : name;
  const digits = /\d+/.exec(versionName.replace(/^V/, ''))?.[0];
  const version = framework === 'flyway' ? (/^V([\d_.]+?)__/.exec(name)?.[1] ?? '').split(/[._]/).map(Number) : digits ? [Number(digits)] : [];
  const f = file(sql, { path, framework, transaction, version, ...(inTransaction ? { inTransaction } : {}) });
  return f;
}

function ctxOf(files: ReviewedFile[], base: string[] = [], framework?: Framework): RuleContext {
  const history = base.map((p) => {
    const fw = framework ?? files[0].source.framework;
    const name = fw === 'prisma' ? p.split('/').slice(-2)[0] : p.slice(p.lastIndexOf('/') + 1);
    const version = fw === 'flyway' ? (/^V([\d_.]+?)__/.exec(name)?.[1] ?? '').split(/[._]/).map(Number) : [Number(/\d+/.exec(name)?.[0])];
    return baseMigration(p, version, fw);
  });
  return context(files, { baseHistory: history });
}

describe('followUpMigration', () => {
  const VALIDATE = 'ALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;';

  it('goose: the next number with NO TRANSACTION when asked, skipping used versions', () => {
    const f = migration('db/migrations/00004_fk.sql', 'goose', '-- +goose Up\nSELECT 1;\n');
    const other = migration('db/migrations/00005_other.sql', 'goose', '-- +goose Up\nSELECT 1;\n');
    const ctx = ctxOf([f, other], ['db/migrations/00001_a.sql', 'db/migrations/00006_b.sql']);
    expect(followUpMigration(ctx, f, 'validate orders_user_id_fkey', VALIDATE, { transaction: true })).toEqual({
      path: 'db/migrations/00007_validate_orders_user_id_fkey.sql',
      content: `-- +goose Up\n${VALIDATE}\n\n-- +goose Down\n-- nothing to undo\n`,
    });
    const free = migration('db/migrations/00004_fk.sql', 'goose', '-- +goose Up\nSELECT 1;\n');
    const out = followUpMigration(ctxOf([free], ['db/migrations/00001_a.sql']), free, 'ix', 'CREATE INDEX CONCURRENTLY i ON t (a);', {
      transaction: false,
      down: 'DROP INDEX CONCURRENTLY IF EXISTS i;',
    });
    expect(out).toEqual({
      path: 'db/migrations/00005_ix.sql',
      content: '-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY i ON t (a);\n\n-- +goose Down\nDROP INDEX CONCURRENTLY IF EXISTS i;\n',
    });
  });

  it('dbmate and sql-migrate: a timestamp one second later with their opt-out markers', () => {
    const d = migration('db/migrations/20240301090000_fk.sql', 'dbmate', '-- migrate:up\nSELECT 1;\n');
    expect(followUpMigration(ctxOf([d]), d, 'ix', 'SELECT 2;', { transaction: false })).toEqual({
      path: 'db/migrations/20240301090001_ix.sql',
      content: '-- migrate:up transaction:false\nSELECT 2;\n\n-- migrate:down transaction:false\n-- nothing to undo\n',
    });
    const s = migration('migrations/3_fk.sql', 'sql-migrate', '-- +migrate Up\nSELECT 1;\n');
    expect(followUpMigration(ctxOf([s]), s, 'ix', 'SELECT 2;', { transaction: false })?.content).toBe(
      '-- +migrate Up notransaction\nSELECT 2;\n\n-- +migrate Down notransaction\n-- nothing to undo\n',
    );
  });

  it('sqlx: -- no-transaction first, and an up/down pair for reversible migrations', () => {
    const plain = migration('migrations/20240301090000_fk.sql', 'sqlx', 'SELECT 1;\n');
    expect(followUpMigration(ctxOf([plain]), plain, 'ix', 'SELECT 2;', { transaction: false })).toEqual({
      path: 'migrations/20240301090001_ix.sql',
      content: '-- no-transaction\nSELECT 2;\n',
    });
    const reversible = migration('migrations/20240301090000_fk.up.sql', 'sqlx', 'SELECT 1;\n');
    const files = followUpMigrationFiles(ctxOf([reversible]), reversible, 'ix', 'SELECT 2;', { transaction: false, down: 'SELECT 3;' });
    expect(files).toEqual([
      { path: 'migrations/20240301090001_ix.up.sql', content: '-- no-transaction\nSELECT 2;\n' },
      { path: 'migrations/20240301090001_ix.down.sql', content: '-- no-transaction\nSELECT 3;\n' },
    ]);
  });

  it('Flyway: V<version>_1__ with the file separator, unused by any Flyway script', () => {
    const f = migration('db/migration/V3__fk.sql', 'flyway', 'SELECT 1;\n');
    const ctx = ctxOf([f], ['db/migration/V1__a.sql', 'db/migration/release/V3_1__b.sql']);
    expect(followUpMigration(ctx, f, 'validate fk', VALIDATE, { transaction: true })).toEqual({
      path: 'db/migration/V3_0_1__validate_fk.sql',
      content: `${VALIDATE}\n`,
    });
    const dotted = migration('db/migration/V1.2__fk.sql', 'flyway', 'SELECT 1;\n');
    expect(followUpMigration(ctxOf([dotted]), dotted, 'x', 'SELECT 2;', { transaction: true })?.path).toBe('db/migration/V1.2.1__x.sql');
  });

  it('Prisma: a new folder one second later holding migration.sql', () => {
    const f = migration('prisma/migrations/20240301090000_add_fk/migration.sql', 'prisma', 'SELECT 1;\n', 'implicit');
    const ctx = ctxOf([f], ['prisma/migrations/20240301090001_taken/migration.sql']);
    expect(followUpMigration(ctx, f, 'validate fk', VALIDATE, { transaction: true })).toEqual({
      path: 'prisma/migrations/20240301090002_validate_fk/migration.sql',
      content: `${VALIDATE}\n`,
    });
  });

  it('golang-migrate: .up.sql and a .down.sql that undoes it', () => {
    const f = migration('migrations/000012_index.up.sql', 'golang-migrate', 'SELECT 1;\nSELECT 2;\n', 'implicit');
    const files = followUpMigrationFiles(ctxOf([f]), f, 'create index i', 'CREATE INDEX CONCURRENTLY i ON t (a);', {
      transaction: false,
      down: 'DROP INDEX CONCURRENTLY IF EXISTS i;',
    });
    expect(files).toEqual([
      { path: 'migrations/000013_create_index_i.up.sql', content: 'CREATE INDEX CONCURRENTLY i ON t (a);\n' },
      { path: 'migrations/000013_create_index_i.down.sql', content: 'DROP INDEX CONCURRENTLY IF EXISTS i;\n' },
    ]);
  });

  it('pop: the dialect kept and .autocommit outside a transaction', () => {
    const f = migration('migrations/20240301090000000000_fk.postgres.up.sql', 'pop', 'SELECT 1;\n');
    expect(followUpMigrationFiles(ctxOf([f]), f, 'ix', 'SELECT 2;', { transaction: false })?.map((x) => x.path)).toEqual([
      'migrations/20240301090000000001_ix.postgres.autocommit.up.sql',
      'migrations/20240301090000000001_ix.postgres.autocommit.down.sql',
    ]);
  });

  it('plain files keep their separator; postgres-migrations directories get the opt-out line', () => {
    const f = migration('migrations/0002-orders.sql', 'plain', 'SELECT 1;\n', 'none');
    expect(followUpMigration(ctxOf([f]), f, 'ix', 'SELECT 2;', { transaction: false })).toEqual({ path: 'migrations/0003-ix.sql', content: 'SELECT 2;\n' });
    const wrapped = migration('migrations/2_orders.sql', 'plain', 'SELECT 1;\n');
    wrapped.source.transactionReason = 'postgres-migrations markers in this directory: the runner wraps each file';
    expect(followUpMigration(ctxOf([wrapped]), wrapped, 'ix', 'SELECT 2;', { transaction: false })?.content).toBe(
      '-- postgres-migrations disable-transaction\nSELECT 2;\n',
    );
  });

  it('undefined where the layout cannot be extended: sqitch, unnumbered plain, Supabase or Hasura outside a transaction', () => {
    const sqitch = migration('deploy/orders.sql', 'sqitch', 'SELECT 1;\n', 'none');
    expect(followUpMigration(ctxOf([sqitch]), sqitch, 'x', 'SELECT 2;', { transaction: true })).toBeUndefined();
    const loose = migration('migrations/orders.sql', 'plain', 'SELECT 1;\n', 'none');
    expect(followUpMigration(ctxOf([loose]), loose, 'x', 'SELECT 2;', { transaction: true })).toBeUndefined();
    const supa = migration('supabase/migrations/20240301090000_fk.sql', 'supabase', 'SELECT 1;\n');
    expect(followUpMigration(ctxOf([supa]), supa, 'x', 'SELECT 2;', { transaction: false })).toBeUndefined();
    expect(followUpMigration(ctxOf([supa]), supa, 'x', 'SELECT 2;', { transaction: true })?.path).toBe('supabase/migrations/20240301090001_x.sql');
    const hasura = migration('migrations/1700000000000_fk/up.sql', 'hasura', 'SELECT 1;\n');
    expect(followUpMigration(ctxOf([hasura]), hasura, 'x', 'SELECT 2;', { transaction: false })).toBeUndefined();
    expect(followUpMigrationFiles(ctxOf([hasura]), hasura, 'x', 'SELECT 2;', { transaction: true })?.map((x) => x.path)).toEqual([
      'migrations/1700000000001_x/up.sql',
      'migrations/1700000000001_x/down.sql',
    ]);
  });
});

describe('outsideTransactionFix', () => {
  const CIC = 'CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);';

  function fixFor(f: ReviewedFile, statementIndex: number, others: ReviewedFile[] = [], base: string[] = []) {
    const ctx = ctxOf([f, ...others], base);
    const fix = outsideTransactionFix(ctx, f, f.statements[statementIndex], f.statements[statementIndex].statement.text, 'Run it outside');
    return { fix, fixed: fix && applyEdits(f.source.text, fix.edits) };
  }

  it('outside any transaction: the replacement alone', () => {
    const f = migration('migrations/002_x.sql', 'plain', `${CIC} -- keep\n`, 'none');
    const ctx = ctxOf([f]);
    const fix = outsideTransactionFix(ctx, f, f.statements[0], CIC.replace(' CONCURRENTLY', ''), 'Replace');
    expect(fix?.edits).toEqual([{ line: 1, endLine: 1, replacement: 'CREATE INDEX orders_status_idx ON orders (status); -- keep' }]);
    expect(fix?.newFiles).toBeUndefined();
  });

  it('goose alone (timeouts kept): NO TRANSACTION at the top, the statement first', () => {
    const sql = "-- +goose Up\nSET lock_timeout = '5s';\n" + CIC + '\n';
    const { fix, fixed } = fixFor(migration('db/migrations/00004_ix.sql', 'goose', sql), 1);
    expect(fix?.edits[0]).toMatchObject({ line: 3, endLine: 3 });
    expect(fix?.newFiles).toBeUndefined();
    expect(fixed).toBe(`-- +goose NO TRANSACTION\n${sql}`);
    expect(fix?.description).toBe('Run it outside: add `-- +goose NO TRANSACTION` so goose runs the file outside a transaction');
  });

  it('goose with other statements: removed here, moved to the next goose migration without a transaction', () => {
    const sql = '-- +goose Up\nALTER TABLE orders ADD COLUMN status text;\n' + CIC + '\n';
    const f = migration('db/migrations/00004_ix.sql', 'goose', sql);
    const { fix, fixed } = fixFor(f, 1, [], ['db/migrations/00003_base.sql']);
    expect(fix?.edits).toEqual([{ line: 3, endLine: 3, replacement: '' }]);
    expect(fixed).toBe('-- +goose Up\nALTER TABLE orders ADD COLUMN status text;\n');
    expect(fix?.newFiles).toEqual([
      {
        path: 'db/migrations/00005_create_index_orders_status_idx.sql',
        content: `-- +goose NO TRANSACTION\n-- +goose Up\n${CIC}\n\n-- +goose Down\nDROP INDEX CONCURRENTLY IF EXISTS orders_status_idx;\n`,
      },
    ]);
  });

  it('goose StatementBegin block shared with another statement: one query string, so the statement moves', () => {
    const sql = "-- +goose Up\n-- +goose StatementBegin\nSET lock_timeout = '5s';\n" + CIC + '\n-- +goose StatementEnd\n';
    const { fix } = fixFor(migration('db/migrations/00004_ix.sql', 'goose', sql), 1);
    expect(fix?.edits).toEqual([{ line: 4, endLine: 4, replacement: '' }]);
    expect(fix?.newFiles?.[0].path).toBe('db/migrations/00005_create_index_orders_status_idx.sql');
  });

  it('dbmate and sql-migrate rewrite their up marker; sqlx puts its marker on line 1, joined to a statement there', () => {
    const dbmate = fixFor(migration('db/migrations/20240301090000_ix.sql', 'dbmate', `-- migrate:up\n${CIC}\n-- migrate:down\n`), 0);
    expect(dbmate.fixed).toBe(`-- migrate:up transaction:false\n${CIC}\n-- migrate:down\n`);
    const sqlMigrate = fixFor(migration('migrations/3_ix.sql', 'sql-migrate', `-- +migrate Up\n${CIC}\n`), 0);
    expect(sqlMigrate.fixed).toBe(`-- +migrate Up notransaction\n${CIC}\n`);
    const sqlx = fixFor(migration('migrations/20240301090000_ix.sql', 'sqlx', `${CIC}\n`), 0);
    expect(sqlx.fix?.edits).toEqual([{ line: 1, endLine: 1, replacement: `-- no-transaction\n${CIC}` }]);
  });

  it('Flyway: in place when the script then holds only such statements, else a V<version>_1__ script', () => {
    const alone = fixFor(migration('db/migration/V4__ix.sql', 'flyway', `${CIC}\n`), 0);
    expect(alone.fix?.newFiles).toBeUndefined();
    expect(alone.fixed).toBe(`${CIC}\n`);
    const mixed = fixFor(migration('db/migration/V4__ix.sql', 'flyway', `ALTER TABLE orders ADD COLUMN s text;\n${CIC}\n`), 1);
    expect(mixed.fix?.newFiles).toEqual([{ path: 'db/migration/V4_1__create_index_orders_status_idx.sql', content: `${CIC}\n` }]);
    expect(mixed.fixed).toBe('ALTER TABLE orders ADD COLUMN s text;\n');
  });

  it('Prisma and golang-migrate: a migration of its own; alone in its file, nothing to move', () => {
    const prisma = fixFor(migration('prisma/migrations/20240301090000_ix/migration.sql', 'prisma', `SELECT 1;\n${CIC}\n`, 'implicit'), 1);
    expect(prisma.fix?.newFiles?.map((x) => x.path)).toEqual(['prisma/migrations/20240301090001_create_index_orders_status_idx/migration.sql']);
    const gm = fixFor(migration('migrations/12_ix.up.sql', 'golang-migrate', `SELECT 1;\n${CIC}\n`, 'implicit'), 1);
    expect(gm.fix?.newFiles).toEqual([
      { path: 'migrations/13_create_index_orders_status_idx.up.sql', content: `${CIC}\n` },
      { path: 'migrations/13_create_index_orders_status_idx.down.sql', content: 'DROP INDEX CONCURRENTLY IF EXISTS orders_status_idx;\n' },
    ]);
  });

  it('comment lines right above a moved statement go with it; framework markers and file headers stay', () => {
    const sql = '-- AlterTable\nALTER TABLE orders ADD COLUMN s text;\n\n-- CreateIndex\n-- pg-migration-review: ignore lock-timeout-missing\n' + CIC + '\n';
    const prisma = fixFor(migration('prisma/migrations/20240301090000_ix/migration.sql', 'prisma', sql, 'implicit'), 1);
    expect(prisma.fix?.edits).toEqual([{ line: 4, endLine: 6, replacement: '' }]);
    expect(prisma.fixed).toBe('-- AlterTable\nALTER TABLE orders ADD COLUMN s text;\n\n');
    expect(prisma.fix?.newFiles?.[0].content).toBe(`-- CreateIndex\n-- pg-migration-review: ignore lock-timeout-missing\n${CIC}\n`);
    const goose = fixFor(migration('db/migrations/00004_ix.sql', 'goose', `-- +goose Up\n-- header\n${CIC}\nSELECT 1;\n`), 0);
    expect(goose.fix?.edits[0]).toEqual({ line: 3, endLine: 3, replacement: '' });
    expect(goose.fix?.newFiles?.[0].content).toContain(`-- +goose Up\n${CIC}\n`);
  });

  it('explicit BEGIN ... COMMIT in a file run statement by statement: moved after the COMMIT', () => {
    const sql = 'BEGIN;\nALTER TABLE orders ADD COLUMN s text;\n' + CIC + '\nCOMMIT; -- done\nSELECT 1;\n';
    const f = migration('migrations/004_ix.sql', 'plain', sql, 'none', (i) => i <= 3);
    const { fix, fixed } = fixFor(f, 2);
    expect(fix?.edits[0]).toEqual({ line: 3, endLine: 3, replacement: '' });
    expect(fixed).toBe(`BEGIN;\nALTER TABLE orders ADD COLUMN s text;\nCOMMIT; -- done\n${CIC}\nSELECT 1;\n`);
    const open = migration('migrations/004_ix.sql', 'plain', `BEGIN;\n${CIC}\n`, 'none', () => true);
    expect(fixFor(open, 1).fix).toBeUndefined();
  });

  it('no mechanical way out for Supabase or Hasura', () => {
    expect(fixFor(migration('supabase/migrations/20240301090000_ix.sql', 'supabase', `${CIC}\n`), 0).fix).toBeUndefined();
    expect(fixFor(migration('migrations/1700000000000_ix/up.sql', 'hasura', `${CIC}\n`), 0).fix).toBeUndefined();
  });
});
