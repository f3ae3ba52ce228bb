// table-rewrite-command on literal catalogs and traces: VACUUM FULL, CLUSTER, SET TABLESPACE,
// SET LOGGED/UNLOGGED on existing tables.
import { beforeAll, describe, expect, it } from 'vitest';
import { tableRewriteCommand } from '../../../src/rules/output/table-rewrite-command.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { catalog, column, context, expectFinding, file, index, loadParser, lock, run, table } from '../helpers.js';

beforeAll(loadParser);

const ID = 'table-rewrite-command';
const orders = table('orders', {
  columns: [column('id', 'bigint', 1), column('user_id', 'bigint', 2), column('status', 'text', 3), column('note', 'text', 4)],
  indexes: [index('orders', 'orders_status_idx', ['status']), index('orders', 'orders_pkey', ['id'], { unique: true, primary: true, constraint: 'orders_pkey' })],
});
const users = table('users', { columns: [column('id', 'bigint', 1), column('email', 'text', 2)] });
const base = catalog(orders, users);

describe('table-rewrite-command', () => {
  it('flags VACUUM FULL, CLUSTER, SET TABLESPACE and SET LOGGED/UNLOGGED on existing tables', () => {
    const sql = [
      'VACUUM FULL orders;',
      'CLUSTER orders USING orders_status_idx;',
      'ALTER TABLE users SET TABLESPACE fast;',
      'ALTER TABLE users SET UNLOGGED;',
      'VACUUM (FULL, ANALYZE);',
    ].join('\n');
    const f = file(sql, { steps: [base], traces: { 1: { rewritten: ['public.orders', 'public.orders_status_idx'] } } });
    const found = run(tableRewriteCommand, context([f], { base }));
    expect(found.map((x) => [x.line, x.verified])).toEqual([[1, 'static'], [2, 'trace'], [3, 'static'], [4, 'static'], [5, 'static']]);
    expectFinding(found[0], { ruleId: ID, line: 1, severity: 'error', mentions: ['VACUUM FULL', 'orders', 'ACCESS EXCLUSIVE'], helpMentions: ['pg_repack'] });
    // A database-wide VACUUM FULL names every existing table it rewrites.
    expectFinding(found[4], { ruleId: ID, line: 5, mentions: ['orders, users'] });
  });

  it('is trace-verified only on a rewrite the replay saw, and silent when the replay saw none', () => {
    const sql = 'ALTER TABLE users SET UNLOGGED;';
    const lockOnly = { locks: [lock('users', 'AccessExclusiveLock')] };
    // The ACCESS EXCLUSIVE lock is no rewrite: a statement that ran with the lock and kept the storage file rewrote nothing.
    expect(run(tableRewriteCommand, context([file(sql, { steps: [base], traces: { 0: lockOnly } })], { base }))).toEqual([]);
    const rewritten = run(tableRewriteCommand, context([file(sql, { steps: [base], traces: { 0: { ...lockOnly, rewritten: ['public.users'] } } })], { base }));
    expect(rewritten.map((x) => x.verified)).toEqual(['trace']);
  });

  it('reads the rewrite of a partitioned table on its partitions', () => {
    const parts = catalog(orders, users, table('events', { kind: 'partitioned' }), { ...table('events_2024'), partitionOf: 'public.events' });
    const judge = (rewritten: string[]) =>
      run(tableRewriteCommand, context([file('VACUUM FULL events;', { steps: [parts], traces: { 0: { lockSource: 'static', rewritten } } })], { base: parts }));
    expect(judge(['public.events_2024']).map((x) => x.verified)).toEqual(['trace']);
    expect(judge([])).toEqual([]);
  });

  it('is silent for VACUUM (FULL FALSE), SET LOGGED on a logged table and SET UNLOGGED on an unlogged one', () => {
    const unlogged = catalog(orders, { ...users, persistence: 'unlogged' });
    const sql = 'VACUUM (FULL FALSE) orders;\nVACUUM (FULL off, ANALYZE) orders;\nALTER TABLE orders SET LOGGED;\nALTER TABLE users SET UNLOGGED;';
    expect(run(tableRewriteCommand, context([file(sql, { steps: [unlogged] })], { base: unlogged }))).toEqual([]);
    const full = 'VACUUM (FULL TRUE) orders;\nVACUUM (FULL) orders;\nALTER TABLE users SET LOGGED;';
    expect(run(tableRewriteCommand, context([file(full, { steps: [unlogged] })], { base: unlogged })).map((x) => x.line)).toEqual([1, 2, 3]);
  });

  it('is silent for plain VACUUM and new tables', () => {
    const withNew = catalog(orders, users, table('fresh', { oid: 900 }));
    const sql = 'VACUUM orders;\nVACUUM FULL fresh;\nCLUSTER fresh;\nALTER TABLE fresh SET LOGGED;';
    expect(run(tableRewriteCommand, context([file(sql, { steps: [withNew] })], { base }))).toEqual([]);
  });
});

describeDocumentedExamples('table-rewrite-command');
