// rename-column on literal catalogs.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog, CatalogColumn } from '../../../src/core/catalog.js';
import { renameColumn } from '../../../src/rules/escalation/rename-column.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { catalog, column, context, expectFinding, file, foreignKey, index, loadParser, run, table } from '../helpers.js';

beforeAll(loadParser);

const ID = 'rename-column';
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

/** `users` with one more column, as the catalog reports it after an ADD COLUMN. */
function usersWith(col: Partial<CatalogColumn> & { name: string }): Catalog {
  const added: CatalogColumn = { ...column(col.name, col.type ?? 'text', 4), ...col };
  return catalog({ ...users, columns: [...users.columns, added] }, orders);
}

describe('rename-column', () => {
  it('escalates renaming an existing column', () => {
    const f = file('ALTER TABLE users RENAME COLUMN name TO full_name;', { steps: [base] });
    const [finding] = run(renameColumn, context([f], { base }));
    expectFinding(finding, { ruleId: ID, line: 1, severity: 'escalate', mentions: ['users.name', 'full_name'], helpMentions: ['Expand/contract'] });
  });

  it('is silent for a column added in the pull request and for a new table', () => {
    const withNick = usersWith({ name: 'nick' });
    const f = file('ALTER TABLE users ADD COLUMN nick text;\nALTER TABLE users RENAME COLUMN nick TO nickname;\nALTER TABLE tmp RENAME a TO b;', {
      steps: [base, withNick, withNick],
    });
    expect(run(renameColumn, context([f], { base }))).toEqual([]);
  });
});

describeDocumentedExamples('rename-column');
