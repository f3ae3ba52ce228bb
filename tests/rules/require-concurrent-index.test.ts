import { beforeAll, describe, expect, it } from 'vitest';
import { requireConcurrentIndex } from '../../src/rules/output/require-concurrent-index.js';
import { catalog, column, context, file, index, loadParser, run, table } from './helpers.js';

beforeAll(loadParser);

const base = catalog(table('orders'), table('events', { kind: 'partitioned' }));

describe('require-concurrent-index', () => {
  it('a unique index on existing columns also fails on duplicates: says so with the query, not for a partial or expression index', () => {
    const orders = catalog(table('orders', { columns: [column('id', 'bigint', 1), column('user_id', 'bigint', 2), column('note', 'text', 3)] }));
    const message = (sql: string) => run(requireConcurrentIndex, context([file(sql, { steps: [orders] })], { base: orders }))[0].message;
    expect(message('CREATE UNIQUE INDEX orders_user_note_key ON orders (user_id, note);')).toContain(
      'It also fails if existing rows repeat a value of (user_id, note); find them first: SELECT user_id, note, count(*) FROM orders GROUP BY user_id, note HAVING count(*) > 1;',
    );
    expect(message('CREATE UNIQUE INDEX orders_note_key ON orders (note) WHERE note IS NOT NULL;')).not.toContain('repeat');
    expect(message('CREATE UNIQUE INDEX orders_note_key ON orders (lower(note));')).not.toContain('repeat');
    expect(message('CREATE INDEX orders_note_idx ON orders (note);')).not.toContain('repeat');
  });

  it('flags CREATE INDEX on an existing table, verified by the traced SHARE lock', () => {
    const sql = 'SELECT 1;\nCREATE INDEX orders_user_idx\n  ON orders (user_id);\n';
    const f = file(sql, {
      steps: [base],
      traces: { 1: { locks: [{ relation: 'public.orders', relkind: 'table', table: 'public.orders', mode: 'ShareLock' }] } },
    });
    const [finding, ...rest] = run(requireConcurrentIndex, context([f], { base }));
    expect(rest).toEqual([]);
    expect([finding.line, finding.endLine]).toEqual([2, 3]);
    expect(finding.verified).toBe('trace');
    expect(finding.message).toContain('SHARE lock');
    expect(finding.message).toContain('for the whole index build');
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
    expect(finding.message).toContain('until the transaction commits');
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
    expect(found[0].help).toContain('ON ONLY');
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
