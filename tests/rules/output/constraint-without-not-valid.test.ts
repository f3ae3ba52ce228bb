// constraint-without-not-valid on literal catalogs and traces: constraints that check every
// existing row under a lock, and the NOT VALID + VALIDATE fix.
import { beforeAll, describe, expect, it } from 'vitest';
import { constraintWithoutNotValid } from '../../../src/rules/output/constraint-without-not-valid.js';
import { describeDocumentedExamples } from '../documented-examples.js';
import { applyFix, catalog, column, context, expectFinding, file, foreignKey, loadParser, lock, run, table } from '../helpers.js';

beforeAll(loadParser);

const ID = 'constraint-without-not-valid';
const base = catalog(table('orders'), table('users'));

describe('constraint-without-not-valid', () => {
  it('flags ADD FOREIGN KEY and names both tables and the traced locks', () => {
    const after = catalog(table('orders', { constraints: [foreignKey('orders_user_id_fkey', ['user_id'], 'users')] }), table('users'));
    const sql = 'ALTER TABLE orders\n  ADD FOREIGN KEY (user_id) REFERENCES users (id);';
    const f = file(sql, { steps: [base, after], traces: { 0: { locks: [lock('orders', 'ShareRowExclusiveLock'), lock('users', 'ShareRowExclusiveLock')], scanned: ['public.orders'] } } });
    const [finding, ...rest] = run(constraintWithoutNotValid, context([f], { base, final: after }));
    expect(rest).toEqual([]);
    expectFinding(finding, {
      ruleId: ID,
      line: 1,
      severity: 'error',
      verified: 'trace',
      mentions: [/SHARE ROW EXCLUSIVE[^.]*orders/, 'users'],
      helpMentions: ['ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;', 'VALIDATE CONSTRAINT orders_user_id_fkey;'],
    });
  });

  it('flags ADD CHECK with its ACCESS EXCLUSIVE lock (static without a trace)', () => {
    const f = file('ALTER TABLE orders ADD CONSTRAINT positive CHECK (total > 0);', { steps: [base] });
    const [finding] = run(constraintWithoutNotValid, context([f], { base }));
    expectFinding(finding, { ruleId: ID, line: 1, verified: 'static', mentions: ['ACCESS EXCLUSIVE', 'orders'], helpMentions: ['VALIDATE CONSTRAINT positive'] });
  });

  it('is trace-verified only when the replay saw the scan, and silent when it measured none', () => {
    const sql = 'ALTER TABLE orders ADD CONSTRAINT positive CHECK (total > 0);';
    const traced = (scanned?: string[]) => run(constraintWithoutNotValid, context([file(sql, { steps: [base], traces: { 0: { locks: [lock('orders', 'AccessExclusiveLock')], scanned } } })], { base }));
    expect(traced(['public.orders']).map((x) => x.verified)).toEqual(['trace']);
    expect(traced(undefined).map((x) => x.verified)).toEqual(['static']);
    expect(traced([])).toEqual([]);
  });

  it('on a partitioned table reads the scans of its partitions, at any depth', () => {
    const events = table('events', { kind: 'partitioned' });
    const leaf = { ...table('events_2024_h1'), partitionOf: 'public.events_2024' };
    const parts = catalog(events, { ...table('events_2024', { kind: 'partitioned' }), partitionOf: 'public.events' }, leaf, table('users'));
    const sql = 'ALTER TABLE events ADD CONSTRAINT positive CHECK (id > 0);';
    const traced = (scanned: string[]) => run(constraintWithoutNotValid, context([file(sql, { steps: [parts], traces: { 0: { locks: [lock('events', 'AccessExclusiveLock')], scanned } } })], { base: parts }));
    expect(traced(['public.events_2024_h1']).map((x) => x.verified)).toEqual(['trace']);
    expect(traced(['public.users'])).toEqual([]);
  });

  it('flags a foreign key added with ADD COLUMN ... DEFAULT ... REFERENCES, which validates the default in every row', () => {
    const f = file('ALTER TABLE orders ADD COLUMN user_id bigint DEFAULT 1 REFERENCES users;', { steps: [base] });
    const [finding] = run(constraintWithoutNotValid, context([f], { base }));
    expectFinding(finding, { ruleId: ID, line: 1, mentions: ['ADD COLUMN user_id', 'REFERENCES', 'orders_user_id_fkey'], helpMentions: ['without REFERENCES'] });
    expect(finding.draft.fix).toBeUndefined();
  });

  it('is silent on ADD COLUMN ... REFERENCES without a default (all NULL, nothing to validate) and on NOT ENFORCED', () => {
    const sql =
      'ALTER TABLE orders ADD COLUMN locked_by bigint REFERENCES users (id);\n' +
      'ALTER TABLE orders ADD COLUMN owner_id bigint DEFAULT 1 REFERENCES users (id) NOT ENFORCED;\n' +
      'ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id) NOT ENFORCED;\n' +
      'ALTER TABLE orders ADD COLUMN n integer CHECK (n > 0) NOT ENFORCED;';
    expect(run(constraintWithoutNotValid, context([file(sql, { steps: [base] })], { base }))).toEqual([]);
  });

  it('flags a CHECK on a column the statement adds, which reads every row even without a default', () => {
    const f = file('ALTER TABLE orders ADD COLUMN qty integer CHECK (qty > 0);', { steps: [base] });
    const [finding, ...rest] = run(constraintWithoutNotValid, context([f], { base }));
    expect(rest).toEqual([]);
    expectFinding(finding, { ruleId: ID, line: 1, mentions: ['ADD COLUMN qty', 'CHECK orders_qty_check', 'orders', 'ACCESS EXCLUSIVE'], helpMentions: ['without the CHECK'] });
    expect(finding.draft.fix).toBeUndefined();
  });

  it('is silent with NOT VALID, on new tables and for VALIDATE CONSTRAINT', () => {
    const withNew = catalog(table('orders'), table('users'), table('fresh', { oid: 900 }));
    const sql =
      'ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\n' +
      'ALTER TABLE orders ADD CONSTRAINT c CHECK (total > 0) NOT VALID;\n' +
      'ALTER TABLE orders VALIDATE CONSTRAINT fk;\n' +
      'ALTER TABLE fresh ADD FOREIGN KEY (user_id) REFERENCES users (id);\n' +
      'ALTER TABLE orders ADD CONSTRAINT u UNIQUE (code);';
    expect(run(constraintWithoutNotValid, context([file(sql, { steps: [withNew] })], { base }))).toEqual([]);
  });
});

describe('constraint-without-not-valid fixes', () => {
  it('NOT VALID here, VALIDATE in a follow-up migration', () => {
    const sql = 'ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);\n';
    const f = file(sql, { path: 'migrations/002_fk.sql', steps: [base] });
    const [finding] = run(constraintWithoutNotValid, context([f], { base }));
    expect(finding.draft.fix).toEqual({
      description: expect.stringContaining('migrations/003_validate_orders_user_id_fkey.sql'),
      edits: [{ line: 1, endLine: 1, replacement: sql.trim().replace(/;$/, ' NOT VALID;') }],
      newFiles: [{ path: 'migrations/003_validate_orders_user_id_fkey.sql', content: 'ALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;\n' }],
    });
  });

  it('without a follow-up file: VALIDATE after the statement when it autocommits', () => {
    const sql = 'ALTER TABLE orders ADD CONSTRAINT positive CHECK (id > 0);\nSELECT 1;\n';
    const f = file(sql, { path: 'migrations/orders.sql', steps: [base] });
    const [finding] = run(constraintWithoutNotValid, context([f], { base }));
    expect(applyFix(sql, finding)).toBe('ALTER TABLE orders ADD CONSTRAINT positive CHECK (id > 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT positive;\nSELECT 1;\n');
  });

  it('no fix for ADD COLUMN ... DEFAULT ... REFERENCES, nor a partitioned foreign key before PostgreSQL 18', () => {
    // Without a default the new column is all NULL and nothing is validated (no finding at all).
    const f = file('ALTER TABLE orders ADD COLUMN user_id bigint DEFAULT 1 REFERENCES users;', { steps: [base] });
    expect(run(constraintWithoutNotValid, context([f], { base }))[0].draft.fix).toBeUndefined();
    const parted = catalog(table('events', { kind: 'partitioned' }), table('users'));
    const p = file('ALTER TABLE events ADD FOREIGN KEY (user_id) REFERENCES users (id);', { steps: [parted] });
    expect(run(constraintWithoutNotValid, context([p], { base: parted, config: { postgresVersion: 17 } }))[0].draft.fix).toBeUndefined();
    expect(run(constraintWithoutNotValid, context([p], { base: parted }))[0].draft.fix).toBeDefined();
  });
});

describe('constraint-without-not-valid documented examples on literal catalogs', () => {
  // A fast check on literal data, where the tables the examples name already exist.
  const docs = catalog(
    table('users', { columns: [column('id', 'bigint', 1), column('email', 'text', 2), column('legacy_token', 'text', 3)] }),
    table('orders', { columns: [column('id', 'integer', 1), column('user_id', 'bigint', 2), column('note', 'varchar(200)', 3)] }),
    table('legacy_orders'),
  );

  it('fires on the bad example and not on the good one', () => {
    const { bad, good } = constraintWithoutNotValid.meta;
    expect(run(constraintWithoutNotValid, context([file(bad, { steps: [docs] })], { base: docs })).length).toBeGreaterThan(0);
    expect(run(constraintWithoutNotValid, context([file(good, { steps: [docs] })], { base: docs }))).toEqual([]);
  });
});

describeDocumentedExamples('constraint-without-not-valid');
