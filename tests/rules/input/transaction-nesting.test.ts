// transaction-nesting: BEGIN, COMMIT and ROLLBACK that do not pair up with the transaction the
// framework (or the file) runs in.
import { beforeAll, describe, expect, it } from 'vitest';
import { transactionNesting } from '../../../src/rules/input/transaction-nesting.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { catalog, column, context, expectFinding, file, index, loadParser, run, table, type FileOptions } from '../helpers.js';

beforeAll(loadParser);

const ID = 'transaction-nesting';
const orders = table('orders', {
  columns: [column('id', 'bigint', 1), column('user_id', 'bigint', 2), column('note', 'text', 3)],
  indexes: [index('orders', 'orders_pkey', ['id'], { unique: true, primary: true })],
});
const base = catalog(orders, table('users', { columns: [column('id', 'bigint', 1), column('email', 'text', 2)] }));
const lines = (...l: string[]) => l.join('\n') + '\n';

describe('transaction-nesting', () => {
  const check = (sql: string, opts: FileOptions = {}) => run(transactionNesting, context([file(sql, opts)], { base }));

  it('reports a nested BEGIN at its line and the COMMIT left without a block', () => {
    const found = check(lines('BEGIN;', 'ALTER TABLE orders ADD COLUMN a text;', 'BEGIN;', 'ALTER TABLE orders ADD COLUMN b text;', 'COMMIT;', 'COMMIT;'));
    expect(found.map((f) => f.line)).toEqual([3, 6]);
    // The nested BEGIN: a transaction is already open, and the COMMIT of line 5 ends the outer block.
    expectFinding(found[0], { ruleId: ID, line: 3, severity: 'warning', mentions: ['already a transaction in progress', 'COMMIT', 'line 5'] });
    expectFinding(found[1], { ruleId: ID, line: 6, mentions: [/^COMMIT without BEGIN/] });
  });

  it('does not fire on one balanced block in a plain file, nor on savepoints', () => {
    expect(check(lines('BEGIN;', 'ALTER TABLE orders ADD COLUMN a text;', 'SAVEPOINT s;', 'RELEASE SAVEPOINT s;', 'COMMIT;'))).toEqual([]);
    expect(check(lines('BEGIN;', 'SELECT 1;', 'COMMIT;', 'BEGIN;', 'SELECT 2;', 'ROLLBACK;'))).toEqual([]);
  });

  it('reports BEGIN and COMMIT in a file goose wraps once, at the BEGIN, with a fix removing both', () => {
    const sql = lines('-- +goose Up', 'BEGIN;', 'ALTER TABLE orders ADD COLUMN a text;', 'COMMIT;');
    const found = check(sql, { framework: 'goose', transaction: 'wrapped', transactionReason: 'goose runs each migration in a transaction' });
    expect(found.map((f) => f.line)).toEqual([2]);
    // The framework whose transaction it nests in, and the COMMIT (line 4) that ends goose's own transaction early.
    expectFinding(found[0], { ruleId: ID, line: 2, mentions: ['BEGIN', 'goose', 'COMMIT on line 4'], helpMentions: ['-- +goose NO TRANSACTION'] });
    expect(found[0].draft.fix?.edits).toEqual([
      { line: 2, endLine: 2, replacement: '' },
      { line: 4, endLine: 4, replacement: '' },
    ]);
  });

  it('counts the statements a mid-file COMMIT leaves in autocommit in a dbmate file', () => {
    const sql = lines('-- migrate:up', 'ALTER TABLE orders ADD COLUMN a text;', 'COMMIT;', 'ALTER TABLE orders ADD COLUMN b text;', 'ALTER TABLE orders ADD COLUMN c text;');
    const found = check(sql, { framework: 'dbmate', transaction: 'wrapped' });
    expect(found.map((f) => f.line)).toEqual([3]);
    expectFinding(found[0], { ruleId: ID, line: 3, mentions: ['2 statements', 'autocommit'] });
    expect(found[0].draft.fix).toBeUndefined();
  });

  it('reports COMMIT or ROLLBACK without BEGIN in a plain file', () => {
    const found = check(lines('ALTER TABLE orders ADD COLUMN a text;', 'ROLLBACK;'));
    expect(found.map((f) => f.line)).toEqual([2]);
    expectFinding(found[0], { ruleId: ID, line: 2, mentions: ['ROLLBACK', /undoes nothing/] });
  });

  it('reports a BEGIN never committed at the BEGIN line', () => {
    const found = check(lines('ALTER TABLE orders ADD COLUMN a text;', '', 'BEGIN;', 'ALTER TABLE orders ADD COLUMN b text;'));
    expect(found.map((f) => f.line)).toEqual([3]);
    expectFinding(found[0], { ruleId: ID, line: 3, mentions: ['never committed', /rolls back/, 'line 3'] });
  });

  it('accepts BEGIN/COMMIT around a whole Prisma file (one implicit transaction either way)', () => {
    const sql = lines('-- AlterEnum', 'BEGIN;', 'CREATE TYPE "S_new" AS ENUM (\'A\');', 'DROP TYPE "S_new";', 'COMMIT;');
    expect(check(sql, { framework: 'prisma', transaction: 'implicit', path: 'prisma/migrations/1_x/migration.sql' })).toEqual([]);
  });

  it('gives a notice when statements follow a COMMIT in a Prisma file: the file commits in parts', () => {
    const sql = lines('BEGIN;', 'CREATE TYPE "S_new" AS ENUM (\'A\');', 'COMMIT;', '', '-- AlterTable', 'ALTER TABLE "orders" ADD COLUMN "x" TEXT;');
    const found = check(sql, { framework: 'prisma', transaction: 'implicit', path: 'prisma/migrations/1_x/migration.sql' });
    expect(found.map((f) => [f.line, f.severity])).toEqual([[3, 'notice']]);
    expectFinding(found[0], { ruleId: ID, line: 3, severity: 'notice', mentions: ['1 statement', 'new implicit transaction'], helpMentions: ['Prisma', 'enum'] });
  });

  it('reports a ROLLBACK without BEGIN in a golang-migrate file: it undoes the file', () => {
    const sql = lines('ALTER TABLE orders ADD COLUMN a text;', 'ROLLBACK;');
    const found = check(sql, { framework: 'golang-migrate', transaction: 'implicit' });
    expect(found.map((f) => f.line)).toEqual([2]);
    expectFinding(found[0], { ruleId: ID, line: 2, mentions: ['ROLLBACK', /undone/, 'line 2'] });
  });

  it('reports a BEGIN without COMMIT in a golang-migrate file: the block outlives the file', () => {
    const found = check(lines('BEGIN;', 'ALTER TABLE orders ADD COLUMN a text;'), { framework: 'golang-migrate', transaction: 'implicit' });
    expect(found.map((f) => f.line)).toEqual([1]);
    expectFinding(found[0], { ruleId: ID, line: 1, mentions: [/stays open after the file/] });
  });

  it('reviews only added files', () => {
    expect(check(lines('COMMIT;'), { status: 'modified' })).toEqual([]);
  });
});

describeDocumentedExamples('transaction-nesting');
