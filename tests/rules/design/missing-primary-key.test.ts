// missing-primary-key on parse trees and literal catalogs: new tables without a key by the end of the pull request.
import { beforeAll, describe, expect, it } from 'vitest';
import { missingPrimaryKey } from '../../../src/rules/design/missing-primary-key.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { base, col, orders, pk, users, lines } from './fixtures.js';
import { catalog, context, expectFinding, file, foreignKey, loadParser, run, table } from '../helpers.js';

beforeAll(loadParser);

const ID = 'missing-primary-key';

describe('missing-primary-key', () => {
  it('flags a new table without a key, at its CREATE TABLE', () => {
    const found = run(missingPrimaryKey, context([file('SELECT 1;\nCREATE TABLE audit (\n  at timestamptz,\n  what text\n);')]));
    expect(found.map((x) => x.line)).toEqual([2]);
    expectFinding(found[0], {
      ruleId: ID,
      line: 2,
      severity: 'warning',
      mentions: ['audit', 'primary key'],
      helpMentions: ['ALTER TABLE audit ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;'],
    });
  });

  it('counts a key added later in the pull request, in the catalog or in the statements', () => {
    const bare = catalog(users, orders, table('audit', { oid: 400 }));
    const keyed = catalog(users, orders, table('audit', { oid: 400, constraints: [pk('audit_pkey', ['id'])] }));
    const sql = 'CREATE TABLE audit (id bigint);\nALTER TABLE audit ADD PRIMARY KEY (id);';
    expect(lines(missingPrimaryKey, sql, { steps: [base, bare, keyed], final: keyed })).toEqual([]);
    // without a replayed catalog, the ALTER TABLE is read from the statements
    expect(run(missingPrimaryKey, context([file(sql)]))).toEqual([]);
    // the same table checked against the catalog when the key never comes
    expect(lines(missingPrimaryKey, 'CREATE TABLE audit (id bigint);', { steps: [base, bare], final: bare })).toEqual([1]);
  });

  it('suggests the unique NOT NULL columns, or the foreign keys of a join table', () => {
    const joined = catalog(users, orders, table('user_orders', {
      oid: 401,
      columns: [col('user_id', 'int8', 'bigint', 1, { notNull: true }), col('order_id', 'int8', 'bigint', 2, { notNull: true })],
      constraints: [foreignKey('uo_user_fkey', ['user_id'], 'users'), foreignKey('uo_order_fkey', ['order_id'], 'orders')],
    }));
    const [finding] = run(missingPrimaryKey, context([file('CREATE TABLE user_orders (user_id bigint NOT NULL REFERENCES users, order_id bigint NOT NULL REFERENCES orders);', { steps: [base, joined] })], { base, final: joined }));
    expectFinding(finding, { ruleId: ID, line: 1, helpMentions: ['ALTER TABLE user_orders ADD PRIMARY KEY (user_id, order_id);'] });
  });

  it('skips partitions, temporary tables, views, no-op IF NOT EXISTS and tables dropped by the end', () => {
    const sql = [
      'CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM (1) TO (2);',
      'CREATE TEMP TABLE scratch (x int);',
      'CREATE VIEW v AS SELECT 1;',
      'CREATE TABLE IF NOT EXISTS orders (id bigint);',
      'CREATE TABLE tmp (x int);',
      'DROP TABLE tmp;',
    ].join('\n');
    const tmp = catalog(users, orders, table('tmp', { oid: 500 }));
    const steps = [base, base, base, base, base, tmp, base];
    expect(lines(missingPrimaryKey, sql, { steps, final: base })).toEqual([]);
  });

  it('flags CREATE TABLE AS', () => {
    expect(run(missingPrimaryKey, context([file('CREATE TABLE archived AS SELECT * FROM orders;')])).map((x) => x.line)).toEqual([1]);
  });
});

describeDocumentedExamples('missing-primary-key');
