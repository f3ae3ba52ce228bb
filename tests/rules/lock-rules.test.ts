// Unit tests of the lock rules of layer 4 and of locksHeldDuring, on literal catalogs and traces.
import { beforeAll, describe, expect, it } from 'vitest';
import type { LockMode, LockTaken } from '../../src/core/trace-types.js';
import { locksHeldDuring } from '../../src/rules/lib/locks.js';
import { dropIndexWithoutConcurrently } from '../../src/rules/output/drop-index-without-concurrently.js';
import { reindexWithoutConcurrently } from '../../src/rules/output/reindex-without-concurrently.js';
import { validateInSameTransaction } from '../../src/rules/output/validate-in-same-transaction.js';
import { setNotNullScansTable } from '../../src/rules/output/set-not-null-scans-table.js';
import { uniqueConstraintBuildsIndex } from '../../src/rules/output/unique-constraint-builds-index.js';
import { tableRewriteCommand } from '../../src/rules/output/table-rewrite-command.js';
import { refreshWithoutConcurrently } from '../../src/rules/output/refresh-without-concurrently.js';
import { lockTimeoutMissing } from '../../src/rules/output/lock-timeout-missing.js';
import { lockHeldAcrossStatements } from '../../src/rules/output/lock-held-across-statements.js';
import { applyEdits } from '../../src/rules/fixes/apply-fix.js';
import type { CatalogConstraint } from '../../src/core/catalog.js';
import { catalog, column, context, file, foreignKey, index, loadParser, run, table } from './helpers.js';

beforeAll(loadParser);

const lock = (relation: string, mode: LockMode, relkind: LockTaken['relkind'] = 'table', owner = relation): LockTaken => ({
  relation: `public.${relation}`, relkind, table: `public.${owner}`, mode,
});

const check = (name: string, definition: string, validated = true): CatalogConstraint => ({
  name, kind: 'check', columns: [], validated, definition,
});

const orders = table('orders', {
  columns: [column('id', 'bigint', 1), column('user_id', 'bigint', 2), column('status', 'text', 3), column('note', 'text', 4)],
  indexes: [index('orders', 'orders_status_idx', ['status']), index('orders', 'orders_pkey', ['id'], { unique: true, primary: true, constraint: 'orders_pkey' })],
});
const users = table('users', { columns: [column('id', 'bigint', 1), column('email', 'text', 2)] });
const base = catalog(orders, users);

describe('locksHeldDuring', () => {
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

describe('drop-index-without-concurrently', () => {
  it('flags DROP INDEX of an existing index with its traced ACCESS EXCLUSIVE, and fixes it in place outside a transaction', () => {
    const sql = '-- not used any more\nDROP INDEX orders_status_idx;';
    const f = file(sql, { steps: [base], traces: { 0: { locks: [lock('orders', 'AccessExclusiveLock'), lock('orders_status_idx', 'AccessExclusiveLock', 'index', 'orders')] } } });
    const [finding, ...rest] = run(dropIndexWithoutConcurrently, context([f], { base }));
    expect(rest).toEqual([]);
    expect(finding.line).toBe(2);
    expect(finding.verified).toBe('trace');
    expect(finding.message).toContain('ACCESS EXCLUSIVE on existing table orders');
    expect(applyEdits(sql, finding.draft.fix!.edits)).toBe('-- not used any more\nDROP INDEX CONCURRENTLY orders_status_idx;');
  });

  it('is silent for CONCURRENTLY, for an index the pull request created, and for a missing IF EXISTS index', () => {
    const withNew = catalog({ ...orders, indexes: [...orders.indexes, index('orders', 'orders_new_idx', ['note'])] }, users);
    const sql = 'DROP INDEX CONCURRENTLY orders_status_idx;\nDROP INDEX orders_new_idx;\nDROP INDEX IF EXISTS nope;';
    expect(run(dropIndexWithoutConcurrently, context([file(sql, { steps: [withNew] })], { base }))).toEqual([]);
  });

  it('explains CASCADE instead of offering a fix', () => {
    const f = file('DROP INDEX orders_status_idx CASCADE;', { steps: [base] });
    const [finding] = run(dropIndexWithoutConcurrently, context([f], { base }));
    expect(finding.verified).toBe('static');
    expect(finding.help).toContain('CASCADE');
    expect(finding.draft.fix).toBeUndefined();
  });
});

describe('reindex-without-concurrently', () => {
  it('flags REINDEX INDEX and TABLE on existing objects, with a CONCURRENTLY fix', () => {
    const sql = 'REINDEX INDEX orders_status_idx;\nREINDEX (VERBOSE) TABLE users;';
    const f = file(sql, { steps: [base] });
    const found = run(reindexWithoutConcurrently, context([f], { base }));
    expect(found.map((x) => x.line)).toEqual([1, 2]);
    expect(found[0].message).toContain('SHARE on existing table orders and ACCESS EXCLUSIVE on the index');
    expect(applyEdits(sql, found[1].draft.fix!.edits)).toBe('REINDEX INDEX orders_status_idx;\nREINDEX (VERBOSE) TABLE CONCURRENTLY users;');
  });

  it('flags REINDEX SCHEMA when the schema has tables, and is silent for CONCURRENTLY and new tables', () => {
    const withNew = catalog(orders, users, table('fresh'));
    const sql = 'REINDEX TABLE CONCURRENTLY orders;\nREINDEX TABLE fresh;\nREINDEX SCHEMA public;\nREINDEX SCHEMA empty;';
    const found = run(reindexWithoutConcurrently, context([file(sql, { steps: [withNew] })], { base }));
    expect(found.map((x) => x.line)).toEqual([3]);
    expect(found[0].message).toContain('2 existing tables');
  });

  it('before PostgreSQL 12 says CONCURRENTLY does not exist and offers no fix', () => {
    const [finding] = run(reindexWithoutConcurrently, context([file('REINDEX TABLE orders;', { steps: [base] })], { base, config: { postgresVersion: 11 } }));
    expect(finding.help).toContain('needs PostgreSQL 12; the target is 11');
    expect(finding.draft.fix).toBeUndefined();
  });
});

describe('validate-in-same-transaction', () => {
  const fkAfter = catalog({ ...orders, constraints: [foreignKey('orders_user_id_fkey', ['user_id'], 'users', ['id'], false)] }, users);
  const sql =
    'ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey\n  FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\n' +
    'ALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;';

  it('flags VALIDATE after ADD ... NOT VALID of the same constraint in one transaction, naming the held lock', () => {
    const f = file(sql, {
      transaction: 'wrapped',
      framework: 'goose',
      steps: [base, fkAfter],
      traces: { 0: { locks: [lock('orders', 'ShareRowExclusiveLock'), lock('users', 'ShareRowExclusiveLock')] }, 1: { locks: [lock('users', 'RowShareLock')] } },
    });
    const [finding, ...rest] = run(validateInSameTransaction, context([f], { base }));
    expect(rest).toEqual([]);
    expect(finding.line).toBe(3);
    expect(finding.verified).toBe('trace');
    expect(finding.message).toContain('line 1');
    expect(finding.message).toContain('SHARE ROW EXCLUSIVE lock that ADD took on orders and SHARE ROW EXCLUSIVE on users');
  });

  it('is silent when the two run in different transactions (statement by statement) or the ADD validated at once', () => {
    expect(run(validateInSameTransaction, context([file(sql, { steps: [base, fkAfter] })], { base }))).toEqual([]);
    const other = 'ALTER TABLE orders ADD CONSTRAINT c CHECK (id > 0);\nALTER TABLE orders VALIDATE CONSTRAINT c;';
    expect(run(validateInSameTransaction, context([file(other, { transaction: 'wrapped', steps: [base] })], { base }))).toEqual([]);
  });

  it('finds an unnamed CHECK by the name the catalog gave it', () => {
    const after = catalog({ ...orders, constraints: [check('orders_id_check', 'CHECK (id > 0) NOT VALID', false)] }, users);
    const s = 'BEGIN;\nALTER TABLE orders ADD CHECK (id > 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_id_check;\nCOMMIT;';
    const [finding] = run(validateInSameTransaction, context([file(s, { inTransaction: true, steps: [base, base, after] })], { base }));
    expect(finding.line).toBe(3);
    expect(finding.message).toContain('ACCESS EXCLUSIVE');
  });
});

describe('set-not-null-scans-table', () => {
  it('flags SET NOT NULL without proof and rewrites it in place into the CHECK sequence in a statement-by-statement file', () => {
    const sql = 'ALTER TABLE orders ALTER COLUMN note SET NOT NULL;';
    const f = file(sql, { steps: [base], traces: { 0: { locks: [lock('orders', 'AccessExclusiveLock')], scanned: ['public.orders'] } } });
    const [finding] = run(setNotNullScansTable, context([f], { base }));
    expect(finding.verified).toBe('trace');
    expect(finding.message).toContain('SET NOT NULL on orders.note reads every row');
    expect(applyEdits(sql, finding.draft.fix!.edits)).toBe(
      'ALTER TABLE orders ADD CONSTRAINT orders_note_not_null CHECK (note IS NOT NULL) NOT VALID;\n' +
        'ALTER TABLE orders VALIDATE CONSTRAINT orders_note_not_null;\n' +
        'ALTER TABLE orders ALTER COLUMN note SET NOT NULL;\n' +
        'ALTER TABLE orders DROP CONSTRAINT orders_note_not_null;',
    );
  });

  it('is trace-verified only when the replay saw the scan, and silent when it measured none', () => {
    const sql = 'ALTER TABLE orders ALTER COLUMN note SET NOT NULL;';
    const traced = (scanned?: string[]) =>
      run(setNotNullScansTable, context([file(sql, { steps: [base], traces: { 0: { locks: [lock('orders', 'AccessExclusiveLock')], scanned } } })], { base }));
    // The lock alone was seen (scans not measured, e.g. after a rolled-back statement of the block): the scan is static knowledge.
    expect(traced(undefined).map((x) => x.verified)).toEqual(['static']);
    // Measured, and the table was not read: PostgreSQL proved the column some other way.
    expect(traced([])).toEqual([]);
    expect(traced(['public.users'])).toEqual([]);
  });

  it('passes with a validated CHECK (col IS NOT NULL), also inside an AND, from PostgreSQL 12', () => {
    const proven = catalog({ ...orders, constraints: [check('a', 'CHECK (note IS NOT NULL AND length(note) > 0)'), check('b', 'CHECK (((status IS NOT NULL)))')] }, users);
    const sql = 'ALTER TABLE orders ALTER COLUMN note SET NOT NULL, ALTER COLUMN status SET NOT NULL;';
    expect(run(setNotNullScansTable, context([file(sql, { steps: [proven] })], { base }))).toEqual([]);
    const old = run(setNotNullScansTable, context([file(sql, { steps: [proven] })], { base, config: { postgresVersion: 11 } }));
    expect(old.length).toBe(2);
    expect(old[0].help).toContain('Before PostgreSQL 12');
    expect(old[0].draft.fix).toBeUndefined();
  });

  it('still flags with a NOT VALID check, an OR, or a check on another column', () => {
    const weak = catalog({ ...orders, constraints: [check('a', 'CHECK (note IS NOT NULL) NOT VALID', false), check('b', 'CHECK (status IS NOT NULL OR note IS NOT NULL)')] }, users);
    expect(run(setNotNullScansTable, context([file('ALTER TABLE orders ALTER COLUMN note SET NOT NULL;', { steps: [weak] })], { base })).length).toBe(1);
  });

  it('PostgreSQL 18: a NOT VALID NOT NULL constraint is validated by SET NOT NULL, so point at VALIDATE CONSTRAINT', () => {
    const nn: CatalogConstraint = { name: 'orders_note_nn', kind: 'not-null', columns: ['note'], validated: false, definition: 'NOT NULL note NOT VALID' };
    const cols = orders.columns.map((c) => (c.name === 'note' ? { ...c, notNull: true } : c));
    const pending = catalog({ ...orders, columns: cols, constraints: [nn] }, users);
    const [finding] = run(setNotNullScansTable, context([file('ALTER TABLE orders ALTER COLUMN note SET NOT NULL;', { steps: [pending] })], { base }));
    expect(finding.help).toContain('VALIDATE CONSTRAINT orders_note_nn');
    const done = catalog({ ...orders, columns: cols, constraints: [{ ...nn, validated: true }] }, users);
    expect(run(setNotNullScansTable, context([file('ALTER TABLE orders ALTER COLUMN note SET NOT NULL;', { steps: [done] })], { base }))).toEqual([]);
  });

  it('is silent on tables of the pull request', () => {
    const withNew = catalog(orders, users, table('fresh', { oid: 900, columns: [column('a', 'text')] }));
    expect(run(setNotNullScansTable, context([file('ALTER TABLE fresh ALTER COLUMN a SET NOT NULL;', { steps: [withNew] })], { base }))).toEqual([]);
  });
});

describe('unique-constraint-builds-index', () => {
  it('flags ADD UNIQUE and fixes it with CREATE UNIQUE INDEX CONCURRENTLY + USING INDEX', () => {
    const sql = 'ALTER TABLE users\n  ADD CONSTRAINT users_email_key UNIQUE NULLS NOT DISTINCT (email);';
    const f = file(sql, { steps: [base], traces: { 0: { locks: [lock('users', 'AccessExclusiveLock')] } } });
    const [finding] = run(uniqueConstraintBuildsIndex, context([f], { base }));
    expect(finding.line).toBe(1);
    expect(finding.verified).toBe('trace');
    expect(applyEdits(sql, finding.draft.fix!.edits)).toBe(
      'CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email) NULLS NOT DISTINCT;\n' +
        'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;',
    );
  });

  it('says the constraint also fails on existing duplicates, with the query that finds them', () => {
    const f = file('ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);', { steps: [base] });
    const [finding] = run(uniqueConstraintBuildsIndex, context([f], { base }));
    expect(finding.message).toContain('It also fails if existing rows repeat a value of (email); find them first: SELECT email, count(*) FROM users GROUP BY email HAVING count(*) > 1;');
  });

  it('names an unnamed PRIMARY KEY by convention and warns about nullable columns', () => {
    const bare = catalog(table('events', { columns: [column('id', 'bigint')] }));
    const [finding] = run(uniqueConstraintBuildsIndex, context([file('ALTER TABLE events ADD PRIMARY KEY (id);', { steps: [bare] })], { base: bare }));
    expect(finding.message).toContain('ADD PRIMARY KEY events_pkey');
    expect(finding.help).toContain('id is nullable');
  });

  it('explains that EXCLUDE has no USING INDEX route, and flags ADD COLUMN ... UNIQUE', () => {
    const sql = 'ALTER TABLE orders ADD EXCLUDE USING gist (id WITH =);\nALTER TABLE orders ADD COLUMN code text UNIQUE;';
    const found = run(uniqueConstraintBuildsIndex, context([file(sql, { steps: [base] })], { base }));
    expect(found.map((x) => x.line)).toEqual([1, 2]);
    expect(found[0].help).toContain('no USING INDEX');
    expect(found[0].draft.fix).toBeUndefined();
    expect(found[1].message).toContain('ADD COLUMN code ... UNIQUE');
  });

  it('leaves ADD COLUMN ... NOT NULL UNIQUE without a default to add-column-required (it fails on any row)', () => {
    const sql = "ALTER TABLE orders ADD COLUMN code text NOT NULL UNIQUE;\nALTER TABLE orders ADD COLUMN ref text NOT NULL DEFAULT '' UNIQUE;";
    const found = run(uniqueConstraintBuildsIndex, context([file(sql, { steps: [base] })], { base }));
    expect(found.map((x) => x.line)).toEqual([2]);
  });

  it('is silent for USING INDEX and for tables of the pull request', () => {
    const withNew = catalog(orders, users, table('fresh'));
    const sql = 'ALTER TABLE users ADD CONSTRAINT k UNIQUE USING INDEX k;\nALTER TABLE fresh ADD PRIMARY KEY (id);';
    expect(run(uniqueConstraintBuildsIndex, context([file(sql, { steps: [withNew] })], { base }))).toEqual([]);
  });
});

describe('table-rewrite-command', () => {
  it('flags VACUUM FULL, CLUSTER, SET TABLESPACE and SET LOGGED/UNLOGGED on existing tables', () => {
    const sql = [
      'VACUUM FULL orders;',
      'CLUSTER orders USING orders_status_idx;',
      'ALTER TABLE users SET TABLESPACE fast;',
      'ALTER TABLE users SET UNLOGGED;',
      'VACUUM (FULL, ANALYZE);',
    ].join('\n');
    const f = file(sql, { steps: [base], traces: { 1: { rewritten: ['public.orders', 'public.orders_status_idx'] } } });
    const found = run(tableRewriteCommand, context([f], { base }));
    expect(found.map((x) => [x.line, x.verified])).toEqual([[1, 'static'], [2, 'trace'], [3, 'static'], [4, 'static'], [5, 'static']]);
    expect(found[0].message).toContain('VACUUM FULL rewrites existing table orders while holding ACCESS EXCLUSIVE');
    expect(found[4].message).toContain('existing tables orders, users');
    expect(found[0].help).toContain('pg_repack');
  });

  it('is trace-verified only on a rewrite the replay saw, and silent when the replay saw none', () => {
    const sql = 'ALTER TABLE users SET UNLOGGED;';
    const lockOnly = { locks: [lock('users', 'AccessExclusiveLock')] };
    // The ACCESS EXCLUSIVE lock is no rewrite: a statement that ran with the lock and kept the storage file rewrote nothing.
    expect(run(tableRewriteCommand, context([file(sql, { steps: [base], traces: { 0: lockOnly } })], { base }))).toEqual([]);
    const rewritten = run(tableRewriteCommand, context([file(sql, { steps: [base], traces: { 0: { ...lockOnly, rewritten: ['public.users'] } } })], { base }));
    expect(rewritten.map((x) => x.verified)).toEqual(['trace']);
  });

  it('reads the rewrite of a partitioned table on its partitions', () => {
    const parts = catalog(orders, users, table('events', { kind: 'partitioned' }), { ...table('events_2024'), partitionOf: 'public.events' });
    const judge = (rewritten: string[]) =>
      run(tableRewriteCommand, context([file('VACUUM FULL events;', { steps: [parts], traces: { 0: { lockSource: 'static', rewritten } } })], { base: parts }));
    expect(judge(['public.events_2024']).map((x) => x.verified)).toEqual(['trace']);
    expect(judge([])).toEqual([]);
  });

  it('is silent for VACUUM (FULL FALSE), SET LOGGED on a logged table and SET UNLOGGED on an unlogged one', () => {
    const unlogged = catalog(orders, { ...users, persistence: 'unlogged' });
    const sql = 'VACUUM (FULL FALSE) orders;\nVACUUM (FULL off, ANALYZE) orders;\nALTER TABLE orders SET LOGGED;\nALTER TABLE users SET UNLOGGED;';
    expect(run(tableRewriteCommand, context([file(sql, { steps: [unlogged] })], { base: unlogged }))).toEqual([]);
    const full = 'VACUUM (FULL TRUE) orders;\nVACUUM (FULL) orders;\nALTER TABLE users SET LOGGED;';
    expect(run(tableRewriteCommand, context([file(full, { steps: [unlogged] })], { base: unlogged })).map((x) => x.line)).toEqual([1, 2, 3]);
  });

  it('is silent for plain VACUUM and new tables', () => {
    const withNew = catalog(orders, users, table('fresh', { oid: 900 }));
    const sql = 'VACUUM orders;\nVACUUM FULL fresh;\nCLUSTER fresh;\nALTER TABLE fresh SET LOGGED;';
    expect(run(tableRewriteCommand, context([file(sql, { steps: [withNew] })], { base }))).toEqual([]);
  });
});

describe('refresh-without-concurrently', () => {
  const mv = table('order_totals', { kind: 'matview', columns: [column('user_id', 'bigint')] });
  const mvIndexed = { ...mv, indexes: [index('order_totals', 'order_totals_user_id_key', ['user_id'], { unique: true })] };

  it('flags a plain refresh and fixes it with CONCURRENTLY when a unique index exists', () => {
    const b = catalog(orders, mvIndexed);
    const sql = 'REFRESH MATERIALIZED VIEW order_totals;';
    const f = file(sql, { steps: [b], traces: { 0: { locks: [lock('order_totals', 'AccessExclusiveLock', 'matview')] } } });
    const [finding] = run(refreshWithoutConcurrently, context([f], { base: b }));
    expect(finding.verified).toBe('trace');
    expect(finding.message).toContain('every read of order_totals waits');
    expect(applyEdits(sql, finding.draft.fix!.edits)).toBe('REFRESH MATERIALIZED VIEW CONCURRENTLY order_totals;');
  });

  it('says a unique index is needed first when there is none, without a fix', () => {
    const b = catalog(orders, { ...mv, indexes: [index('order_totals', 'partial_key', ['user_id'], { unique: true, predicate: '(user_id > 0)' })] });
    const [finding] = run(refreshWithoutConcurrently, context([file('REFRESH MATERIALIZED VIEW order_totals;', { steps: [b] })], { base: b }));
    expect(finding.help).toContain('has no unique index');
    expect(finding.draft.fix).toBeUndefined();
  });

  it('is silent for CONCURRENTLY, WITH NO DATA and views of the pull request', () => {
    const b = catalog(orders, mvIndexed);
    const withNew = catalog(orders, mvIndexed, { ...mv, name: 'fresh_view', oid: 99 });
    const sql = 'REFRESH MATERIALIZED VIEW CONCURRENTLY order_totals;\nREFRESH MATERIALIZED VIEW order_totals WITH NO DATA;\nREFRESH MATERIALIZED VIEW fresh_view;';
    expect(run(refreshWithoutConcurrently, context([file(sql, { steps: [withNew] })], { base: b }))).toEqual([]);
  });
});

describe('lock-timeout-missing', () => {
  it('fires once, at the first statement blocking an existing table, and inserts SET LOCAL lock_timeout before it in a transaction', () => {
    const sql = '-- +goose Up\nCREATE TABLE fresh (id bigint);\n  ALTER TABLE orders ADD COLUMN x int;\nCREATE INDEX i ON users (email);';
    const f = file(sql, { framework: 'goose', transaction: 'wrapped', steps: [base], traces: { 1: { locks: [lock('orders', 'AccessExclusiveLock')] } } });
    const [finding, ...rest] = run(lockTimeoutMissing, context([f], { base }));
    expect(rest).toEqual([]);
    expect(finding.line).toBe(3);
    expect(finding.verified).toBe('trace');
    expect(finding.message).toContain('ACCESS EXCLUSIVE on existing table orders');
    expect(applyEdits(sql, finding.draft.fix!.edits)).toBe(
      "-- +goose Up\nCREATE TABLE fresh (id bigint);\n  SET LOCAL lock_timeout = '5s';\n  ALTER TABLE orders ADD COLUMN x int;\nCREATE INDEX i ON users (email);",
    );
    expect(finding.help).toContain("SET LOCAL lock_timeout = '5s';");
  });

  it('inserts a plain SET lock_timeout when the statement runs outside any transaction', () => {
    const sql = 'CREATE TABLE fresh (id bigint);\nALTER TABLE orders ADD COLUMN x int;';
    const f = file(sql, { steps: [base], traces: { 1: { locks: [lock('orders', 'AccessExclusiveLock')] } } });
    const [finding] = run(lockTimeoutMissing, context([f], { base }));
    expect(applyEdits(sql, finding.draft.fix!.edits)).toBe("CREATE TABLE fresh (id bigint);\nSET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN x int;");
  });

  it('is satisfied by SET, SET LOCAL in the same transaction and set_config', () => {
    const ctx = (sql: string, inTransaction = false) => context([file(sql, { steps: [base], inTransaction })], { base });
    expect(run(lockTimeoutMissing, ctx("SET lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN x int;"))).toEqual([]);
    expect(run(lockTimeoutMissing, ctx("SET LOCAL lock_timeout TO '2s';\nALTER TABLE orders ADD COLUMN x int;", true))).toEqual([]);
    expect(run(lockTimeoutMissing, ctx("SELECT set_config('lock_timeout', '3s', false);\nDROP INDEX orders_status_idx;"))).toEqual([]);
  });

  it('is not satisfied by a timeout turned off, SET LOCAL outside a transaction, or locks that let reads and writes go on', () => {
    const ctx = (sql: string) => context([file(sql, { steps: [base] })], { base });
    expect(run(lockTimeoutMissing, ctx("SET lock_timeout = '2s';\nRESET lock_timeout;\nCREATE INDEX i ON orders (note);"))[0].line).toBe(3);
    expect(run(lockTimeoutMissing, ctx("SET lock_timeout = 0;\nCREATE INDEX i ON orders (note);"))[0].line).toBe(2);
    expect(run(lockTimeoutMissing, ctx("SET LOCAL lock_timeout = '1s';\nCREATE INDEX i ON orders (note);"))[0].line).toBe(2);
    expect(run(lockTimeoutMissing, ctx('CREATE INDEX CONCURRENTLY i ON orders (note);\nALTER TABLE orders VALIDATE CONSTRAINT c;'))).toEqual([]);
  });
});

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
    expect(finding.line).toBe(2);
    expect(finding.verified).toBe('trace');
    expect(finding.message).toContain('ACCESS EXCLUSIVE on existing table orders');
    expect(finding.message).toContain('a later statement of the same transaction does work that grows with the data: line 5 (DELETE: deletes rows of users)');
  });

  it('leaves slow work on the locked table itself to that statement\'s own finding, except a VALIDATE CONSTRAINT', () => {
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
      'ALTER TABLE orders ADD COLUMN carrier text DEFAULT \'post\';',
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
    const proof = catalog({ ...orders, constraints: [check('orders_note_not_null', 'CHECK (note IS NOT NULL)')] }, users, table('fresh'));
    const last = 'CREATE INDEX i ON orders (note);\nALTER TABLE orders ALTER COLUMN note SET NOT NULL;\nALTER TABLE orders DROP CONSTRAINT orders_note_not_null;\nCOMMENT ON TABLE orders IS \'x\';';
    expect(run(lockHeldAcrossStatements, context([file(last, { transaction: 'wrapped', steps: [proof] })], { base }))).toEqual([]);
    const alone = 'ALTER TABLE orders ADD COLUMN a int;\nALTER TABLE orders ADD COLUMN b int;';
    expect(run(lockHeldAcrossStatements, context([file(alone, { steps: [proof] })], { base }))).toEqual([]);
    const fresh = 'ALTER TABLE fresh ADD COLUMN a int;\nCREATE INDEX j ON fresh (a);';
    expect(run(lockHeldAcrossStatements, context([file(fresh, { transaction: 'wrapped', steps: [proof] })], { base }))).toEqual([]);
  });
});
