// refresh-without-concurrently on literal catalogs and traces.
import { beforeAll, describe, expect, it } from 'vitest';
import { refreshWithoutConcurrently } from '../../../src/rules/output/refresh-without-concurrently.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { applyFix, catalog, column, context, expectFinding, file, index, loadParser, lock, run, table } from '../helpers.js';

beforeAll(loadParser);

const ID = 'refresh-without-concurrently';
const orders = table('orders', { columns: [column('id', 'bigint', 1), column('user_id', 'bigint', 2)] });

describe('refresh-without-concurrently', () => {
  const mv = table('order_totals', { kind: 'matview', columns: [column('user_id', 'bigint')] });
  const mvIndexed = { ...mv, indexes: [index('order_totals', 'order_totals_user_id_key', ['user_id'], { unique: true })] };

  it('flags a plain refresh and fixes it with CONCURRENTLY when a unique index exists', () => {
    const b = catalog(orders, mvIndexed);
    const sql = 'REFRESH MATERIALIZED VIEW order_totals;';
    const f = file(sql, { steps: [b], traces: { 0: { locks: [lock('order_totals', 'AccessExclusiveLock', 'matview')] } } });
    const [finding] = run(refreshWithoutConcurrently, context([f], { base: b }));
    expectFinding(finding, { ruleId: ID, line: 1, severity: 'warning', verified: 'trace', mentions: ['order_totals', /read/] });
    expect(applyFix(sql, finding)).toBe('REFRESH MATERIALIZED VIEW CONCURRENTLY order_totals;');
  });

  it('says a unique index is needed first when there is none, without a fix', () => {
    const b = catalog(orders, { ...mv, indexes: [index('order_totals', 'partial_key', ['user_id'], { unique: true, predicate: '(user_id > 0)' })] });
    const [finding] = run(refreshWithoutConcurrently, context([file('REFRESH MATERIALIZED VIEW order_totals;', { steps: [b] })], { base: b }));
    expectFinding(finding, { ruleId: ID, line: 1, helpMentions: ['no unique index'] });
    expect(finding.draft.fix).toBeUndefined();
  });

  it('is silent for CONCURRENTLY, WITH NO DATA and views of the pull request', () => {
    const b = catalog(orders, mvIndexed);
    const withNew = catalog(orders, mvIndexed, { ...mv, name: 'fresh_view', oid: 99 });
    const sql = 'REFRESH MATERIALIZED VIEW CONCURRENTLY order_totals;\nREFRESH MATERIALIZED VIEW order_totals WITH NO DATA;\nREFRESH MATERIALIZED VIEW fresh_view;';
    expect(run(refreshWithoutConcurrently, context([file(sql, { steps: [withNew] })], { base: b }))).toEqual([]);
  });
});

describeDocumentedExamples('refresh-without-concurrently');
