// unique-constraint-builds-index on literal catalogs and traces.
import { beforeAll, describe, expect, it } from 'vitest';
import { uniqueConstraintBuildsIndex } from '../../../src/rules/output/unique-constraint-builds-index.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { applyFix, catalog, column, context, expectFinding, file, index, loadParser, lock, run, table } from '../helpers.js';

beforeAll(loadParser);

const ID = 'unique-constraint-builds-index';
const orders = table('orders', {
  columns: [column('id', 'bigint', 1), column('user_id', 'bigint', 2), column('status', 'text', 3), column('note', 'text', 4)],
  indexes: [index('orders', 'orders_status_idx', ['status']), index('orders', 'orders_pkey', ['id'], { unique: true, primary: true, constraint: 'orders_pkey' })],
});
const users = table('users', { columns: [column('id', 'bigint', 1), column('email', 'text', 2)] });
const base = catalog(orders, users);

describe('unique-constraint-builds-index', () => {
  it('flags ADD UNIQUE and fixes it with CREATE UNIQUE INDEX CONCURRENTLY + USING INDEX', () => {
    const sql = 'ALTER TABLE users\n  ADD CONSTRAINT users_email_key UNIQUE NULLS NOT DISTINCT (email);';
    const f = file(sql, { steps: [base], traces: { 0: { locks: [lock('users', 'AccessExclusiveLock')] } } });
    const [finding] = run(uniqueConstraintBuildsIndex, context([f], { base }));
    expectFinding(finding, { ruleId: ID, line: 1, severity: 'error', verified: 'trace', mentions: ['users', 'users_email_key'] });
    expect(applyFix(sql, finding)).toBe(
      'CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email) NULLS NOT DISTINCT;\n' +
        'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;',
    );
  });

  it('says the constraint also fails on existing duplicates, with the query that finds them', () => {
    const f = file('ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);', { steps: [base] });
    const [finding] = run(uniqueConstraintBuildsIndex, context([f], { base }));
    expectFinding(finding, { ruleId: ID, line: 1, mentions: ['(email)', 'SELECT email, count(*) FROM users GROUP BY email HAVING count(*) > 1;'] });
  });

  it('names an unnamed PRIMARY KEY by convention and warns about nullable columns', () => {
    const bare = catalog(table('events', { columns: [column('id', 'bigint')] }));
    const [finding] = run(uniqueConstraintBuildsIndex, context([file('ALTER TABLE events ADD PRIMARY KEY (id);', { steps: [bare] })], { base: bare }));
    expectFinding(finding, { ruleId: ID, line: 1, mentions: ['PRIMARY KEY', 'events_pkey'], helpMentions: [/\bid\b.*nullable/] });
  });

  it('explains that EXCLUDE has no USING INDEX route, and flags ADD COLUMN ... UNIQUE', () => {
    const sql = 'ALTER TABLE orders ADD EXCLUDE USING gist (id WITH =);\nALTER TABLE orders ADD COLUMN code text UNIQUE;';
    const found = run(uniqueConstraintBuildsIndex, context([file(sql, { steps: [base] })], { base }));
    expect(found.map((x) => x.line)).toEqual([1, 2]);
    expectFinding(found[0], { ruleId: ID, line: 1, helpMentions: ['USING INDEX'] });
    expect(found[0].draft.fix).toBeUndefined();
    expectFinding(found[1], { ruleId: ID, line: 2, mentions: ['ADD COLUMN code', 'UNIQUE'] });
  });

  it('leaves ADD COLUMN ... NOT NULL UNIQUE without a default to add-column-required (it fails on any row)', () => {
    const sql = "ALTER TABLE orders ADD COLUMN code text NOT NULL UNIQUE;\nALTER TABLE orders ADD COLUMN ref text NOT NULL DEFAULT '' UNIQUE;";
    const found = run(uniqueConstraintBuildsIndex, context([file(sql, { steps: [base] })], { base }));
    expect(found.map((x) => x.line)).toEqual([2]);
  });

  it('is silent for USING INDEX and for tables of the pull request', () => {
    const withNew = catalog(orders, users, table('fresh'));
    const sql = 'ALTER TABLE users ADD CONSTRAINT k UNIQUE USING INDEX k;\nALTER TABLE fresh ADD PRIMARY KEY (id);';
    expect(run(uniqueConstraintBuildsIndex, context([file(sql, { steps: [withNew] })], { base }))).toEqual([]);
  });
});

describeDocumentedExamples('unique-constraint-builds-index');
