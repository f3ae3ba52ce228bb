// lock-timeout-missing on literal catalogs and traces: the first statement that queues behind a
// lock on an existing table without a lock_timeout, and the SET that goes before it.
import { beforeAll, describe, expect, it } from 'vitest';
import { lockTimeoutMissing } from '../../../src/rules/output/lock-timeout-missing.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { applyFix, catalog, column, context, expectFinding, file, index, loadParser, lock, run, table } from '../helpers.js';

beforeAll(loadParser);

const ID = 'lock-timeout-missing';
const orders = table('orders', {
  columns: [column('id', 'bigint', 1), column('user_id', 'bigint', 2), column('status', 'text', 3), column('note', 'text', 4)],
  indexes: [index('orders', 'orders_status_idx', ['status']), index('orders', 'orders_pkey', ['id'], { unique: true, primary: true, constraint: 'orders_pkey' })],
});
const users = table('users', { columns: [column('id', 'bigint', 1), column('email', 'text', 2)] });
const base = catalog(orders, users);

describe('lock-timeout-missing', () => {
  it('fires once, at the first statement blocking an existing table, and inserts SET LOCAL lock_timeout before it in a transaction', () => {
    const sql = '-- +goose Up\nCREATE TABLE fresh (id bigint);\n  ALTER TABLE orders ADD COLUMN x int;\nCREATE INDEX i ON users (email);';
    const f = file(sql, { framework: 'goose', transaction: 'wrapped', steps: [base], traces: { 1: { locks: [lock('orders', 'AccessExclusiveLock')] } } });
    const [finding, ...rest] = run(lockTimeoutMissing, context([f], { base }));
    expect(rest).toEqual([]);
    expectFinding(finding, {
      ruleId: ID,
      line: 3,
      severity: 'warning',
      verified: 'trace',
      mentions: ['ACCESS EXCLUSIVE', 'orders'],
      helpMentions: ["SET LOCAL lock_timeout = '5s';"],
    });
    expect(applyFix(sql, finding)).toBe(
      "-- +goose Up\nCREATE TABLE fresh (id bigint);\n  SET LOCAL lock_timeout = '5s';\n  ALTER TABLE orders ADD COLUMN x int;\nCREATE INDEX i ON users (email);",
    );
  });

  it('inserts a plain SET lock_timeout when the statement runs outside any transaction', () => {
    const sql = 'CREATE TABLE fresh (id bigint);\nALTER TABLE orders ADD COLUMN x int;';
    const f = file(sql, { steps: [base], traces: { 1: { locks: [lock('orders', 'AccessExclusiveLock')] } } });
    const [finding] = run(lockTimeoutMissing, context([f], { base }));
    expect(applyFix(sql, finding)).toBe("CREATE TABLE fresh (id bigint);\nSET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN x int;");
  });

  it('is satisfied by SET, SET LOCAL in the same transaction and set_config', () => {
    const ctx = (sql: string, inTransaction = false) => context([file(sql, { steps: [base], inTransaction })], { base });
    expect(run(lockTimeoutMissing, ctx("SET lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN x int;"))).toEqual([]);
    expect(run(lockTimeoutMissing, ctx("SET LOCAL lock_timeout TO '2s';\nALTER TABLE orders ADD COLUMN x int;", true))).toEqual([]);
    expect(run(lockTimeoutMissing, ctx("SELECT set_config('lock_timeout', '3s', false);\nDROP INDEX orders_status_idx;"))).toEqual([]);
  });

  it('is not satisfied by a timeout turned off, SET LOCAL outside a transaction, or locks that let reads and writes go on', () => {
    const ctx = (sql: string) => context([file(sql, { steps: [base] })], { base });
    expect(run(lockTimeoutMissing, ctx("SET lock_timeout = '2s';\nRESET lock_timeout;\nCREATE INDEX i ON orders (note);"))[0].line).toBe(3);
    expect(run(lockTimeoutMissing, ctx('SET lock_timeout = 0;\nCREATE INDEX i ON orders (note);'))[0].line).toBe(2);
    expect(run(lockTimeoutMissing, ctx("SET LOCAL lock_timeout = '1s';\nCREATE INDEX i ON orders (note);"))[0].line).toBe(2);
    expect(run(lockTimeoutMissing, ctx('CREATE INDEX CONCURRENTLY i ON orders (note);\nALTER TABLE orders VALIDATE CONSTRAINT c;'))).toEqual([]);
  });
});

describeDocumentedExamples('lock-timeout-missing');
