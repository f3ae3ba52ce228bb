// set-not-null-scans-table on literal catalogs and traces: when SET NOT NULL reads every row, and
// the CHECK sequence that proves the column first.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogConstraint } from '../../../src/core/catalog.js';
import { setNotNullScansTable } from '../../../src/rules/output/set-not-null-scans-table.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { applyFix, catalog, checkConstraint, column, context, expectFinding, file, index, loadParser, lock, run, table } from '../helpers.js';

beforeAll(loadParser);

const ID = 'set-not-null-scans-table';
const orders = table('orders', {
  columns: [column('id', 'bigint', 1), column('user_id', 'bigint', 2), column('status', 'text', 3), column('note', 'text', 4)],
  indexes: [index('orders', 'orders_status_idx', ['status']), index('orders', 'orders_pkey', ['id'], { unique: true, primary: true, constraint: 'orders_pkey' })],
});
const users = table('users', { columns: [column('id', 'bigint', 1), column('email', 'text', 2)] });
const base = catalog(orders, users);
const SQL = 'ALTER TABLE orders ALTER COLUMN note SET NOT NULL;';

describe('set-not-null-scans-table', () => {
  it('flags SET NOT NULL without proof and rewrites it in place into the CHECK sequence in a statement-by-statement file', () => {
    const f = file(SQL, { steps: [base], traces: { 0: { locks: [lock('orders', 'AccessExclusiveLock')], scanned: ['public.orders'] } } });
    const [finding] = run(setNotNullScansTable, context([f], { base }));
    expectFinding(finding, { ruleId: ID, line: 1, severity: 'warning', verified: 'trace', mentions: ['SET NOT NULL', 'orders.note', 'every row'] });
    expect(applyFix(SQL, finding)).toBe(
      'ALTER TABLE orders ADD CONSTRAINT orders_note_not_null CHECK (note IS NOT NULL) NOT VALID;\n' +
        'ALTER TABLE orders VALIDATE CONSTRAINT orders_note_not_null;\n' +
        'ALTER TABLE orders ALTER COLUMN note SET NOT NULL;\n' +
        'ALTER TABLE orders DROP CONSTRAINT orders_note_not_null;',
    );
  });

  it('is trace-verified only when the replay saw the scan, and silent when it measured none', () => {
    const traced = (scanned?: string[]) =>
      run(setNotNullScansTable, context([file(SQL, { steps: [base], traces: { 0: { locks: [lock('orders', 'AccessExclusiveLock')], scanned } } })], { base }));
    // The lock alone was seen (scans not measured, e.g. after a rolled-back statement of the block): the scan is static knowledge.
    expect(traced(undefined).map((x) => x.verified)).toEqual(['static']);
    // Measured, and the table was not read: PostgreSQL proved the column some other way.
    expect(traced([])).toEqual([]);
    expect(traced(['public.users'])).toEqual([]);
  });

  it('passes with a validated CHECK (col IS NOT NULL), also inside an AND, from PostgreSQL 12', () => {
    const proven = catalog({ ...orders, constraints: [checkConstraint('a', 'CHECK (note IS NOT NULL AND length(note) > 0)'), checkConstraint('b', 'CHECK (((status IS NOT NULL)))')] }, users);
    const sql = 'ALTER TABLE orders ALTER COLUMN note SET NOT NULL, ALTER COLUMN status SET NOT NULL;';
    expect(run(setNotNullScansTable, context([file(sql, { steps: [proven] })], { base }))).toEqual([]);
    const old = run(setNotNullScansTable, context([file(sql, { steps: [proven] })], { base, config: { postgresVersion: 11 } }));
    expect(old.length).toBe(2);
    expectFinding(old[0], { ruleId: ID, line: 1, helpMentions: ['PostgreSQL 12'] });
    expect(old[0].draft.fix).toBeUndefined();
  });

  it('still flags with a NOT VALID check, an OR, or a check on another column', () => {
    const weak = catalog({ ...orders, constraints: [checkConstraint('a', 'CHECK (note IS NOT NULL) NOT VALID', false), checkConstraint('b', 'CHECK (status IS NOT NULL OR note IS NOT NULL)')] }, users);
    expect(run(setNotNullScansTable, context([file(SQL, { steps: [weak] })], { base })).length).toBe(1);
  });

  it('PostgreSQL 18: a NOT VALID NOT NULL constraint is validated by SET NOT NULL, so point at VALIDATE CONSTRAINT', () => {
    const nn: CatalogConstraint = { name: 'orders_note_nn', kind: 'not-null', columns: ['note'], validated: false, definition: 'NOT NULL note NOT VALID' };
    const cols = orders.columns.map((c) => (c.name === 'note' ? { ...c, notNull: true } : c));
    const pending = catalog({ ...orders, columns: cols, constraints: [nn] }, users);
    const [finding] = run(setNotNullScansTable, context([file(SQL, { steps: [pending] })], { base }));
    expectFinding(finding, { ruleId: ID, line: 1, helpMentions: ['VALIDATE CONSTRAINT orders_note_nn'] });
    const done = catalog({ ...orders, columns: cols, constraints: [{ ...nn, validated: true }] }, users);
    expect(run(setNotNullScansTable, context([file(SQL, { steps: [done] })], { base }))).toEqual([]);
  });

  it('is silent on tables of the pull request', () => {
    const withNew = catalog(orders, users, table('fresh', { oid: 900, columns: [column('a', 'text')] }));
    expect(run(setNotNullScansTable, context([file('ALTER TABLE fresh ALTER COLUMN a SET NOT NULL;', { steps: [withNew] })], { base }))).toEqual([]);
  });
});

describeDocumentedExamples('set-not-null-scans-table');
