// drop-table on literal catalogs: what an escalation reviewer needs to know about the table dropped.
import { beforeAll, describe, expect, it } from 'vitest';
import { dropTable } from '../../../src/rules/escalation/drop-table.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { catalog, column, context, expectFinding, file, foreignKey, index, loadParser, run, table } from '../helpers.js';

beforeAll(loadParser);

const ID = 'drop-table';
const users = table('users', {
  columns: [column('id', 'bigint', 1), column('email', 'text', 2), column('token', 'text', 3)],
  indexes: [
    index('users', 'users_pkey', ['id'], { primary: true, unique: true, constraint: 'users_pkey' }),
    index('users', 'users_lower_email_idx', ['lower(email)']),
  ],
});
const orders = table('orders', { constraints: [foreignKey('orders_user_id_fkey', ['user_id'], 'users')] });
const base = catalog(users, orders);

describe('drop-table', () => {
  it('names the table, its size in columns and indexes, and the tables whose foreign keys reference it', () => {
    const f = file('SELECT 1;\nDROP TABLE IF EXISTS users CASCADE;', { steps: [base] });
    const [finding, ...rest] = run(dropTable, context([f], { base }));
    expect(rest).toEqual([]);
    expectFinding(finding, { ruleId: ID, line: 2, severity: 'escalate', mentions: ['users', '3 columns', '2 indexes', 'orders', 'CASCADE'] });
  });

  it('is silent for tables created in the pull request or absent', () => {
    const f = file('DROP TABLE tmp_import;\nDROP TABLE IF EXISTS nothing;', { steps: [catalog(users, orders, table('tmp_import'))] });
    expect(run(dropTable, context([f], { base }))).toEqual([]);
  });
});

describe('drop-table documented examples on literal catalogs', () => {
  // A fast check on literal data, where the tables the examples name already exist.
  const docs = catalog(
    table('users', { columns: [column('id', 'bigint', 1), column('email', 'text', 2), column('legacy_token', 'text', 3)] }),
    table('orders', { columns: [column('id', 'integer', 1), column('user_id', 'bigint', 2), column('note', 'varchar(200)', 3)] }),
    table('legacy_orders'),
  );

  it('fires on the bad example; the good one shows the first step of the safe path, which does not escalate', () => {
    const { bad, good } = dropTable.meta;
    expect(run(dropTable, context([file(bad, { steps: [docs] })], { base: docs })).length).toBeGreaterThan(0);
    expect(run(dropTable, context([file(good, { steps: [docs] })], { base: docs }))).toEqual([]);
  });
});

describeDocumentedExamples('drop-table');
