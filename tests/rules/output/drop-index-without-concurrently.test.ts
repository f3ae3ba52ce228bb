// drop-index-without-concurrently on literal catalogs and traces.
import { beforeAll, describe, expect, it } from 'vitest';
import { dropIndexWithoutConcurrently } from '../../../src/rules/output/drop-index-without-concurrently.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { applyFix, catalog, column, context, expectFinding, file, index, loadParser, lock, run, table } from '../helpers.js';

beforeAll(loadParser);

const ID = 'drop-index-without-concurrently';
const orders = table('orders', {
  columns: [column('id', 'bigint', 1), column('user_id', 'bigint', 2), column('status', 'text', 3), column('note', 'text', 4)],
  indexes: [index('orders', 'orders_status_idx', ['status']), index('orders', 'orders_pkey', ['id'], { unique: true, primary: true, constraint: 'orders_pkey' })],
});
const users = table('users', { columns: [column('id', 'bigint', 1), column('email', 'text', 2)] });
const base = catalog(orders, users);

describe('drop-index-without-concurrently', () => {
  it('flags DROP INDEX of an existing index with its traced ACCESS EXCLUSIVE, and fixes it in place outside a transaction', () => {
    const sql = '-- not used any more\nDROP INDEX orders_status_idx;';
    const f = file(sql, { steps: [base], traces: { 0: { locks: [lock('orders', 'AccessExclusiveLock'), lock('orders_status_idx', 'AccessExclusiveLock', 'index', 'orders')] } } });
    const [finding, ...rest] = run(dropIndexWithoutConcurrently, context([f], { base }));
    expect(rest).toEqual([]);
    expectFinding(finding, { ruleId: ID, line: 2, severity: 'warning', verified: 'trace', mentions: ['ACCESS EXCLUSIVE', 'orders'] });
    expect(applyFix(sql, finding)).toBe('-- not used any more\nDROP INDEX CONCURRENTLY orders_status_idx;');
  });

  it('is silent for CONCURRENTLY, for an index the pull request created, and for a missing IF EXISTS index', () => {
    const withNew = catalog({ ...orders, indexes: [...orders.indexes, index('orders', 'orders_new_idx', ['note'])] }, users);
    const sql = 'DROP INDEX CONCURRENTLY orders_status_idx;\nDROP INDEX orders_new_idx;\nDROP INDEX IF EXISTS nope;';
    expect(run(dropIndexWithoutConcurrently, context([file(sql, { steps: [withNew] })], { base }))).toEqual([]);
  });

  it('explains CASCADE instead of offering a fix', () => {
    const f = file('DROP INDEX orders_status_idx CASCADE;', { steps: [base] });
    const [finding] = run(dropIndexWithoutConcurrently, context([f], { base }));
    expectFinding(finding, { ruleId: ID, line: 1, verified: 'static', helpMentions: ['CASCADE'] });
    expect(finding.draft.fix).toBeUndefined();
  });
});

describeDocumentedExamples('drop-index-without-concurrently');
