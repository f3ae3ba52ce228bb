// rename-table on literal catalogs, and its fix: a view under the old name.
import { beforeAll, describe, expect, it } from 'vitest';
import { renameTable } from '../../../src/rules/escalation/rename-table.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { applyFix, catalog, column, context, expectFinding, file, foreignKey, index, loadParser, run, table } from '../helpers.js';

beforeAll(loadParser);

const ID = 'rename-table';
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

describe('rename-table', () => {
  it('escalates renaming an existing table, and its fix adds a view with the old name', () => {
    const renamed = catalog({ ...users, name: 'accounts' }, orders);
    const sql = "SET lock_timeout = '2s';\nALTER TABLE users RENAME TO accounts;\n";
    const f = file(sql, { steps: [base, base, renamed] });
    const [finding, ...rest] = run(renameTable, context([f], { base, final: renamed }));
    expect(rest).toEqual([]);
    // Old and new name, and the error the running release gets.
    expectFinding(finding, { ruleId: ID, line: 2, severity: 'escalate', mentions: ['users', 'accounts', '"relation does not exist"'] });
    expect(applyFix(sql, finding)).toBe("SET lock_timeout = '2s';\nALTER TABLE users RENAME TO accounts;\nCREATE VIEW users AS SELECT * FROM accounts;\n");
  });

  it('is silent when a view keeps the old name, for tables new in the pull request, and for index renames', () => {
    const withView = catalog({ ...users, name: 'accounts' }, orders, table('users', { kind: 'view', oid: 99 }));
    const f = file('ALTER TABLE users RENAME TO accounts;\nCREATE VIEW users AS SELECT * FROM accounts;', { steps: [base] });
    expect(run(renameTable, context([f], { base, final: withView }))).toEqual([]);
    const g = file('ALTER TABLE tmp RENAME TO tmp2;\nALTER INDEX users_email_idx RENAME TO users_email_key;', { steps: [catalog(users, orders, table('tmp'))] });
    expect(run(renameTable, context([g], { base }))).toEqual([]);
  });
});

describeDocumentedExamples('rename-table');
