// add-column-required: ADD COLUMN NOT NULL that existing rows cannot satisfy.
import { beforeAll, describe, expect, it } from 'vitest';
import { addColumnRequired } from '../../../src/rules/replay/add-column-required.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { catalog, column, context, expectFinding, file, index, loadParser, run, table, type FileOptions } from '../helpers.js';

beforeAll(loadParser);

const ID = 'add-column-required';
const orders = table('orders', {
  columns: [column('id', 'bigint', 1), column('user_id', 'bigint', 2), column('note', 'text', 3)],
  indexes: [index('orders', 'orders_pkey', ['id'], { unique: true, primary: true })],
});
const users = table('users', { columns: [column('id', 'bigint', 1), column('email', 'text', 2)] });
const base = catalog(orders, users);
const lines = (...l: string[]) => l.join('\n') + '\n';

describe('add-column-required', () => {
  const check = (sql: string, opts: { postgresVersion?: number; trace?: FileOptions['traces'] } = {}) =>
    run(addColumnRequired, context([file(sql, { steps: [base], traces: opts.trace })], { base, config: { postgresVersion: opts.postgresVersion ?? 18 } }));

  it('fires on NOT NULL without a default on an existing table, naming table and column', () => {
    const found = check(lines('ALTER TABLE orders', '  ADD COLUMN status text NOT NULL;'));
    expect(found.map((f) => f.line)).toEqual([1]);
    // The column, the table, and the error existing rows cause.
    expectFinding(found[0], {
      ruleId: ID,
      line: 1,
      severity: 'error',
      mentions: ['ADD COLUMN status', 'NOT NULL', 'orders', 'contains null values'],
      helpMentions: ['NOT NULL DEFAULT <value>', 'CHECK (status IS NOT NULL) NOT VALID'],
    });
  });

  it('fires on DEFAULT NULL and on a PRIMARY KEY column without a value', () => {
    expect(check('ALTER TABLE orders ADD COLUMN a int NOT NULL DEFAULT NULL;')).toHaveLength(1);
    expectFinding(check('ALTER TABLE users ADD COLUMN uid uuid PRIMARY KEY;')[0], { ruleId: ID, line: 1, mentions: ['uid', 'PRIMARY KEY', 'users'] });
  });

  it('does not fire when existing rows get a value: default, identity, generated, serial', () => {
    for (const sql of [
      "ALTER TABLE orders ADD COLUMN a text NOT NULL DEFAULT 'x';",
      'ALTER TABLE orders ADD COLUMN a uuid NOT NULL DEFAULT gen_random_uuid();',
      'ALTER TABLE orders ADD COLUMN a bigint NOT NULL GENERATED ALWAYS AS IDENTITY;',
      'ALTER TABLE orders ADD COLUMN a bigint NOT NULL GENERATED ALWAYS AS (id * 2) STORED;',
      'ALTER TABLE orders ADD COLUMN a bigserial NOT NULL;',
      'ALTER TABLE orders ADD COLUMN a text;',
      'ALTER TABLE orders ADD COLUMN IF NOT EXISTS note text NOT NULL;',
    ]) {
      expect(check(sql), sql).toEqual([]);
    }
  });

  it('does not fire on a table created in the pull request, nor when replay already failed', () => {
    expect(check('ALTER TABLE invoices ADD COLUMN a text NOT NULL;')).toEqual([]);
    expect(check('ALTER TABLE orders ADD COLUMN a text NOT NULL;', { trace: { 0: { outcome: 'error' } } })).toEqual([]);
  });

  it('before PostgreSQL 12 the help does not rely on a validated CHECK', () => {
    const [f] = check('ALTER TABLE orders ADD COLUMN a text NOT NULL;', { postgresVersion: 10 });
    expectFinding(f, { ruleId: ID, line: 1, helpMentions: ['PostgreSQL 11', 'rewrites'] });
    expect(f.help).not.toContain('NOT VALID');
  });
});

describeDocumentedExamples('add-column-required');
