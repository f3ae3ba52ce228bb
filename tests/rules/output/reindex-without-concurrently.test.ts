// reindex-without-concurrently on literal catalogs.
import { beforeAll, describe, expect, it } from 'vitest';
import { reindexWithoutConcurrently } from '../../../src/rules/output/reindex-without-concurrently.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { applyFix, catalog, column, context, expectFinding, file, index, loadParser, run, table } from '../helpers.js';

beforeAll(loadParser);

const ID = 'reindex-without-concurrently';
const orders = table('orders', {
  columns: [column('id', 'bigint', 1), column('user_id', 'bigint', 2), column('status', 'text', 3), column('note', 'text', 4)],
  indexes: [index('orders', 'orders_status_idx', ['status']), index('orders', 'orders_pkey', ['id'], { unique: true, primary: true, constraint: 'orders_pkey' })],
});
const users = table('users', { columns: [column('id', 'bigint', 1), column('email', 'text', 2)] });
const base = catalog(orders, users);

describe('reindex-without-concurrently', () => {
  it('flags REINDEX INDEX and TABLE on existing objects, with a CONCURRENTLY fix', () => {
    const sql = 'REINDEX INDEX orders_status_idx;\nREINDEX (VERBOSE) TABLE users;';
    const f = file(sql, { steps: [base] });
    const found = run(reindexWithoutConcurrently, context([f], { base }));
    expect(found.map((x) => x.line)).toEqual([1, 2]);
    expectFinding(found[0], { ruleId: ID, line: 1, severity: 'warning', mentions: ['SHARE', 'orders', 'ACCESS EXCLUSIVE', 'index'] });
    expectFinding(found[1], { ruleId: ID, line: 2, mentions: ['users'] });
    expect(applyFix(sql, found[1])).toBe('REINDEX INDEX orders_status_idx;\nREINDEX (VERBOSE) TABLE CONCURRENTLY users;');
  });

  it('flags REINDEX SCHEMA when the schema has tables, and is silent for CONCURRENTLY and new tables', () => {
    const withNew = catalog(orders, users, table('fresh'));
    const sql = 'REINDEX TABLE CONCURRENTLY orders;\nREINDEX TABLE fresh;\nREINDEX SCHEMA public;\nREINDEX SCHEMA empty;';
    const found = run(reindexWithoutConcurrently, context([file(sql, { steps: [withNew] })], { base }));
    expect(found.map((x) => x.line)).toEqual([3]);
    expectFinding(found[0], { ruleId: ID, line: 3, mentions: ['2 existing tables'] });
  });

  it('before PostgreSQL 12 says CONCURRENTLY does not exist and offers no fix', () => {
    const [finding] = run(reindexWithoutConcurrently, context([file('REINDEX TABLE orders;', { steps: [base] })], { base, config: { postgresVersion: 11 } }));
    expectFinding(finding, { ruleId: ID, line: 1, helpMentions: ['PostgreSQL 12', '11'] });
    expect(finding.draft.fix).toBeUndefined();
  });
});

describeDocumentedExamples('reindex-without-concurrently');
