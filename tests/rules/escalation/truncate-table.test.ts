// truncate-table on literal catalogs: the rows lost, and what CASCADE empties with them.
import { beforeAll, describe, expect, it } from 'vitest';
import { truncateTable } from '../../../src/rules/escalation/truncate-table.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { catalog, column, context, expectFinding, file, foreignKey, index, loadParser, run, table } from '../helpers.js';

beforeAll(loadParser);

const ID = 'truncate-table';
const users = table('users', {
  columns: [column('id', 'bigint', 1), column('email', 'text', 2), column('name', 'text', 3)],
  indexes: [
    index('users', 'users_pkey', ['id'], { primary: true, unique: true, constraint: 'users_pkey' }),
    index('users', 'users_email_idx', ['email']),
  ],
});
const orders = table('orders', {
  columns: [column('id', 'bigint', 1), column('user_id', 'bigint', 2)],
  indexes: [index('orders', 'orders_pkey', ['id'], { primary: true, unique: true, constraint: 'orders_pkey' })],
  constraints: [foreignKey('orders_user_id_fkey', ['user_id'], 'users')],
});
const base = catalog(users, orders);

describe('truncate-table', () => {
  it('escalates TRUNCATE of an existing table and names what CASCADE empties, transitively', () => {
    const items = table('order_items', { constraints: [foreignKey('order_items_order_id_fkey', ['order_id'], 'orders')] });
    const withItems = catalog(users, orders, items);
    const f = file('TRUNCATE users CASCADE;', { steps: [withItems] });
    const [finding] = run(truncateTable, context([f], { base: withItems }));
    expectFinding(finding, { ruleId: ID, line: 1, severity: 'escalate', mentions: ['users', 'CASCADE', 'orders, order_items'] });
  });

  it('says it fails without CASCADE when foreign keys reference the table', () => {
    const f = file('TRUNCATE TABLE users;', { steps: [base] });
    const [finding] = run(truncateTable, context([f], { base }));
    expectFinding(finding, { ruleId: ID, line: 1, mentions: ['orders', 'foreign key', /fails without CASCADE/] });
  });

  it('is silent for a table created in the pull request', () => {
    const f = file('TRUNCATE staging;', { steps: [catalog(users, orders, table('staging'))] });
    expect(run(truncateTable, context([f], { base }))).toEqual([]);
  });
});

describeDocumentedExamples('truncate-table');
