// Unit tests of the rules' shared helpers (src/rules/lib): the locks a statement holds, the index
// that covers a foreign key, and which type conversions rewrite a table. The rules built on them
// are tested in tests/rules/<layer>/<id>.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { locksHeldDuring } from '../../src/rules/lib/locks.js';
import { coveringIndex } from '../../src/rules/lib/indexes.js';
import { judgeConversion, shapeOfColumn, shapeOfWritten } from '../../src/rules/lib/type-conversions.js';
import { catalog, column, file, index, loadParser, lock, table } from './helpers.js';

beforeAll(loadParser);

describe('locksHeldDuring', () => {
  const orders = table('orders', {
    columns: [column('id', 'bigint', 1), column('user_id', 'bigint', 2), column('status', 'text', 3), column('note', 'text', 4)],
    indexes: [index('orders', 'orders_status_idx', ['status']), index('orders', 'orders_pkey', ['id'], { unique: true, primary: true, constraint: 'orders_pkey' })],
  });
  const users = table('users', { columns: [column('id', 'bigint', 1), column('email', 'text', 2)] });
  const base = catalog(orders, users);

  it('adds the locks earlier statements of the same transaction took, strongest per relation, and says which were traced', () => {
    const sql = 'ALTER TABLE orders ADD CONSTRAINT c CHECK (id > 0) NOT VALID;\nSELECT 1;\nALTER TABLE orders VALIDATE CONSTRAINT c;';
    const f = file(sql, {
      transaction: 'wrapped',
      steps: [base],
      traces: { 0: { locks: [lock('orders', 'AccessExclusiveLock')] }, 1: {}, 2: { locks: [] } },
    });
    const held = locksHeldDuring(f, f.statements[2]);
    expect(held).toEqual([{ ...lock('orders', 'AccessExclusiveLock'), traced: true, takenAt: 0 }]);
  });

  it('outside a transaction holds only its own locks, from the static table when it has no trace', () => {
    const f = file('ALTER TABLE orders ADD CONSTRAINT c CHECK (id > 0) NOT VALID;\nCREATE INDEX i ON users (email);', { steps: [base] });
    expect(locksHeldDuring(f, f.statements[1])).toEqual([{ ...lock('users', 'ShareLock'), traced: false, takenAt: 1 }]);
  });

  it('a different transaction block of the same file does not count', () => {
    const f = file('LOCK TABLE orders;\nLOCK TABLE users IN SHARE MODE;', { steps: [base], inTransaction: true });
    f.statements[1].transactionId = 2;
    expect(locksHeldDuring(f, f.statements[1]).map((l) => l.relation)).toEqual(['public.users']);
  });
});

describe('coveringIndex', () => {
  it('accepts the FK columns as the leading columns in any order, and nothing else', () => {
    const t = (ix: ReturnType<typeof index>) => table('t', { indexes: [ix] });
    expect(coveringIndex(t(index('t', 'i', ['b', 'a', 'c'])), ['a', 'b'])).toBeDefined();
    expect(coveringIndex(t(index('t', 'i', ['a', 'c', 'b'])), ['a', 'b'])).toBeUndefined();
    // The referential check's a = $1 implies a IS NOT NULL, so that partial index serves it; no other predicate does.
    expect(coveringIndex(t(index('t', 'i', ['a'], { predicate: '(a IS NOT NULL)' })), ['a'])).toBeDefined();
    expect(coveringIndex(t(index('t', 'i', ['a'], { predicate: '(b IS NOT NULL)' })), ['a'])).toBeUndefined();
    expect(coveringIndex(t(index('t', 'i', ['a'], { predicate: '(a > 0)' })), ['a'])).toBeUndefined();
    expect(coveringIndex(t(index('t', 'i', ['a'], { valid: false })), ['a'])).toBeUndefined();
    expect(coveringIndex(t(index('t', 'i', ['a'], { method: 'gin' })), ['a'])).toBeUndefined();
    expect(coveringIndex(t(index('t', 'i', ['lower(a)'])), ['a'])).toBeUndefined();
  });
});

describe('type conversions', () => {
  it('judges typmods decoded from the catalog', () => {
    const from = shapeOfColumn(column('a', 'numeric(10,2)'));
    expect(from.mods).toEqual([10, 2]);
    expect(judgeConversion(from, shapeOfWritten({ name: 'numeric', mods: [10], array: false }))).toBe('rewrite');
    expect(judgeConversion(shapeOfColumn(column('b', 'varbit(5)')), shapeOfWritten({ name: 'varbit', mods: [8], array: false }))).toBe('safe');
    expect(judgeConversion(shapeOfColumn(column('c', 'varchar')), shapeOfWritten({ name: 'varchar', mods: [8], array: false }))).toBe('rewrite');
  });
});
