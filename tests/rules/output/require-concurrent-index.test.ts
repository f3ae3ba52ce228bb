// require-concurrent-index on literal catalogs and traces: which CREATE INDEX statements block writes
// to an existing table, what the finding says, and the CONCURRENTLY fix in and out of a transaction.
import { beforeAll, describe, expect, it } from 'vitest';
import { requireConcurrentIndex } from '../../../src/rules/output/require-concurrent-index.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { applyFix, catalog, column, context, expectFinding, file, index, loadParser, lock, run, table } from '../helpers.js';

beforeAll(loadParser);

const ID = 'require-concurrent-index';
const base = catalog(table('orders'), table('events', { kind: 'partitioned' }));

describe('require-concurrent-index', () => {
  it('a unique index on existing columns also fails on duplicates: says so with the query, not for a partial or expression index', () => {
    const orders = catalog(table('orders', { columns: [column('id', 'bigint', 1), column('user_id', 'bigint', 2), column('note', 'text', 3)] }));
    const findingOf = (sql: string) => run(requireConcurrentIndex, context([file(sql, { steps: [orders] })], { base: orders }))[0];
    expectFinding(findingOf('CREATE UNIQUE INDEX orders_user_note_key ON orders (user_id, note);'), {
      ruleId: ID,
      line: 1,
      severity: 'error',
      mentions: ['(user_id, note)', 'SELECT user_id, note, count(*) FROM orders GROUP BY user_id, note HAVING count(*) > 1;'],
    });
    expectFinding(findingOf('CREATE UNIQUE INDEX orders_note_key ON orders (note) WHERE note IS NOT NULL;'), { omits: ['repeat', 'GROUP BY'] });
    expectFinding(findingOf('CREATE UNIQUE INDEX orders_note_key ON orders (lower(note));'), { omits: ['repeat', 'GROUP BY'] });
    expectFinding(findingOf('CREATE INDEX orders_note_idx ON orders (note);'), { omits: ['repeat', 'GROUP BY'] });
  });

  it('flags CREATE INDEX on an existing table, verified by the traced SHARE lock', () => {
    const sql = 'SELECT 1;\nCREATE INDEX orders_user_idx\n  ON orders (user_id);\n';
    const f = file(sql, { steps: [base], traces: { 1: { locks: [lock('orders', 'ShareLock')] } } });
    const [finding, ...rest] = run(requireConcurrentIndex, context([f], { base }));
    expect(rest).toEqual([]);
    expectFinding(finding, { ruleId: ID, line: 2, severity: 'error', verified: 'trace', mentions: ['SHARE', 'orders', 'whole index build'] });
    expect(finding.endLine).toBe(3);
  });

  it('offers CONCURRENTLY as a fix outside a transaction, keeping the rest of the lines', () => {
    const sql = 'CREATE UNIQUE INDEX IF NOT EXISTS o_idx ON orders (a); -- keep me\n';
    const [finding] = run(requireConcurrentIndex, context([file(sql, { steps: [base] })], { base }));
    expect(finding.verified).toBe('static');
    expect(finding.draft.fix).toEqual({
      description: expect.any(String),
      edits: [{ line: 1, endLine: 1, replacement: 'CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS o_idx ON orders (a); -- keep me' }],
    });
  });

  it('inside a transaction says the lock lasts until commit, and the fix leaves the transaction', () => {
    const f = file('-- +goose Up\nCREATE INDEX o_idx ON orders (a);', { steps: [base], transaction: 'wrapped', framework: 'goose' });
    const [finding] = run(requireConcurrentIndex, context([f], { base }));
    expect(finding.draft.fix?.edits).toEqual([
      { line: 2, endLine: 2, replacement: 'CREATE INDEX CONCURRENTLY o_idx ON orders (a);' },
      { line: 1, endLine: 0, replacement: '-- +goose NO TRANSACTION' },
    ]);
    expectFinding(finding, { ruleId: ID, line: 2, mentions: ['orders', /transaction commits/] });
  });

  it('in a goose transaction the fix is CONCURRENTLY plus NO TRANSACTION, and the help shows it', () => {
    const b = catalog(table('orders'), table('users'));
    const sql = '-- +goose Up\nCREATE INDEX orders_status_idx ON orders (status);\n';
    const f = file(sql, { path: 'db/migrations/00004_ix.sql', framework: 'goose', transaction: 'wrapped', steps: [b] });
    const [finding] = run(requireConcurrentIndex, context([f], { base: b }));
    expect(applyFix(sql, finding)).toBe(`-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\n`);
    expectFinding(finding, { helpMentions: ['Suggested fix'] });
  });

  it('in Supabase offers no fix and the help says how to run it', () => {
    const b = catalog(table('orders'), table('users'));
    const f = file('CREATE INDEX i ON orders (a);', { path: 'supabase/migrations/20240301090000_ix.sql', framework: 'supabase', transaction: 'wrapped', steps: [b] });
    const [finding] = run(requireConcurrentIndex, context([f], { base: b }));
    expect(finding.draft.fix).toBeUndefined();
    expectFinding(finding, { helpMentions: ['outside the CLI'] });
  });

  it('is silent for CREATE INDEX IF NOT EXISTS naming an index the schema already has (nothing is built)', () => {
    const indexed = catalog(table('orders', { indexes: [index('orders', 'o_idx', ['a'])] }));
    const sql = 'CREATE INDEX IF NOT EXISTS o_idx ON orders (a);\nCREATE INDEX IF NOT EXISTS o2_idx ON orders (b);';
    const found = run(requireConcurrentIndex, context([file(sql, { steps: [indexed] })], { base: indexed }));
    expect(found.map((x) => x.line)).toEqual([2]);
  });

  it('explains the partitioned-table recipe and skips ON ONLY', () => {
    const f = file('CREATE INDEX e_idx ON events (a);\nCREATE INDEX e2_idx ON ONLY events (a);', { steps: [base] });
    const found = run(requireConcurrentIndex, context([f], { base }));
    expect(found.map((x) => x.line)).toEqual([1]);
    expectFinding(found[0], { helpMentions: ['ON ONLY'] });
    expect(found[0].draft.fix).toBeUndefined();
  });

  it('is silent for CONCURRENTLY and for tables created earlier in the pull request', () => {
    const created = catalog(table('orders'), table('fresh'));
    const earlier = file('CREATE TABLE fresh (id bigint);', { path: 'm/1.sql', steps: [base, created] });
    const later = file('CREATE INDEX f_idx ON fresh (id);\nCREATE INDEX CONCURRENTLY o_idx ON orders (id);', { path: 'm/2.sql', steps: [created] });
    expect(run(requireConcurrentIndex, context([earlier, later], { base, final: created }))).toEqual([]);
  });

  it('treats a table dropped and re-created in the pull request as new', () => {
    const recreated = catalog(table('orders', { oid: 99999 }));
    const f = file('CREATE INDEX o_idx ON orders (a);', { steps: [recreated] });
    expect(run(requireConcurrentIndex, context([f], { base, final: recreated }))).toEqual([]);
  });
});

describe('require-concurrent-index documented examples on literal catalogs', () => {
  // A fast check on literal data, where the tables the examples name already exist.
  const docs = catalog(
    table('users', { columns: [column('id', 'bigint', 1), column('email', 'text', 2), column('legacy_token', 'text', 3)] }),
    table('orders', { columns: [column('id', 'integer', 1), column('user_id', 'bigint', 2), column('note', 'varchar(200)', 3)] }),
    table('legacy_orders'),
  );

  it('fires on the bad example', () => {
    expect(run(requireConcurrentIndex, context([file(requireConcurrentIndex.meta.bad, { steps: [docs] })], { base: docs })).length).toBeGreaterThan(0);
  });

  it('does not fire on the good example', () => {
    // The goose example opts out of the transaction with its directive: the migrations layer says so.
    const good = requireConcurrentIndex.meta.good;
    const f = file(good, { steps: [docs], ...(good.includes('NO TRANSACTION') ? { transaction: 'none' as const } : {}) });
    expect(run(requireConcurrentIndex, context([f], { base: docs }))).toEqual([]);
  });
});

describeDocumentedExamples('require-concurrent-index');
