// column-type-rewrite on literal catalogs and traces: the trace decides when there is one, static
// knowledge of binary-compatible conversions otherwise.
import { beforeAll, describe, expect, it } from 'vitest';
import { columnTypeRewrite } from '../../../src/rules/output/column-type-rewrite.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { catalog, column, context, expectFinding, file, index, loadParser, run, table } from '../helpers.js';

beforeAll(loadParser);

const ID = 'column-type-rewrite';
const orders = table('orders', {
  columns: [
    column('id', 'integer', 1), column('note', 'varchar(50)', 2), column('amount', 'numeric(10,2)', 3),
    column('at', 'timestamp', 4), column('body', 'text', 5), column('net', 'cidr', 6),
  ],
  indexes: [index('orders', 'orders_pkey', ['id'], { primary: true, unique: true, constraint: 'orders_pkey' })],
});
const base = catalog(orders);

describe('column-type-rewrite with a trace', () => {
  it('flags a statement whose replay rewrote the table, naming the columns and the rebuilt indexes', () => {
    const f = file('ALTER TABLE orders ALTER COLUMN id TYPE bigint;', { steps: [base], traces: { 0: { rewritten: ['public.orders', 'public.orders_pkey'] } } });
    const [finding, ...rest] = run(columnTypeRewrite, context([f], { base }));
    expect(rest).toEqual([]);
    expectFinding(finding, { ruleId: ID, line: 1, severity: 'error', verified: 'trace', mentions: ['id (integer to int8)', '1 index', 'ACCESS EXCLUSIVE', 'orders'] });
  });

  it('does not fire on varchar widening when the trace shows no rewrite', () => {
    const f = file('ALTER TABLE orders ALTER COLUMN note TYPE varchar(100);', { steps: [base], traces: { 0: {} } });
    expect(run(columnTypeRewrite, context([f], { base }))).toEqual([]);
  });

  it('trusts the trace over static knowledge (no rewrite seen: no finding)', () => {
    const f = file('ALTER TABLE orders ALTER COLUMN body TYPE varchar(10);', { steps: [base], traces: { 0: {} } });
    expect(run(columnTypeRewrite, context([f], { base }))).toEqual([]);
  });

  it('leaves failed statements to replay-error', () => {
    const f = file('ALTER TABLE orders ALTER COLUMN id TYPE bigint;', { steps: [base], traces: { 0: { outcome: 'error' } } });
    expect(run(columnTypeRewrite, context([f], { base }))).toEqual([]);
  });
});

describe('column-type-rewrite from static knowledge', () => {
  it('flags conversions that are not known to be binary compatible', () => {
    const sql =
      'ALTER TABLE orders ALTER COLUMN id TYPE bigint;\n' +
      'ALTER TABLE orders ALTER COLUMN note TYPE varchar(20);\n' +
      'ALTER TABLE orders ALTER COLUMN amount TYPE numeric(12,4);\n' +
      'ALTER TABLE orders ALTER COLUMN note TYPE text USING upper(note);';
    const found = run(columnTypeRewrite, context([file(sql, { steps: [base] })], { base }));
    expect(found.map((x) => x.line)).toEqual([1, 2, 3, 4]);
    expect(found.every((x) => x.verified === 'static')).toBe(true);
  });

  it('accepts the known safe conversions', () => {
    const sql =
      'ALTER TABLE orders ALTER COLUMN note TYPE varchar(100);\n' +
      'ALTER TABLE orders ALTER COLUMN note TYPE text;\n' +
      'ALTER TABLE orders ALTER COLUMN amount TYPE numeric(14,2);\n' +
      'ALTER TABLE orders ALTER COLUMN amount TYPE numeric;\n' +
      'ALTER TABLE orders ALTER COLUMN net TYPE inet;\n' +
      'ALTER TABLE orders ALTER COLUMN body TYPE varchar;\n' +
      'ALTER TABLE orders ALTER COLUMN note TYPE varchar(60) USING note::varchar(60);';
    expect(run(columnTypeRewrite, context([file(sql, { steps: [base] })], { base }))).toEqual([]);
  });

  it('warns on timestamp to timestamptz unless the migration sets TimeZone to UTC first', () => {
    const risky = file('ALTER TABLE orders ALTER COLUMN at TYPE timestamptz;', { path: 'm/1.sql', steps: [base], traces: { 0: {} } });
    const safe = file("SET TimeZone = 'UTC';\nALTER TABLE orders ALTER COLUMN at TYPE timestamptz;", { path: 'm/2.sql', steps: [base] });
    const found = run(columnTypeRewrite, context([risky, safe], { base }));
    expect(found).toHaveLength(1);
    expectFinding(found[0], { ruleId: ID, file: 'm/1.sql', line: 1, severity: 'warning', mentions: ['TimeZone'] });
  });

  it('is silent on tables created in the pull request', () => {
    const fresh = catalog(table('fresh', { columns: [column('id', 'integer')] }));
    const f = file('ALTER TABLE fresh ALTER COLUMN id TYPE bigint;', { steps: [fresh] });
    expect(run(columnTypeRewrite, context([f], { base }))).toEqual([]);
  });
});

describe('column-type-rewrite documented examples on literal catalogs', () => {
  // A fast check on literal data, where the tables the examples name already exist.
  const docs = catalog(
    table('users', { columns: [column('id', 'bigint', 1), column('email', 'text', 2), column('legacy_token', 'text', 3)] }),
    table('orders', { columns: [column('id', 'integer', 1), column('user_id', 'bigint', 2), column('note', 'varchar(200)', 3)] }),
    table('legacy_orders'),
  );

  it('fires on the bad example and not on the good one', () => {
    const { bad, good } = columnTypeRewrite.meta;
    expect(run(columnTypeRewrite, context([file(bad, { steps: [docs] })], { base: docs })).length).toBeGreaterThan(0);
    expect(run(columnTypeRewrite, context([file(good, { steps: [docs] })], { base: docs }))).toEqual([]);
  });
});

describeDocumentedExamples('column-type-rewrite');
