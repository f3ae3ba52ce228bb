import { beforeAll, describe, expect, it } from 'vitest';
import { unindexedForeignKey } from '../../src/rules/output/unindexed-foreign-key.js';
import { duplicateIndex } from '../../src/rules/output/duplicate-index.js';
import { redundantIndex } from '../../src/rules/output/redundant-index.js';
import { coveringIndex } from '../../src/rules/lib/indexes.js';
import { catalog, context, file, foreignKey, index, loadParser, run, table } from './helpers.js';

beforeAll(loadParser);

const users = table('users', { indexes: [index('users', 'users_pkey', ['id'], { primary: true, unique: true, constraint: 'users_pkey' })] });
const fk = foreignKey('orders_user_id_fkey', ['user_id'], 'users');

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

describe('unindexed-foreign-key', () => {
  it('points at the statement that added the foreign key and gives the CREATE INDEX', () => {
    const base = catalog(users, table('orders'));
    const final = catalog(users, table('orders', { constraints: [fk] }));
    const sql = 'SELECT 1;\nALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;';
    const f = file(sql, { steps: [base, base, final] });
    const [finding, ...rest] = run(unindexedForeignKey, context([f], { base, final }));
    expect(rest).toEqual([]);
    expect(finding.line).toBe(2);
    expect(finding.message).toContain('orders_user_id_fkey');
    expect(finding.help).toContain('CREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);');
  });

  it('finds the statement by its tree when catalogs do not show the change', () => {
    const final = catalog(users, table('orders', { constraints: [fk] }));
    const sql = 'CREATE TABLE orders (\n  id bigint,\n  user_id bigint REFERENCES users\n);';
    const f = file(sql, { steps: [catalog(users)] });
    const [finding] = run(unindexedForeignKey, context([f], { base: catalog(users), final }));
    expect(finding.line).toBe(1);
    expect(finding.help).toContain('CREATE INDEX orders_user_id_idx');
  });

  it('is silent when a later migration indexes it, including as leading columns of a composite index', () => {
    const cfk = foreignKey('o_fk', ['tenant_id', 'user_id'], 'users', ['tenant_id', 'id']);
    const final = catalog(users, table('orders', { constraints: [fk, cfk], indexes: [index('orders', 'o_idx', ['user_id', 'tenant_id', 'created_at'])] }));
    const f = file('ALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users;', { steps: [catalog(users, table('orders'))] });
    expect(run(unindexedForeignKey, context([f], { base: catalog(users, table('orders')), final }))).toEqual([]);
  });

  it('is a notice on PostgreSQL 18 when the columns follow one leading column of an index (skip scan)', () => {
    const base = catalog(users, table('orders'));
    const final = catalog(users, table('orders', { constraints: [fk], indexes: [index('orders', 'orders_nid_user_id_idx', ['nid', 'user_id'])] }));
    const f = file('ALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users;', { steps: [base, final] });
    const [finding] = run(unindexedForeignKey, context([f], { base, final }));
    expect(finding.severity).toBe('notice');
    expect(finding.message).toContain('skips through index orders_nid_user_id_idx, whose first column nid');
    const [older] = run(unindexedForeignKey, context([f], { base, final, config: { postgresVersion: 17 } }));
    expect(older.severity).toBeUndefined();
  });

  it('counts a partial index on col IS NOT NULL (the lookup col = $1 implies it), not other partial indexes', () => {
    const base = catalog(users, table('orders'));
    const cfk = foreignKey('o_fk', ['tenant_id', 'user_id'], 'users', ['tenant_id', 'id']);
    const sql = 'ALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users;';
    const judge = (indexes: ReturnType<typeof index>[], constraints = [fk]) => {
      const final = catalog(users, table('orders', { constraints, indexes }));
      return run(unindexedForeignKey, context([file(sql, { steps: [base, final] })], { base, final })).map((x) => x.message.slice(0, 40));
    };
    expect(judge([index('orders', 'o_part', ['user_id'], { predicate: '(user_id IS NOT NULL)' })])).toEqual([]);
    const composite = index('orders', 'o_both', ['tenant_id', 'user_id'], { predicate: '((tenant_id IS NOT NULL) AND (user_id IS NOT NULL))' });
    expect(judge([composite], [cfk])).toEqual([]);
    expect(judge([index('orders', 'o_live', ['user_id'], { predicate: '(deleted_at IS NULL)' })])).toHaveLength(1);
    expect(judge([index('orders', 'o_mixed', ['user_id'], { predicate: '((user_id IS NOT NULL) AND (deleted_at IS NULL))' })])).toHaveLength(1);
  });

  it('does not report a NOT ENFORCED foreign key (PostgreSQL 18: no triggers, no lookups)', () => {
    const base = catalog(users, table('orders'));
    const final = catalog(users, table('orders', { constraints: [{ ...fk, enforced: false, definition: `${fk.definition} NOT ENFORCED` }] }));
    const f = file('ALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users NOT ENFORCED;', { steps: [base, final] });
    expect(run(unindexedForeignKey, context([f], { base, final }))).toEqual([]);
  });

  it('flags a pull request that drops the index of an existing foreign key', () => {
    const covered = catalog(users, table('orders', { constraints: [fk], indexes: [index('orders', 'o_user_idx', ['user_id'])] }));
    const uncovered = catalog(users, table('orders', { constraints: [fk] }));
    const f = file('DROP INDEX o_user_idx;', { steps: [covered, uncovered] });
    const [finding] = run(unindexedForeignKey, context([f], { base: covered, final: uncovered }));
    expect(finding.line).toBe(1);
    expect(finding.message).toContain('whose index this pull request drops');
  });

  it('does not report a foreign key that was already unindexed before the pull request', () => {
    const before = catalog(users, table('orders', { constraints: [fk] }));
    const f = file('SELECT 1;', { steps: [before] });
    expect(run(unindexedForeignKey, context([f], { base: before, final: before }))).toEqual([]);
  });
});

describe('duplicate-index', () => {
  it('flags an added index identical to a constraint index and suggests dropping the plain one', () => {
    const before = catalog(users);
    const final = catalog(table('users', { indexes: [...users.indexes, index('users', 'users_id_idx', ['id'])] }));
    const f = file('SELECT 1;\nCREATE INDEX users_id_idx ON users (id);', { steps: [before, before, final] });
    const [finding, ...rest] = run(duplicateIndex, context([f], { base: before, final }));
    expect(rest).toEqual([]);
    expect(finding.line).toBe(2);
    expect(finding.message).toContain('users_id_idx');
    expect(finding.message).toContain('backing constraint users_pkey');
    expect(finding.help).toContain('do not create users_id_idx');
  });

  it('ignores indexes differing in predicate, opclass or method, and pairs that predate the pull request', () => {
    const t = table('t', {
      indexes: [
        index('t', 'a1', ['a']),
        index('t', 'a2', ['a'], { predicate: '(a > 0)' }),
        index('t', 'a3', ['a'], { opclasses: ['text_pattern_ops'] }),
        index('t', 'a4', ['a'], { method: 'hash' }),
      ],
    });
    const old = catalog(table('o', { indexes: [index('o', 'b1', ['b']), index('o', 'b2', ['b'])] }));
    const final = catalog(t, old.tables['public.o']);
    expect(run(duplicateIndex, context([file('SELECT 1;')], { base: old, final }))).toEqual([]);
  });
});

describe('redundant-index', () => {
  it('flags an added single-column index that prefixes an existing composite index', () => {
    const base = catalog(table('orders', { indexes: [index('orders', 'o_user_created', ['user_id', 'created_at'])] }));
    const final = catalog(table('orders', { indexes: [...base.tables['public.orders'].indexes, index('orders', 'o_user', ['user_id'])] }));
    const f = file('CREATE INDEX o_user ON orders (user_id);', { steps: [base, final] });
    const [finding, ...rest] = run(redundantIndex, context([f], { base, final }));
    expect(rest).toEqual([]);
    expect(finding.line).toBe(1);
    expect(finding.message).toContain('o_user on orders (user_id) is redundant');
  });

  it('flags an existing short index when the pull request adds the longer one', () => {
    const base = catalog(table('orders', { indexes: [index('orders', 'o_user', ['user_id'])] }));
    const final = catalog(table('orders', { indexes: [...base.tables['public.orders'].indexes, index('orders', 'o_user_created', ['user_id', 'created_at'])] }));
    const f = file('CREATE INDEX o_user_created ON orders (user_id, created_at);', { steps: [base, final] });
    const [finding] = run(redundantIndex, context([f], { base, final }));
    expect(finding.help).toContain('DROP INDEX CONCURRENTLY o_user;');
  });

  it('never calls a unique index redundant, and requires the same predicate and a btree', () => {
    const final = catalog(
      table('t', {
        indexes: [
          index('t', 'u', ['a'], { unique: true }),
          index('t', 'p', ['a'], { predicate: '(b IS NULL)' }),
          index('t', 'g', ['a'], { method: 'gin' }),
          index('t', 'long', ['a', 'b']),
        ],
      }),
    );
    expect(run(redundantIndex, context([file('SELECT 1;')], { final }))).toEqual([]);
  });
});
