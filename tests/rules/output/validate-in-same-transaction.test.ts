// validate-in-same-transaction on literal catalogs and traces.
import { beforeAll, describe, expect, it } from 'vitest';
import { validateInSameTransaction } from '../../../src/rules/output/validate-in-same-transaction.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { catalog, checkConstraint, column, context, expectFinding, file, foreignKey, index, loadParser, lock, run, table } from '../helpers.js';

beforeAll(loadParser);

const ID = 'validate-in-same-transaction';
const orders = table('orders', {
  columns: [column('id', 'bigint', 1), column('user_id', 'bigint', 2), column('status', 'text', 3), column('note', 'text', 4)],
  indexes: [index('orders', 'orders_status_idx', ['status']), index('orders', 'orders_pkey', ['id'], { unique: true, primary: true, constraint: 'orders_pkey' })],
});
const users = table('users', { columns: [column('id', 'bigint', 1), column('email', 'text', 2)] });
const base = catalog(orders, users);

describe('validate-in-same-transaction', () => {
  const fkAfter = catalog({ ...orders, constraints: [foreignKey('orders_user_id_fkey', ['user_id'], 'users', ['id'], false)] }, users);
  const sql =
    'ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey\n  FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\n' +
    'ALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;';

  it('flags VALIDATE after ADD ... NOT VALID of the same constraint in one transaction, naming the held lock', () => {
    const f = file(sql, {
      transaction: 'wrapped',
      framework: 'goose',
      steps: [base, fkAfter],
      traces: { 0: { locks: [lock('orders', 'ShareRowExclusiveLock'), lock('users', 'ShareRowExclusiveLock')] }, 1: { locks: [lock('users', 'RowShareLock')] } },
    });
    const [finding, ...rest] = run(validateInSameTransaction, context([f], { base }));
    expect(rest).toEqual([]);
    expectFinding(finding, {
      ruleId: ID,
      line: 3,
      severity: 'warning',
      verified: 'trace',
      // The ADD's line, and the locks it took on both tables, held through the VALIDATE.
      mentions: ['line 1', /SHARE ROW EXCLUSIVE[^.]*orders/, /SHARE ROW EXCLUSIVE[^.]*users/],
    });
  });

  it('is silent when the two run in different transactions (statement by statement) or the ADD validated at once', () => {
    expect(run(validateInSameTransaction, context([file(sql, { steps: [base, fkAfter] })], { base }))).toEqual([]);
    const other = 'ALTER TABLE orders ADD CONSTRAINT c CHECK (id > 0);\nALTER TABLE orders VALIDATE CONSTRAINT c;';
    expect(run(validateInSameTransaction, context([file(other, { transaction: 'wrapped', steps: [base] })], { base }))).toEqual([]);
  });

  it('finds an unnamed CHECK by the name the catalog gave it', () => {
    const after = catalog({ ...orders, constraints: [checkConstraint('orders_id_check', 'CHECK (id > 0) NOT VALID', false)] }, users);
    const s = 'BEGIN;\nALTER TABLE orders ADD CHECK (id > 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_id_check;\nCOMMIT;';
    const [finding] = run(validateInSameTransaction, context([file(s, { inTransaction: true, steps: [base, base, after] })], { base }));
    expectFinding(finding, { ruleId: ID, line: 3, mentions: ['ACCESS EXCLUSIVE', 'orders'] });
  });
});

describeDocumentedExamples('validate-in-same-transaction');
