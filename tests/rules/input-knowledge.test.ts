// transaction-nesting, unknown-ignore, add-column-required, opaque-code, data-migration on literal
// statements, catalogs and traces.
import { beforeAll, describe, expect, it } from 'vitest';
import { transactionNesting } from '../../src/rules/input/transaction-nesting.js';
import { closestRuleId, unknownIgnore } from '../../src/rules/index.js';
import { addColumnRequired } from '../../src/rules/replay/add-column-required.js';
import { opaqueCode } from '../../src/rules/knowledge/opaque-code.js';
import { dataMigration } from '../../src/rules/knowledge/data-migration.js';
import { catalog, column, context, file, index, loadParser, run, table } from './helpers.js';
import type { FileOptions } from './helpers.js';

beforeAll(loadParser);

const orders = table('orders', {
  columns: [column('id', 'bigint', 1), column('user_id', 'bigint', 2), column('note', 'text', 3)],
  indexes: [index('orders', 'orders_pkey', ['id'], { unique: true, primary: true })],
});
const users = table('users', { columns: [column('id', 'bigint', 1), column('email', 'text', 2)] });
const base = catalog(orders, users);

const lines = (...l: string[]) => l.join('\n') + '\n';

describe('transaction-nesting', () => {
  const check = (sql: string, opts: FileOptions = {}) => run(transactionNesting, context([file(sql, opts)], { base }));

  it('reports a nested BEGIN at its line and the COMMIT left without a block', () => {
    const found = check(lines('BEGIN;', 'ALTER TABLE orders ADD COLUMN a text;', 'BEGIN;', 'ALTER TABLE orders ADD COLUMN b text;', 'COMMIT;', 'COMMIT;'));
    expect(found.map((f) => f.line)).toEqual([3, 6]);
    expect(found[0].message).toContain('already a transaction in progress');
    expect(found[0].message).toContain('COMMIT on line 5 ends the outer block');
    expect(found[1].message).toMatch(/^COMMIT without BEGIN: there is no transaction in progress/);
  });

  it('does not fire on one balanced block in a plain file, nor on savepoints', () => {
    expect(check(lines('BEGIN;', 'ALTER TABLE orders ADD COLUMN a text;', 'SAVEPOINT s;', 'RELEASE SAVEPOINT s;', 'COMMIT;'))).toEqual([]);
    expect(check(lines('BEGIN;', 'SELECT 1;', 'COMMIT;', 'BEGIN;', 'SELECT 2;', 'ROLLBACK;'))).toEqual([]);
  });

  it('reports BEGIN and COMMIT in a file goose wraps once, at the BEGIN, with a fix removing both', () => {
    const sql = lines('-- +goose Up', 'BEGIN;', 'ALTER TABLE orders ADD COLUMN a text;', 'COMMIT;');
    const found = check(sql, { framework: 'goose', transaction: 'wrapped', transactionReason: 'goose runs each migration in a transaction' });
    expect(found.map((f) => f.line)).toEqual([2]);
    expect(found[0].message).toContain('BEGIN inside the transaction goose already opens');
    expect(found[0].message).toContain("COMMIT on line 4 commits goose's own transaction early");
    expect(found[0].help).toContain('-- +goose NO TRANSACTION');
    expect(found[0].draft.fix?.edits).toEqual([
      { line: 2, endLine: 2, replacement: '' },
      { line: 4, endLine: 4, replacement: '' },
    ]);
  });

  it('counts the statements a mid-file COMMIT leaves in autocommit in a dbmate file', () => {
    const sql = lines('-- migrate:up', 'ALTER TABLE orders ADD COLUMN a text;', 'COMMIT;', 'ALTER TABLE orders ADD COLUMN b text;', 'ALTER TABLE orders ADD COLUMN c text;');
    const found = check(sql, { framework: 'dbmate', transaction: 'wrapped' });
    expect(found.map((f) => f.line)).toEqual([3]);
    expect(found[0].message).toContain('the 2 statements after it run in autocommit');
    expect(found[0].draft.fix).toBeUndefined();
  });

  it('reports COMMIT or ROLLBACK without BEGIN in a plain file', () => {
    const found = check(lines('ALTER TABLE orders ADD COLUMN a text;', 'ROLLBACK;'));
    expect(found.map((f) => f.line)).toEqual([2]);
    expect(found[0].message).toContain('undoes nothing');
  });

  it('reports a BEGIN never committed at the BEGIN line', () => {
    const found = check(lines('ALTER TABLE orders ADD COLUMN a text;', '', 'BEGIN;', 'ALTER TABLE orders ADD COLUMN b text;'));
    expect(found.map((f) => f.line)).toEqual([3]);
    expect(found[0].message).toContain('never committed');
    expect(found[0].message).toContain('rolls back everything after line 3');
  });

  it('accepts BEGIN/COMMIT around a whole Prisma file (one implicit transaction either way)', () => {
    const sql = lines('-- AlterEnum', 'BEGIN;', 'CREATE TYPE "S_new" AS ENUM (\'A\');', 'DROP TYPE "S_new";', 'COMMIT;');
    expect(check(sql, { framework: 'prisma', transaction: 'implicit', path: 'prisma/migrations/1_x/migration.sql' })).toEqual([]);
  });

  it('gives a notice when statements follow a COMMIT in a Prisma file: the file commits in parts', () => {
    const sql = lines('BEGIN;', 'CREATE TYPE "S_new" AS ENUM (\'A\');', 'COMMIT;', '', '-- AlterTable', 'ALTER TABLE "orders" ADD COLUMN "x" TEXT;');
    const found = check(sql, { framework: 'prisma', transaction: 'implicit', path: 'prisma/migrations/1_x/migration.sql' });
    expect(found.map((f) => [f.line, f.severity])).toEqual([[3, 'notice']]);
    expect(found[0].message).toContain('the 1 statement after it run in a new implicit transaction');
    expect(found[0].help).toContain('Prisma itself generates BEGIN/COMMIT around enum changes');
  });

  it('reports a ROLLBACK without BEGIN in a golang-migrate file: it undoes the file', () => {
    const sql = lines('ALTER TABLE orders ADD COLUMN a text;', 'ROLLBACK;');
    const found = check(sql, { framework: 'golang-migrate', transaction: 'implicit' });
    expect(found.map((f) => f.line)).toEqual([2]);
    expect(found[0].message).toContain('every statement before line 2 is undone');
  });

  it('reports a BEGIN without COMMIT in a golang-migrate file: the block outlives the file', () => {
    const found = check(lines('BEGIN;', 'ALTER TABLE orders ADD COLUMN a text;'), { framework: 'golang-migrate', transaction: 'implicit' });
    expect(found.map((f) => f.line)).toEqual([1]);
    expect(found[0].message).toContain('stays open after the file');
  });

  it('reviews only added files', () => {
    expect(check(lines('COMMIT;'), { status: 'modified' })).toEqual([]);
  });
});

describe('unknown-ignore', () => {
  function withIgnores(sql: string, statementIgnores: Record<number, { rules: string[]; line: number }>, fileIgnores: { rules: string[]; line: number }[] = []) {
    const f = file(sql);
    for (const [i, d] of Object.entries(statementIgnores)) f.statements[Number(i)].statement.ignores = [{ scope: 'statement', ...d }];
    f.fileIgnores = fileIgnores.map((d) => ({ scope: 'file', ...d }));
    return run(unknownIgnore, context([f], { base }));
  }

  it('reports a misspelt id at the comment line, suggests the closest id and fixes the comment', () => {
    const sql = lines('-- pg-migration-review: ignore require-concurrent-indexes, drop-table -- empty table', 'CREATE INDEX i ON orders (user_id);');
    const found = withIgnores(sql, { 0: { rules: ['require-concurrent-indexes', 'drop-table'], line: 1 } });
    expect(found.map((f) => f.line)).toEqual([1]);
    expect(found[0].message).toContain('`require-concurrent-indexes`, which is not a rule');
    expect(found[0].message).toContain('Did you mean `require-concurrent-index`?');
    expect(found[0].draft.fix?.edits).toEqual([
      { line: 1, endLine: 1, replacement: '-- pg-migration-review: ignore require-concurrent-index, drop-table -- empty table' },
    ]);
  });

  it('reports file-scope directives too, and says ids are lower case', () => {
    const sql = lines('-- pg-migration-review: ignore-file Drop-Table', 'SELECT 1;');
    const found = withIgnores(sql, {}, [{ rules: ['Drop-Table'], line: 1 }]);
    expect(found.map((f) => [f.line, f.message])).toEqual([
      [1, 'The ignore-file comment names `Drop-Table`, which is not a rule: it silences nothing. Did you mean `drop-table` (rule ids are lower case)?'],
    ]);
  });

  it('accepts catalogue ids that are not implemented yet, and suggests nothing for unrelated names', () => {
    expect(withIgnores(lines('SELECT 1;'), { 0: { rules: ['large-table-change', 'prefer-identity'], line: 1 } })).toEqual([]);
    const found = withIgnores(lines('SELECT 1;'), { 0: { rules: ['everything'], line: 1 } });
    expect(found).toHaveLength(1);
    expect(found[0].message).not.toContain('Did you mean');
    expect(found[0].draft.fix).toBeUndefined();
  });

  it('reports an ignore comment that names no rule', () => {
    const found = withIgnores(lines('SELECT 1;'), { 0: { rules: [], line: 1 } });
    expect(found.map((f) => f.message)).toEqual(['This ignore comment names no rule, so it silences nothing.']);
  });

  it('finds the closest id by edit distance', () => {
    expect(closestRuleId('drop-colum')).toBe('drop-column');
    expect(closestRuleId('concurrent-in-transaction')).toBe('concurrently-in-transaction');
    expect(closestRuleId('xyz')).toBeUndefined();
  });
});

describe('add-column-required', () => {
  const check = (sql: string, opts: { postgresVersion?: number; tables?: typeof base; trace?: FileOptions['traces'] } = {}) => {
    const b = opts.tables ?? base;
    return run(addColumnRequired, context([file(sql, { steps: [b], traces: opts.trace })], { base: b, config: { postgresVersion: opts.postgresVersion ?? 18 } }));
  };

  it('fires on NOT NULL without a default on an existing table, naming table and column', () => {
    const found = check(lines('ALTER TABLE orders', '  ADD COLUMN status text NOT NULL;'));
    expect(found.map((f) => f.line)).toEqual([1]);
    expect(found[0].message).toContain('ADD COLUMN status NOT NULL without a default on existing table orders');
    expect(found[0].message).toContain('contains null values');
    expect(found[0].help).toContain('NOT NULL DEFAULT <value>');
    expect(found[0].help).toContain('CHECK (status IS NOT NULL) NOT VALID');
  });

  it('fires on DEFAULT NULL and on a PRIMARY KEY column without a value', () => {
    expect(check('ALTER TABLE orders ADD COLUMN a int NOT NULL DEFAULT NULL;')).toHaveLength(1);
    expect(check('ALTER TABLE users ADD COLUMN uid uuid PRIMARY KEY;').map((f) => f.message)[0]).toContain('ADD COLUMN uid PRIMARY KEY');
  });

  it('does not fire when existing rows get a value: default, identity, generated, serial', () => {
    for (const sql of [
      "ALTER TABLE orders ADD COLUMN a text NOT NULL DEFAULT 'x';",
      'ALTER TABLE orders ADD COLUMN a uuid NOT NULL DEFAULT gen_random_uuid();',
      'ALTER TABLE orders ADD COLUMN a bigint NOT NULL GENERATED ALWAYS AS IDENTITY;',
      'ALTER TABLE orders ADD COLUMN a bigint NOT NULL GENERATED ALWAYS AS (id * 2) STORED;',
      'ALTER TABLE orders ADD COLUMN a bigserial NOT NULL;',
      'ALTER TABLE orders ADD COLUMN a text;',
      'ALTER TABLE orders ADD COLUMN IF NOT EXISTS note text NOT NULL;',
    ]) {
      expect(check(sql), sql).toEqual([]);
    }
  });

  it('does not fire on a table created in the pull request, nor when replay already failed', () => {
    expect(check('ALTER TABLE invoices ADD COLUMN a text NOT NULL;')).toEqual([]);
    expect(check('ALTER TABLE orders ADD COLUMN a text NOT NULL;', { trace: { 0: { outcome: 'error' } } })).toEqual([]);
  });

  it('before PostgreSQL 12 the help does not rely on a validated CHECK', () => {
    const [f] = check('ALTER TABLE orders ADD COLUMN a text NOT NULL;', { postgresVersion: 10 });
    expect(f.help).toContain('before PostgreSQL 11 it rewrites');
    expect(f.help).not.toContain('NOT VALID');
  });
});

describe('opaque-code', () => {
  it('reports a DO block with the locks replay saw it take, and its EXECUTE line', () => {
    const sql = lines('DO $$', 'BEGIN', "  EXECUTE 'ALTER TABLE orders ADD COLUMN a text';", 'END $$;');
    const found = run(opaqueCode, context([
      file(sql, { steps: [base], traces: { 0: { locks: [{ relation: 'public.orders', relkind: 'table', table: 'public.orders', mode: 'AccessExclusiveLock' }], altered: ['public.orders'] } } }),
    ], { base }));
    expect(found.map((f) => [f.line, f.verified])).toEqual([[1, 'trace']]);
    expect(found[0].message).toContain('EXECUTE on line 3');
    expect(found[0].message).toContain('Replay saw it take ACCESS EXCLUSIVE on orders and change orders');
  });

  it('reports a DO block without dynamic SQL too: the rules cannot see inside it', () => {
    const drizzle = 'DO $$ BEGIN\n ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);\nEXCEPTION WHEN duplicate_object THEN null;\nEND $$;';
    const found = run(opaqueCode, context([file(drizzle)]));
    expect(found).toHaveLength(1);
    expect(found[0].message).not.toContain('EXECUTE');
    expect(found[0].message).toContain('It was not replayed');
  });

  it('is silent on a DO block that only creates new types, guarded by an exception handler or a catalog check', () => {
    const silent = [
      "DO $$ BEGIN CREATE TYPE s AS ENUM ('a'); EXCEPTION WHEN duplicate_object THEN null; END $$;",
      "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'money2') THEN CREATE DOMAIN money2 AS numeric(12,2); ELSE RAISE NOTICE 'exists'; END IF; END $$;",
    ];
    for (const sql of silent) expect(run(opaqueCode, context([file(sql)])), sql).toEqual([]);
    const loud = [
      "DO $$ BEGIN CREATE TYPE s AS ENUM ('a'); UPDATE orders SET note = 'x'; EXCEPTION WHEN duplicate_object THEN null; END $$;",
      "DO $$ BEGIN CREATE TYPE s AS ENUM ('a'); EXCEPTION WHEN duplicate_object THEN DELETE FROM orders; END $$;",
      "DO $$ BEGIN IF true THEN CREATE INDEX orders_note_idx ON orders (note); END IF; END $$;",
      "DO $$ BEGIN PERFORM pg_sleep(1); END $$;",
    ];
    for (const sql of loud) expect(run(opaqueCode, context([file(sql)])), sql).toHaveLength(1);
  });

  it('reports a function that runs EXECUTE at the EXECUTE line, not one with only static SQL or EXECUTE in a string or comment', () => {
    const dynamic = lines(
      'CREATE FUNCTION add_partition(d date) RETURNS void LANGUAGE plpgsql AS $$',
      'BEGIN',
      '  -- builds the partition name',
      "  EXECUTE format('CREATE TABLE %I PARTITION OF events FOR VALUES FROM (%L) TO (%L)', 'e', d, d + 1);",
      'END $$;',
    );
    // Replayed: CREATE FUNCTION ran, but its body did not, so nothing in the finding comes from the trace.
    const found = run(opaqueCode, context([file(dynamic, { traces: { 0: {} } })]));
    expect(found.map((f) => [f.line, f.verified])).toEqual([[4, 'static']]);
    expect(found[0].message).toContain('Function add_partition runs dynamic SQL');
    const staticBody = lines(
      'CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$',
      "BEGIN -- EXECUTE nothing here",
      "  RAISE NOTICE 'EXECUTE'; NEW.updated_at = now(); RETURN NEW;",
      'END $$;',
      "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';",
      'CREATE FUNCTION g() RETURNS void LANGUAGE plpgsql AS $$ BEGIN CREATE TRIGGER t AFTER INSERT ON orders FOR EACH ROW EXECUTE FUNCTION touch(); END $$;',
    );
    expect(run(opaqueCode, context([file(staticBody)]))).toEqual([]);
  });

  it('is silent for dynamic queries whose rows the function reads (RETURN QUERY EXECUTE, FOR ... IN EXECUTE)', () => {
    const reads = lines(
      'CREATE FUNCTION search(col text) RETURNS SETOF orders LANGUAGE plpgsql AS $$',
      'DECLARE r record;',
      'BEGIN',
      "  FOR r IN EXECUTE format('SELECT %I FROM orders', col) LOOP NULL; END LOOP;",
      "  RETURN QUERY EXECUTE format('SELECT * FROM orders ORDER BY %I', col);",
      'END $$;',
    );
    expect(run(opaqueCode, context([file(reads)]))).toEqual([]);
  });

  it('reports CALL of a procedure', () => {
    const found = run(opaqueCode, context([file(lines('SELECT 1;', 'CALL backfill_orders(1000);'))]));
    expect(found.map((f) => f.line)).toEqual([2]);
    expect(found[0].message).toContain('CALL backfill_orders');
  });
});

describe('data-migration', () => {
  const alterTrace = { locks: [{ relation: 'public.orders', relkind: 'table' as const, table: 'public.orders', mode: 'AccessExclusiveLock' as const }] };
  const updateTrace = { locks: [{ relation: 'public.orders', relkind: 'table' as const, table: 'public.orders', mode: 'RowExclusiveLock' as const }] };

  it('names the DDL lock the same transaction already holds', () => {
    const sql = lines('BEGIN;', 'ALTER TABLE orders ADD COLUMN status text;', "UPDATE orders SET status = 'paid' WHERE note IS NOT NULL;", 'COMMIT;');
    const f = file(sql, { steps: [base], inTransaction: true, traces: { 1: alterTrace, 2: updateTrace } });
    const found = run(dataMigration, context([f], { base }));
    expect(found.map((x) => [x.line, x.verified])).toEqual([[3, 'trace']]);
    expect(found[0].message).toContain('UPDATE on existing table orders changes an unknown number of rows');
    expect(found[0].message).toContain('ACCESS EXCLUSIVE on orders (line 2), blocking all reads and writes');
    expect(found[0].help).toContain('10,000 rows');
  });

  it('groups held locks by mode and leaves out sequences and tables created in the same transaction', () => {
    const lock = (t: string, relkind: 'table' | 'sequence' = 'table') => ({ relation: `public.${t}`, relkind, table: `public.${t}`, mode: 'AccessExclusiveLock' as const });
    const sql = lines(
      'ALTER TABLE orders ADD COLUMN status text;',
      'ALTER TABLE users ADD COLUMN nickname text;',
      'CREATE TABLE invoices (id bigserial PRIMARY KEY);',
      "UPDATE orders SET status = 'paid' WHERE note IS NOT NULL;",
    );
    const f = file(sql, { steps: [base], inTransaction: true, traces: { 0: { locks: [lock('orders')] }, 1: { locks: [lock('users')] }, 2: { locks: [lock('invoices'), lock('invoices_id_seq', 'sequence')] }, 3: updateTrace } });
    const [found] = run(dataMigration, context([f], { base }));
    expect(found.message).toContain('keeps ACCESS EXCLUSIVE on orders (line 1) and users (line 2), blocking all reads and writes.');
    expect(found.message).not.toContain('invoices');
  });

  it('outside a transaction it speaks of the statement\'s own transaction', () => {
    const found = run(dataMigration, context([file(lines('DELETE FROM orders WHERE note IS NULL;'), { steps: [base] })], { base }));
    expect(found.map((x) => x.line)).toEqual([1]);
    expect(found[0].message).toContain('it runs as one transaction');
  });

  it('fires on INSERT ... SELECT from an existing table and on MERGE, not on seed rows', () => {
    const sql = lines(
      'INSERT INTO orders (id, user_id) VALUES (1, 1);',
      "INSERT INTO orders (id, user_id) SELECT 2, 2;",
      'INSERT INTO orders (id, user_id) SELECT id, id FROM users;',
      'MERGE INTO orders o USING users u ON o.user_id = u.id WHEN MATCHED THEN DELETE;',
    );
    const found = run(dataMigration, context([file(sql, { steps: [base] })], { base }));
    expect(found.map((x) => x.line)).toEqual([3, 4]);
  });

  it('fires when a new table is filled from an existing one, not on changes to new tables alone', () => {
    const withNew = catalog(orders, users, table('orders_v2'));
    const sql = lines('INSERT INTO orders_v2 (id) SELECT id FROM orders;', 'UPDATE orders_v2 SET id = id + 1;', 'DELETE FROM orders_v2;');
    const found = run(dataMigration, context([file(sql, { steps: [withNew] })], { base }));
    expect(found.map((x) => x.line)).toEqual([1]);
    expect(found[0].message).toContain('copies an unknown number of rows from existing table orders into orders_v2');
    // It only reads orders: a notice, while a change to an existing table stays a warning.
    expect(found[0].severity).toBe('notice');
    const update = run(dataMigration, context([file('UPDATE orders SET note = NULL;', { steps: [base] })], { base }));
    expect(update.map((x) => x.severity ?? dataMigration.meta.severity)).toEqual(['warning']);
  });

  it('does not fire on rows named by primary key', () => {
    const sql = lines(
      "UPDATE orders SET note = 'x' WHERE id = 42;",
      'DELETE FROM orders WHERE id = 7 AND note IS NULL;',
      'DELETE FROM orders WHERE id IN (1, 2, 3);',
      "UPDATE orders SET note = 'x' WHERE id > 42;",
      "UPDATE orders SET note = 'x' WHERE user_id = 42;",
      'DELETE FROM orders WHERE id IN (SELECT id FROM users);',
    );
    const found = run(dataMigration, context([file(sql, { steps: [base] })], { base }));
    expect(found.map((x) => x.line)).toEqual([4, 5, 6]);
  });
});
