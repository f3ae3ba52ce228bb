// large-table-change on literal catalogs, traces and table statistics from the config.
import { beforeAll, describe, expect, it } from 'vitest';
import { largeTableChange } from '../../../src/rules/escalation/large-table-change.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { catalog, column, context, expectFinding, file, foreignKey, index, loadParser, lock, run, table } from '../helpers.js';

beforeAll(loadParser);

const ID = 'large-table-change';
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

describe('large-table-change', () => {
  const config = { tableRows: { orders: 5_000_000, users: 10 } };

  it('escalates a write-blocking statement on a table above the threshold, with its row count', () => {
    const f = file('CREATE INDEX orders_user_idx ON orders (user_id);\nCREATE INDEX users_name_idx ON users (name);', {
      steps: [base],
      traces: { 0: { locks: [lock('orders', 'ShareLock')] } },
    });
    const found = run(largeTableChange, context([f], { base, config }));
    expect(found.map((x) => [x.line, x.verified])).toEqual([[1, 'trace']]);
    // The table, its rows in production, what the statement does with them and under which lock.
    expectFinding(found[0], { ruleId: ID, line: 1, severity: 'escalate', mentions: ['orders', '5,000,000 rows', 'index', 'SHARE'] });
  });

  it('reports a traced rewrite, and static locks in a transaction that already holds the lock', () => {
    const f = file('ALTER TABLE orders ADD COLUMN token uuid DEFAULT gen_random_uuid();\nALTER TABLE orders ADD COLUMN note text;', {
      transaction: 'wrapped',
      steps: [base],
      traces: { 0: { rewritten: ['public.orders', 'public.orders_pkey'], locks: [lock('orders', 'AccessExclusiveLock')] }, 1: {} },
    });
    const found = run(largeTableChange, context([f], { base, config }));
    expect(found.map((x) => [x.line, x.verified])).toEqual([[1, 'trace'], [2, 'static']]);
    expectFinding(found[0], { ruleId: ID, line: 1, mentions: ['rewrites', '1 index', 'ACCESS EXCLUSIVE'] });
    expectFinding(found[1], { ruleId: ID, line: 2, mentions: ['ACCESS EXCLUSIVE'] });
  });

  it('is silent without statistics, below the threshold, for non-blocking locks, and for schema-qualified names it does not match', () => {
    const f = file('CREATE INDEX CONCURRENTLY orders_user_idx ON orders (user_id);\nALTER TABLE users ADD COLUMN x int;\nALTER TABLE orders ADD COLUMN x int;', { steps: [base] });
    expect(run(largeTableChange, context([f], { base, config: { tableRows: {} } }))).toEqual([]);
    expect(run(largeTableChange, context([f], { base, config: { tableRows: { orders: 5_000_000 }, largeTableRows: 10_000_000 } }))).toEqual([]);
    expect(run(largeTableChange, context([f], { base, config: { tableRows: { 'billing.orders': 5_000_000 } } }))).toEqual([]);
    expect(run(largeTableChange, context([f], { base, config: { tableRows: { 'public.orders': 5_000_000 } } })).map((x) => x.line)).toEqual([3]);
  });
});

describeDocumentedExamples('large-table-change');
