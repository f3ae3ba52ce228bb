// drop-schema on literal catalogs: DROP SCHEMA and DROP DATABASE of what existed before.
import { beforeAll, describe, expect, it } from 'vitest';
import { dropSchema } from '../../../src/rules/escalation/drop-schema.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { catalog, column, context, expectFinding, file, foreignKey, index, loadParser, run, table } from '../helpers.js';

beforeAll(loadParser);

const ID = 'drop-schema';
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

describe('drop-schema', () => {
  const report = table('daily', { schema: 'reporting' });
  const withReporting = catalog(users, orders, report);

  it('counts the tables CASCADE takes with the schema', () => {
    const f = file('DROP SCHEMA reporting CASCADE;', { steps: [withReporting] });
    const [finding] = run(dropSchema, context([f], { base: withReporting }));
    expectFinding(finding, { ruleId: ID, line: 1, severity: 'escalate', mentions: ['reporting', '1 table', '(reporting.daily)'] });
  });

  it('escalates DROP DATABASE', () => {
    const f = file('DROP DATABASE legacy;', { steps: [base] });
    expectFinding(run(dropSchema, context([f], { base }))[0], { ruleId: ID, line: 1, severity: 'escalate', mentions: ['database legacy'] });
  });

  it('is silent for a schema created earlier in the pull request, and IF EXISTS of a schema with nothing known in it', () => {
    const f = file('CREATE SCHEMA tmp;\nDROP SCHEMA tmp CASCADE;\nDROP SCHEMA IF EXISTS never_was;', { steps: [base] });
    expect(run(dropSchema, context([f], { base }))).toEqual([]);
  });
});

describeDocumentedExamples('drop-schema');
