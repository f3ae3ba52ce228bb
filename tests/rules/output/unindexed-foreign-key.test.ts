// unindexed-foreign-key on literal catalogs: foreign keys no index leads with.
import { beforeAll, describe, expect, it } from 'vitest';
import { unindexedForeignKey } from '../../../src/rules/output/unindexed-foreign-key.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { catalog, context, expectFinding, file, foreignKey, index, loadParser, run, table } from '../helpers.js';

beforeAll(loadParser);

const ID = 'unindexed-foreign-key';
const users = table('users', { indexes: [index('users', 'users_pkey', ['id'], { primary: true, unique: true, constraint: 'users_pkey' })] });
const fk = foreignKey('orders_user_id_fkey', ['user_id'], 'users');

describe('unindexed-foreign-key', () => {
  it('points at the statement that added the foreign key and gives the CREATE INDEX', () => {
    const base = catalog(users, table('orders'));
    const final = catalog(users, table('orders', { constraints: [fk] }));
    const sql = 'SELECT 1;\nALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;';
    const f = file(sql, { steps: [base, base, final] });
    const [finding, ...rest] = run(unindexedForeignKey, context([f], { base, final }));
    expect(rest).toEqual([]);
    expectFinding(finding, {
      ruleId: ID,
      line: 2,
      severity: 'warning',
      mentions: ['orders_user_id_fkey'],
      helpMentions: ['CREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);'],
    });
  });

  it('finds the statement by its tree when catalogs do not show the change', () => {
    const final = catalog(users, table('orders', { constraints: [fk] }));
    const sql = 'CREATE TABLE orders (\n  id bigint,\n  user_id bigint REFERENCES users\n);';
    const f = file(sql, { steps: [catalog(users)] });
    const [finding] = run(unindexedForeignKey, context([f], { base: catalog(users), final }));
    expectFinding(finding, { ruleId: ID, line: 1, helpMentions: ['CREATE INDEX orders_user_id_idx'] });
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
    // The index the skip scan goes through, and its first column.
    expectFinding(finding, { ruleId: ID, line: 1, severity: 'notice', mentions: ['skip', 'orders_nid_user_id_idx', 'nid'] });
    const [older] = run(unindexedForeignKey, context([f], { base, final, config: { postgresVersion: 17 } }));
    expectFinding(older, { ruleId: ID, line: 1, severity: 'warning' });
  });

  it('counts a partial index on col IS NOT NULL (the lookup col = $1 implies it), not other partial indexes', () => {
    const base = catalog(users, table('orders'));
    const cfk = foreignKey('o_fk', ['tenant_id', 'user_id'], 'users', ['tenant_id', 'id']);
    const sql = 'ALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users;';
    const judge = (indexes: ReturnType<typeof index>[], constraints = [fk]) => {
      const final = catalog(users, table('orders', { constraints, indexes }));
      return run(unindexedForeignKey, context([file(sql, { steps: [base, final] })], { base, final })).map((x) => x.line);
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
    expectFinding(finding, { ruleId: ID, line: 1, mentions: ['orders_user_id_fkey', /drops/] });
  });

  it('does not report a foreign key that was already unindexed before the pull request', () => {
    const before = catalog(users, table('orders', { constraints: [fk] }));
    const f = file('SELECT 1;', { steps: [before] });
    expect(run(unindexedForeignKey, context([f], { base: before, final: before }))).toEqual([]);
  });
});

describeDocumentedExamples('unindexed-foreign-key');
