// foreign-key-type-mismatch on literal catalogs: a referencing column whose type differs from the key.
import { beforeAll, describe, expect, it } from 'vitest';
import { foreignKeyTypeMismatch } from '../../../src/rules/output/foreign-key-type-mismatch.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { catalog, column, context, expectFinding, file, foreignKey, index, loadParser, run, table } from '../helpers.js';

beforeAll(loadParser);

const ID = 'foreign-key-type-mismatch';
const users = table('users', {
  columns: [column('id', 'bigint', 1), column('email', 'text', 2), column('name', 'text', 3)],
  indexes: [index('users', 'users_pkey', ['id'], { primary: true, unique: true, constraint: 'users_pkey' })],
});
const orders = table('orders', {
  columns: [column('id', 'bigint', 1), column('user_id', 'bigint', 2)],
  constraints: [foreignKey('orders_user_id_fkey', ['user_id'], 'users')],
});
const base = catalog(users, orders);
const child = (type: string, refTable = 'users') =>
  table('payments', { columns: [column('id', 'bigint', 1), column('user_id', type, 2)], constraints: [foreignKey('payments_user_id_fkey', ['user_id'], refTable)] });

describe('foreign-key-type-mismatch', () => {
  it('reports an integer column referencing a bigint key, with both types and the overflow', () => {
    const final = catalog(users, orders, child('integer'));
    const f = file('SELECT 1;\nCREATE TABLE payments (id bigint PRIMARY KEY, user_id integer REFERENCES users (id));', { steps: [base, base, final] });
    const [finding, ...rest] = run(foreignKeyTypeMismatch, context([f], { base, final }));
    expect(rest).toEqual([]);
    expectFinding(finding, {
      ruleId: ID,
      line: 2,
      severity: 'warning',
      mentions: [/payments\.user_id is integer\b/, /users\.id is bigint\b/, '2,147,483,647'],
      helpMentions: ['user_id as bigint'],
    });
  });

  it('reports varchar(n) referencing text', () => {
    const codes = table('codes', { columns: [column('id', 'text', 1)] });
    const refs = table('uses', { columns: [column('code', 'character varying(20)', 1)], constraints: [foreignKey('uses_code_fkey', ['code'], 'codes')] });
    const final = catalog(users, orders, codes, refs);
    const f = file('CREATE TABLE uses (code varchar(20) REFERENCES codes (id));', { steps: [catalog(users, orders, codes), final] });
    const [finding] = run(foreignKeyTypeMismatch, context([f], { base: catalog(users, orders, codes), final }));
    expectFinding(finding, { ruleId: ID, line: 1, mentions: [/uses\.code is character varying\(20\)/, /codes\.id is text/, '"value too long"'] });
  });

  it('reports an existing foreign key whose referenced column the pull request widened, and not one mismatched before', () => {
    const wideUsers = { ...users, columns: [column('id', 'numeric', 1), ...users.columns.slice(1)] };
    const final = catalog(wideUsers, orders);
    const f = file('ALTER TABLE users ALTER COLUMN id TYPE numeric;', { steps: [base, final] });
    const [finding] = run(foreignKeyTypeMismatch, context([f], { base, final }));
    expectFinding(finding, { ruleId: ID, line: 1, mentions: ['orders.user_id', 'users.id', 'numeric', /after this pull request/] });
    const mismatchedBase = catalog(users, orders, child('integer'));
    const g = file('SELECT 1;', { steps: [mismatchedBase] });
    expect(run(foreignKeyTypeMismatch, context([g], { base: mismatchedBase, final: mismatchedBase }))).toEqual([]);
  });

  it('makes a wider integer referencing a narrower key a notice: it costs nothing', () => {
    const intUsers = { ...users, columns: [column('id', 'integer', 1), ...users.columns.slice(1)] };
    const start = catalog(intUsers, orders);
    const final = catalog(intUsers, orders, child('bigint'));
    const f = file('CREATE TABLE payments (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));', { steps: [start, final] });
    const [finding] = run(foreignKeyTypeMismatch, context([f], { base: start, final }));
    expectFinding(finding, { ruleId: ID, line: 1, severity: 'notice', mentions: [/payments\.user_id is bigint\b/, /users\.id is integer\b/] });
    // The narrow side referencing the wide key stays a warning (the rule's default).
    const narrow = run(foreignKeyTypeMismatch, context([file('SELECT 1;', { steps: [catalog(users, orders, child('integer'))] })], { base, final: catalog(users, orders, child('integer')) }));
    expectFinding(narrow[0], { ruleId: ID, severity: 'warning' });
    expect(narrow[0].severity).toBeUndefined();
  });

  it('is silent when the types match', () => {
    const final = catalog(users, orders, child('bigint'));
    const f = file('CREATE TABLE payments (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));', { steps: [base, final] });
    expect(run(foreignKeyTypeMismatch, context([f], { base, final }))).toEqual([]);
  });
});

describeDocumentedExamples('foreign-key-type-mismatch');
