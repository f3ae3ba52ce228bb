// lock-held-across-statements on literal catalogs and traces: a blocking lock kept while a later
// statement of the same transaction does work that grows with the data.
import { beforeAll, describe, expect, it } from 'vitest';
import { lockHeldAcrossStatements } from '../../../src/rules/output/lock-held-across-statements.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { catalog, checkConstraint, column, context, expectFinding, file, index, loadParser, lock, run, table } from '../helpers.js';

beforeAll(loadParser);

const ID = 'lock-held-across-statements';
const orders = table('orders', {
  columns: [column('id', 'bigint', 1), column('user_id', 'bigint', 2), column('status', 'text', 3), column('note', 'text', 4)],
  indexes: [index('orders', 'orders_status_idx', ['status']), index('orders', 'orders_pkey', ['id'], { unique: true, primary: true, constraint: 'orders_pkey' })],
});
const users = table('users', { columns: [column('id', 'bigint', 1), column('email', 'text', 2)] });
const base = catalog(orders, users);

describe('lock-held-across-statements', () => {
  it('names the lock, the table and the later statement of the block whose work grows with the data, once per table', () => {
    const sql = [
      'BEGIN;',
      'ALTER TABLE orders ADD COLUMN shipped_at timestamptz;',
      "SET LOCAL statement_timeout = '1min';",
      'ALTER TABLE orders ADD COLUMN carrier text;',
      'DELETE FROM users WHERE id < 0;',
      'COMMIT;',
    ].join('\n');
    const f = file(sql, { inTransaction: true, steps: [base], traces: { 1: { locks: [lock('orders', 'AccessExclusiveLock')] }, 3: { locks: [] } } });
    const [finding, ...rest] = run(lockHeldAcrossStatements, context([f], { base }));
    expect(rest).toEqual([]);
    // The lock and its table, then the later statement: its line, its kind and the table it works on.
    expectFinding(finding, { ruleId: ID, line: 2, severity: 'warning', verified: 'trace', mentions: ['ACCESS EXCLUSIVE', 'orders', 'line 5', 'DELETE', 'users'] });
  });

  it("leaves slow work on the locked table itself to that statement's own finding, except a VALIDATE CONSTRAINT", () => {
    const on = (follower: string) =>
      run(
        lockHeldAcrossStatements,
        context([file(['BEGIN;', 'ALTER TABLE orders ADD COLUMN shipped_at timestamptz;', follower, 'COMMIT;'].join('\n'), { inTransaction: true, steps: [base], traces: { 1: { locks: [lock('orders', 'AccessExclusiveLock')] } } })], { base }),
      ).map((x) => x.line);
    expect(on('UPDATE orders SET note = NULL;')).toEqual([]);
    expect(on('CREATE INDEX orders_note_idx ON orders (note);')).toEqual([]);
    expect(on('ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;')).toEqual([2]);
  });

  it('is silent when every later statement of the block is instant: catalog-only ALTERs, COMMENT, GRANT, CREATE TABLE, SET', () => {
    const sql = [
      'BEGIN;',
      'ALTER TABLE orders ADD COLUMN shipped_at timestamptz;',
      "SET LOCAL statement_timeout = '1min';",
      "ALTER TABLE orders ADD COLUMN carrier text DEFAULT 'post';",
      "COMMENT ON COLUMN orders.carrier IS 'who ships';",
      'GRANT SELECT ON orders TO PUBLIC;',
      'CREATE TABLE carriers (name text PRIMARY KEY);',
      'CREATE INDEX carriers_name_idx ON carriers (lower(name));',
      'ALTER TABLE orders DROP COLUMN note;',
      'COMMIT;',
    ].join('\n');
    const f = file(sql, { inTransaction: true, steps: [base], traces: { 1: { locks: [lock('orders', 'AccessExclusiveLock')] } } });
    expect(run(lockHeldAcrossStatements, context([f], { base }))).toEqual([]);
  });

  it('is silent when the locking statement is last, runs alone, or locks a new table; dropping a proof CHECK is trivial', () => {
    const proof = catalog({ ...orders, constraints: [checkConstraint('orders_note_not_null', 'CHECK (note IS NOT NULL)')] }, users, table('fresh'));
    const last = "CREATE INDEX i ON orders (note);\nALTER TABLE orders ALTER COLUMN note SET NOT NULL;\nALTER TABLE orders DROP CONSTRAINT orders_note_not_null;\nCOMMENT ON TABLE orders IS 'x';";
    expect(run(lockHeldAcrossStatements, context([file(last, { transaction: 'wrapped', steps: [proof] })], { base }))).toEqual([]);
    const alone = 'ALTER TABLE orders ADD COLUMN a int;\nALTER TABLE orders ADD COLUMN b int;';
    expect(run(lockHeldAcrossStatements, context([file(alone, { steps: [proof] })], { base }))).toEqual([]);
    const fresh = 'ALTER TABLE fresh ADD COLUMN a int;\nCREATE INDEX j ON fresh (a);';
    expect(run(lockHeldAcrossStatements, context([file(fresh, { transaction: 'wrapped', steps: [proof] })], { base }))).toEqual([]);
  });
});

describeDocumentedExamples('lock-held-across-statements');
