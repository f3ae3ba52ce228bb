import { beforeAll, describe, expect, it } from 'vitest';
import { dropTable } from '../../src/rules/escalation/drop-table.js';
import { dropColumn } from '../../src/rules/escalation/drop-column.js';
import { catalog, column, context, file, foreignKey, index, loadParser, run, table } from './helpers.js';

beforeAll(loadParser);

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

describe('drop-table', () => {
  it('names the table, its size in columns and indexes, and the tables whose foreign keys reference it', () => {
    const f = file('SELECT 1;\nDROP TABLE IF EXISTS users CASCADE;', { steps: [base] });
    const [finding, ...rest] = run(dropTable, context([f], { base }));
    expect(rest).toEqual([]);
    expect(finding.line).toBe(2);
    expect(finding.message).toContain('existing table users (3 columns, 2 indexes)');
    expect(finding.message).toContain('Foreign keys of orders reference it: CASCADE drops those constraints');
  });

  it('is silent for tables created in the pull request or absent', () => {
    const f = file('DROP TABLE tmp_import;\nDROP TABLE IF EXISTS nothing;', { steps: [catalog(users, orders, table('tmp_import'))] });
    expect(run(dropTable, context([f], { base }))).toEqual([]);
  });
});

describe('drop-column', () => {
  it('names the indexes and constraints that go with the column', () => {
    const f = file('ALTER TABLE users DROP COLUMN email;', { steps: [base] });
    const [finding] = run(dropColumn, context([f], { base }));
    expect(finding.message).toContain('existing column email of users');
    expect(finding.message).toContain('index users_lower_email_idx');
    expect(finding.message).toContain('check users_email_check');
  });

  it('says a foreign key of another table blocks the drop without CASCADE', () => {
    const f = file('ALTER TABLE users DROP COLUMN id;', { steps: [base] });
    const [finding] = run(dropColumn, context([f], { base }));
    expect(finding.message).toContain('primary key users_pkey');
    expect(finding.message).toContain('foreign key orders_user_id_fkey of orders depend on it, so the drop fails without CASCADE');
  });

  it('reports one finding for a statement that drops several columns, naming each', () => {
    const f = file('ALTER TABLE users DROP COLUMN email, DROP COLUMN id CASCADE;', { steps: [base] });
    const findings = run(dropColumn, context([f], { base }));
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatch(/^DROP COLUMN deletes 2 existing columns of users and their data \(email, id\)\./);
    expect(findings[0].message).toContain('foreign key orders_user_id_fkey of orders are dropped by CASCADE');
  });

  it('is silent for columns added in the pull request', () => {
    const f = file('ALTER TABLE users ADD COLUMN tmp int;\nALTER TABLE users DROP COLUMN tmp;', { steps: [base] });
    expect(run(dropColumn, context([f], { base }))).toEqual([]);
  });
});
