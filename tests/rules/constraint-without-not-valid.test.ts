import { beforeAll, describe, expect, it } from 'vitest';
import { constraintWithoutNotValid } from '../../src/rules/output/constraint-without-not-valid.js';
import { catalog, context, file, foreignKey, loadParser, run, table } from './helpers.js';

beforeAll(loadParser);

const base = catalog(table('orders'), table('users'));

describe('constraint-without-not-valid', () => {
  it('flags ADD FOREIGN KEY and names both tables and the traced locks', () => {
    const after = catalog(table('orders', { constraints: [foreignKey('orders_user_id_fkey', ['user_id'], 'users')] }), table('users'));
    const sql = 'ALTER TABLE orders\n  ADD FOREIGN KEY (user_id) REFERENCES users (id);';
    const lock = (t: string) => ({ relation: t, relkind: 'table' as const, table: t, mode: 'ShareRowExclusiveLock' as const });
    const f = file(sql, { steps: [base, after], traces: { 0: { locks: [lock('public.orders'), lock('public.users')], scanned: ['public.orders'] } } });
    const [finding, ...rest] = run(constraintWithoutNotValid, context([f], { base, final: after }));
    expect(rest).toEqual([]);
    expect(finding.line).toBe(1);
    expect(finding.verified).toBe('trace');
    expect(finding.message).toContain('SHARE ROW EXCLUSIVE on orders');
    expect(finding.message).toContain('referenced table users');
    expect(finding.help).toContain('ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;');
    expect(finding.help).toContain('VALIDATE CONSTRAINT orders_user_id_fkey;');
  });

  it('flags ADD CHECK with its ACCESS EXCLUSIVE lock (static without a trace)', () => {
    const f = file('ALTER TABLE orders ADD CONSTRAINT positive CHECK (total > 0);', { steps: [base] });
    const [finding] = run(constraintWithoutNotValid, context([f], { base }));
    expect(finding.verified).toBe('static');
    expect(finding.message).toContain('ACCESS EXCLUSIVE');
    expect(finding.help).toContain('VALIDATE CONSTRAINT positive');
  });

  it('is trace-verified only when the replay saw the scan, and silent when it measured none', () => {
    const sql = 'ALTER TABLE orders ADD CONSTRAINT positive CHECK (total > 0);';
    const locks = [{ relation: 'public.orders', relkind: 'table' as const, table: 'public.orders', mode: 'AccessExclusiveLock' as const }];
    const traced = (scanned?: string[]) => run(constraintWithoutNotValid, context([file(sql, { steps: [base], traces: { 0: { locks, scanned } } })], { base }));
    expect(traced(['public.orders']).map((x) => x.verified)).toEqual(['trace']);
    expect(traced(undefined).map((x) => x.verified)).toEqual(['static']);
    expect(traced([])).toEqual([]);
  });

  it('on a partitioned table reads the scans of its partitions, at any depth', () => {
    const events = table('events', { kind: 'partitioned' });
    const leaf = { ...table('events_2024_h1'), partitionOf: 'public.events_2024' };
    const parts = catalog(events, { ...table('events_2024', { kind: 'partitioned' }), partitionOf: 'public.events' }, leaf, table('users'));
    const sql = 'ALTER TABLE events ADD CONSTRAINT positive CHECK (id > 0);';
    const locks = [{ relation: 'public.events', relkind: 'table' as const, table: 'public.events', mode: 'AccessExclusiveLock' as const }];
    const traced = (scanned: string[]) => run(constraintWithoutNotValid, context([file(sql, { steps: [parts], traces: { 0: { locks, scanned } } })], { base: parts }));
    expect(traced(['public.events_2024_h1']).map((x) => x.verified)).toEqual(['trace']);
    expect(traced(['public.users'])).toEqual([]);
  });

  it('flags a foreign key added with ADD COLUMN ... DEFAULT ... REFERENCES, which validates the default in every row', () => {
    const f = file('ALTER TABLE orders ADD COLUMN user_id bigint DEFAULT 1 REFERENCES users;', { steps: [base] });
    const [finding] = run(constraintWithoutNotValid, context([f], { base }));
    expect(finding.message).toContain('ADD COLUMN user_id ... REFERENCES orders_user_id_fkey');
    expect(finding.help).toContain('without REFERENCES');
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
    expect(finding.message).toContain('ADD COLUMN qty ... CHECK orders_qty_check on existing table orders holds ACCESS EXCLUSIVE');
    expect(finding.help).toContain('Add the column without the CHECK');
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
