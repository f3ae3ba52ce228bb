// data-migration: UPDATE, DELETE, INSERT ... SELECT and MERGE over an unknown number of existing
// rows, and the locks the transaction already holds while they run.
import { beforeAll, describe, expect, it } from 'vitest';
import { dataMigration } from '../../../src/rules/knowledge/data-migration.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { catalog, column, context, expectFinding, file, index, loadParser, lock, run, table } from '../helpers.js';

beforeAll(loadParser);

const ID = 'data-migration';
const orders = table('orders', {
  columns: [column('id', 'bigint', 1), column('user_id', 'bigint', 2), column('note', 'text', 3)],
  indexes: [index('orders', 'orders_pkey', ['id'], { unique: true, primary: true })],
});
const users = table('users', { columns: [column('id', 'bigint', 1), column('email', 'text', 2)] });
const base = catalog(orders, users);
const lines = (...l: string[]) => l.join('\n') + '\n';

describe('data-migration', () => {
  const alterTrace = { locks: [lock('orders', 'AccessExclusiveLock')] };
  const updateTrace = { locks: [lock('orders', 'RowExclusiveLock')] };

  it('names the DDL lock the same transaction already holds', () => {
    const sql = lines('BEGIN;', 'ALTER TABLE orders ADD COLUMN status text;', "UPDATE orders SET status = 'paid' WHERE note IS NOT NULL;", 'COMMIT;');
    const f = file(sql, { steps: [base], inTransaction: true, traces: { 1: alterTrace, 2: updateTrace } });
    const found = run(dataMigration, context([f], { base }));
    expect(found.map((x) => [x.line, x.verified])).toEqual([[3, 'trace']]);
    // The statement and its table, then the lock held since line 2 and what it blocks.
    expectFinding(found[0], {
      ruleId: ID,
      line: 3,
      severity: 'warning',
      mentions: ['UPDATE', 'orders', 'unknown number of rows', 'ACCESS EXCLUSIVE on orders (line 2)', /all reads and writes/],
      helpMentions: ['10,000 rows'],
    });
  });

  it('groups held locks by mode and leaves out sequences and tables created in the same transaction', () => {
    const sql = lines(
      'ALTER TABLE orders ADD COLUMN status text;',
      'ALTER TABLE users ADD COLUMN nickname text;',
      'CREATE TABLE invoices (id bigserial PRIMARY KEY);',
      "UPDATE orders SET status = 'paid' WHERE note IS NOT NULL;",
    );
    const traces = {
      0: { locks: [lock('orders', 'AccessExclusiveLock')] },
      1: { locks: [lock('users', 'AccessExclusiveLock')] },
      2: { locks: [lock('invoices', 'AccessExclusiveLock'), lock('invoices_id_seq', 'AccessExclusiveLock', 'sequence')] },
      3: updateTrace,
    };
    const [found] = run(dataMigration, context([file(sql, { steps: [base], inTransaction: true, traces })], { base }));
    expectFinding(found, { ruleId: ID, line: 4, mentions: ['ACCESS EXCLUSIVE on orders (line 1) and users (line 2)'], omits: ['invoices'] });
  });

  it("outside a transaction it speaks of the statement's own transaction", () => {
    const found = run(dataMigration, context([file(lines('DELETE FROM orders WHERE note IS NULL;'), { steps: [base] })], { base }));
    expect(found.map((x) => x.line)).toEqual([1]);
    expectFinding(found[0], { ruleId: ID, line: 1, mentions: ['DELETE', 'orders', 'one transaction'] });
  });

  it('fires on INSERT ... SELECT from an existing table and on MERGE, not on seed rows', () => {
    const sql = lines(
      'INSERT INTO orders (id, user_id) VALUES (1, 1);',
      'INSERT INTO orders (id, user_id) SELECT 2, 2;',
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
    // It only reads orders: a notice, while a change to an existing table stays a warning.
    expectFinding(found[0], { ruleId: ID, line: 1, severity: 'notice', mentions: ['copies', 'orders', 'orders_v2'] });
    const update = run(dataMigration, context([file('UPDATE orders SET note = NULL;', { steps: [base] })], { base }));
    expect(update.map((x) => x.effectiveSeverity)).toEqual(['warning']);
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

describeDocumentedExamples('data-migration');
