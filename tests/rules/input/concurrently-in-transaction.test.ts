// concurrently-in-transaction: statements PostgreSQL refuses inside a transaction block, and the
// way out of the framework's transaction.
import { beforeAll, describe, expect, it } from 'vitest';
import { concurrentlyInTransaction } from '../../../src/rules/input/concurrently-in-transaction.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { context, expectFinding, file, loadParser, run } from '../helpers.js';

beforeAll(loadParser);

const ID = 'concurrently-in-transaction';

describe('concurrently-in-transaction', () => {
  it('names the framework wrapping and its way out', () => {
    const sql = '-- +goose Up\nCREATE INDEX CONCURRENTLY i ON t (a);\n';
    const f = file(sql, { framework: 'goose', transaction: 'wrapped', transactionReason: 'no NO TRANSACTION directive' });
    const [finding, ...rest] = run(concurrentlyInTransaction, context([f]));
    expect(rest).toEqual([]);
    expectFinding(finding, { ruleId: ID, line: 2, severity: 'error', mentions: ['CREATE INDEX CONCURRENTLY', 'goose'], helpMentions: ['-- +goose NO TRANSACTION'] });
  });

  it('points at the explicit BEGIN when there is one', () => {
    const sql = 'BEGIN;\nSELECT 1;\nDROP INDEX CONCURRENTLY i;\nCOMMIT;\nVACUUM t;\n';
    const f = file(sql, { inTransaction: (i) => i >= 1 && i <= 2 });
    const found = run(concurrentlyInTransaction, context([f]));
    expect(found).toHaveLength(1);
    expectFinding(found[0], { ruleId: ID, line: 3, mentions: ['DROP INDEX CONCURRENTLY', 'BEGIN', 'line 1'] });
  });

  it('explains the implicit transaction of a multi-statement file', () => {
    const sql = 'CREATE TABLE a (id int);\nREINDEX TABLE CONCURRENTLY t;\nALTER TABLE p DETACH PARTITION c CONCURRENTLY;\n';
    const f = file(sql, { framework: 'golang-migrate', transaction: 'implicit' });
    const found = run(concurrentlyInTransaction, context([f]));
    expect(found.map((x) => x.line)).toEqual([2, 3]);
    expectFinding(found[0], { ruleId: ID, line: 2, mentions: ['implicit transaction'], helpMentions: [/alone in its own migration file/] });
    expectFinding(found[1], { ruleId: ID, line: 3, mentions: ['DETACH PARTITION CONCURRENTLY'] });
  });

  it('covers the other non-transactional statements (CREATE DATABASE, REINDEX SCHEMA)', () => {
    const f = file('CREATE DATABASE reports;\nREINDEX SCHEMA app;', { framework: 'dbmate', transaction: 'wrapped' });
    const found = run(concurrentlyInTransaction, context([f]));
    expectFinding(found[0], { ruleId: ID, line: 1, mentions: [/^CREATE DATABASE\b/], helpMentions: ['transaction:false'] });
    expectFinding(found[1], { ruleId: ID, line: 2, mentions: [/^REINDEX SCHEMA\b/] });
    expect(found).toHaveLength(2);
  });

  it('is silent outside a transaction and for statements allowed in one', () => {
    const outside = file('CREATE INDEX CONCURRENTLY i ON t (a);\nVACUUM t;', { transaction: 'none' });
    const allowed = file('CREATE INDEX i ON t (a);\nANALYZE t;\nREINDEX TABLE t;', { transaction: 'wrapped', framework: 'dbmate' });
    expect(run(concurrentlyInTransaction, context([outside, allowed]))).toEqual([]);
  });

  it('its fix takes the statement out of the framework transaction (dbmate: transaction:false on the up marker)', () => {
    const sql = `-- migrate:up\nCREATE INDEX CONCURRENTLY i ON orders (a);\n`;
    const f = file(sql, { path: 'db/migrations/20240301090000_ix.sql', framework: 'dbmate', transaction: 'wrapped' });
    const [finding] = run(concurrentlyInTransaction, context([f]));
    expect(finding.draft.fix?.edits).toEqual([
      { line: 2, endLine: 2, replacement: 'CREATE INDEX CONCURRENTLY i ON orders (a);' },
      { line: 1, endLine: 1, replacement: '-- migrate:up transaction:false' },
    ]);
  });
});

describeDocumentedExamples('concurrently-in-transaction');
