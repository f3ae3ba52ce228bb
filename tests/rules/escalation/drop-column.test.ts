// drop-column on literal catalogs: the column's data and what goes with it.
import { beforeAll, describe, expect, it } from 'vitest';
import { dropColumn } from '../../../src/rules/escalation/drop-column.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { catalog, column, context, expectFinding, file, foreignKey, index, loadParser, run, table } from '../helpers.js';

beforeAll(loadParser);

const ID = 'drop-column';
const users = table('users', {
  columns: [column('id', 'bigint', 1), column('email', 'text', 2), column('token', 'text', 3)],
  indexes: [
    index('users', 'users_pkey', ['id'], { primary: true, unique: true, constraint: 'users_pkey' }),
    index('users', 'users_lower_email_idx', ['lower(email)']),
  ],
  constraints: [
    { name: 'users_pkey', kind: 'primary', columns: ['id'], validated: true, definition: 'PRIMARY KEY (id)', index: 'users_pkey' },
    { name: 'users_email_check', kind: 'check', columns: ['email'], validated: true, definition: "CHECK (email <> '')" },
  ],
});
const orders = table('orders', { constraints: [foreignKey('orders_user_id_fkey', ['user_id'], 'users')] });
const base = catalog(users, orders);

describe('drop-column', () => {
  it('names the indexes and constraints that go with the column', () => {
    const f = file('ALTER TABLE users DROP COLUMN email;', { steps: [base] });
    const [finding] = run(dropColumn, context([f], { base }));
    expectFinding(finding, { ruleId: ID, line: 1, severity: 'escalate', mentions: ['email', 'users', 'users_lower_email_idx', 'users_email_check'] });
  });

  it('says a foreign key of another table blocks the drop without CASCADE', () => {
    const f = file('ALTER TABLE users DROP COLUMN id;', { steps: [base] });
    const [finding] = run(dropColumn, context([f], { base }));
    expectFinding(finding, { ruleId: ID, line: 1, mentions: ['users_pkey', 'orders_user_id_fkey', 'orders', /fails without CASCADE/] });
  });

  it('reports one finding for a statement that drops several columns, naming each', () => {
    const f = file('ALTER TABLE users DROP COLUMN email, DROP COLUMN id CASCADE;', { steps: [base] });
    const findings = run(dropColumn, context([f], { base }));
    expect(findings).toHaveLength(1);
    expectFinding(findings[0], { ruleId: ID, line: 1, mentions: ['2 existing columns', 'users', '(email, id)', 'orders_user_id_fkey', /dropped by CASCADE/] });
  });

  it('is silent for columns added in the pull request', () => {
    const f = file('ALTER TABLE users ADD COLUMN tmp int;\nALTER TABLE users DROP COLUMN tmp;', { steps: [base] });
    expect(run(dropColumn, context([f], { base }))).toEqual([]);
  });
});

describe('drop-column documented examples on literal catalogs', () => {
  // A fast check on literal data, where the tables the examples name already exist.
  const docs = catalog(
    table('users', { columns: [column('id', 'bigint', 1), column('email', 'text', 2), column('legacy_token', 'text', 3)] }),
    table('orders', { columns: [column('id', 'integer', 1), column('user_id', 'bigint', 2), column('note', 'varchar(200)', 3)] }),
    table('legacy_orders'),
  );

  it('fires on the bad example; the good one shows the first step of the safe path, which does not escalate', () => {
    const { bad, good } = dropColumn.meta;
    expect(run(dropColumn, context([file(bad, { steps: [docs] })], { base: docs })).length).toBeGreaterThan(0);
    expect(run(dropColumn, context([file(good, { steps: [docs] })], { base: docs }))).toEqual([]);
  });
});

describeDocumentedExamples('drop-column');
