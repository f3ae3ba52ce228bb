import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LockTaken } from '../../src/core/trace-types.js';
import { ReplaySession, type ReplayedStep } from '../../src/replay/session.js';
import { baseStatementsOf, statementsOf } from './statements.js';

let session: ReplaySession;

beforeAll(async () => {
  session = await ReplaySession.start({ extensions: ['pgcrypto', 'pg_trgm', 'uuid-ossp', 'citext', 'postgis'], statementTimeoutMs: 1000 });
});
afterAll(async () => {
  await session?.close();
});

/** Tables are named per test so tests stay independent on the one shared database. */
async function base(sql: string): Promise<void> {
  expect(await session.replayBaseFile('base.sql', sql, baseStatementsOf(sql))).toEqual([]);
}

function lockOn(step: ReplayedStep, relation: string): string[] {
  return step.trace.locks.filter((l: LockTaken) => l.relation === relation).map((l) => l.mode);
}

describe('locks and rewrites seen by replay', () => {
  it('CREATE INDEX takes a ShareLock on the table', async () => {
    await base('create table ci_users (id int primary key, email text);');
    const run = await session.runFile('m.sql', statementsOf('create index ci_email on ci_users (email);'), 'none');
    const [step] = run.steps;
    expect(step.trace.outcome).toBe('ok');
    expect(step.trace.lockSource).toBe('trace');
    expect(lockOn(step, 'public.ci_users')).toEqual(['ShareLock']);
    expect(step.trace.inTransaction).toBe(false);
    expect(step.trace.altered).toEqual(['public.ci_users']);
    expect(step.after.tables['public.ci_users'].indexes.map((i) => i.name)).toContain('ci_email');
    expect(step.before.tables['public.ci_users'].indexes.map((i) => i.name)).not.toContain('ci_email');
  });

  it('ADD FOREIGN KEY locks both tables with ShareRowExclusiveLock', async () => {
    await base('create table fk_orgs (id int primary key); create table fk_users (id int primary key, org_id int);');
    const run = await session.runFile(
      'm.sql',
      statementsOf('alter table fk_users add constraint fk_users_org foreign key (org_id) references fk_orgs (id) not valid;'),
      'wrapped',
    );
    const [step] = run.steps;
    expect(lockOn(step, 'public.fk_users')).toContain('ShareRowExclusiveLock');
    expect(lockOn(step, 'public.fk_orgs')).toContain('ShareRowExclusiveLock');
    const fk = step.after.tables['public.fk_users'].constraints.find((c) => c.name === 'fk_users_org');
    expect(fk).toMatchObject({ kind: 'foreign', validated: false, references: { table: 'public.fk_orgs', columns: ['id'] } });
  });

  it('int -> bigint takes AccessExclusiveLock and rewrites the table and its indexes', async () => {
    await base('create table ty_events (id int primary key, ref int); create index ty_events_ref on ty_events (ref);');
    const run = await session.runFile('m.sql', statementsOf('alter table ty_events alter column ref type bigint;'), 'wrapped');
    const [step] = run.steps;
    expect(lockOn(step, 'public.ty_events')).toContain('AccessExclusiveLock');
    expect(step.trace.rewritten).toEqual(['public.ty_events', 'public.ty_events_pkey', 'public.ty_events_ref']);
    expect(step.after.tables['public.ty_events'].columns.find((c) => c.name === 'ref')?.type).toBe('bigint');
  });

  it('widening varchar and varchar -> text do not rewrite', async () => {
    await base('create table vc_t (id int primary key, name varchar(50)); create index vc_t_name on vc_t (name);');
    const run = await session.runFile(
      'm.sql',
      statementsOf('alter table vc_t alter column name type varchar(100);\nalter table vc_t alter column name type text;'),
      'none',
    );
    expect(run.steps.map((s) => s.trace.outcome)).toEqual(['ok', 'ok']);
    expect(run.steps.map((s) => s.trace.rewritten)).toEqual([[], []]);
    expect(lockOn(run.steps[0], 'public.vc_t')).toContain('AccessExclusiveLock');
    expect(run.steps[0].after.tables['public.vc_t'].columns[1].type).toBe('character varying(100)');
    expect(run.steps[1].after.tables['public.vc_t'].columns[1].type).toBe('text');
  });

  it('ADD COLUMN DEFAULT now() does not rewrite; DEFAULT gen_random_uuid() does', async () => {
    await base('create table ac_t (id int primary key);');
    const run = await session.runFile(
      'm.sql',
      statementsOf('alter table ac_t add column created_at timestamptz default now();\nalter table ac_t add column uid uuid default gen_random_uuid();'),
      'none',
    );
    expect(run.steps[0].trace.rewritten).toEqual([]);
    expect(run.steps[1].trace.rewritten).toEqual(['public.ac_t', 'public.ac_t_pkey']);
    const cols = run.steps[1].after.tables['public.ac_t'].columns;
    expect(cols.find((c) => c.name === 'created_at')?.defaultVolatility).toBe('stable');
    expect(cols.find((c) => c.name === 'uid')?.defaultVolatility).toBe('volatile');
  });
});

describe('transactions as production runs the file', () => {
  it('CREATE INDEX CONCURRENTLY in a wrapped file runs, with static locks, and counts as in a transaction', async () => {
    await base('create table cc_t (id int primary key, a int);');
    const run = await session.runFile(
      'm.sql',
      statementsOf('alter table cc_t add column b int;\ncreate index concurrently cc_t_a on cc_t (a);\nalter table cc_t add column c int;'),
      'wrapped',
    );
    const [first, conc, last] = run.steps;
    expect(conc.trace).toMatchObject({ outcome: 'ok', lockSource: 'static', inTransaction: true });
    expect(conc.trace.locks).toEqual([{ relation: 'public.cc_t', relkind: 'table', table: 'public.cc_t', mode: 'ShareUpdateExclusiveLock' }]);
    expect(first.transactionId).not.toBeNull();
    expect(new Set([first.transactionId, conc.transactionId, last.transactionId]).size).toBe(1);
    expect(last.trace.inTransaction).toBe(true);
    const final = run.catalog.tables['public.cc_t'];
    expect(final.columns.map((c) => c.name)).toEqual(['id', 'a', 'b', 'c']);
    expect(final.indexes.map((i) => i.name)).toContain('cc_t_a');
  });

  it('records an error in the middle of a wrapped file and still runs the rest', async () => {
    await base('create table er_t (id int primary key);');
    const run = await session.runFile(
      'm.sql',
      statementsOf('alter table er_t add column a int;\nalter table er_missing add column b int;\nalter table er_t add column c int;'),
      'wrapped',
    );
    expect(run.steps.map((s) => s.trace.outcome)).toEqual(['ok', 'error', 'ok']);
    expect(run.steps[1].trace.error).toMatchObject({ code: '42P01', message: 'relation "er_missing" does not exist' });
    expect(run.steps[1].after).toBe(run.steps[1].before);
    expect(run.catalog.tables['public.er_t'].columns.map((c) => c.name)).toEqual(['id', 'a', 'c']);
    // Committed: a later file sees the columns.
    expect((await session.catalog()).tables['public.er_t'].columns).toHaveLength(3);
  });

  it('reports only the locks a statement newly takes inside a block', async () => {
    await base('create table nb_a (id int primary key); create table nb_b (id int primary key);');
    const run = await session.runFile('m.sql', statementsOf('alter table nb_a add column x int;\nalter table nb_b add column y int;'), 'wrapped');
    expect(lockOn(run.steps[0], 'public.nb_a')).toContain('AccessExclusiveLock');
    expect(lockOn(run.steps[1], 'public.nb_a')).toEqual([]);
    expect(lockOn(run.steps[1], 'public.nb_b')).toContain('AccessExclusiveLock');
  });

  it('an explicit BEGIN ... ROLLBACK really rolls back', async () => {
    await base('create table rb_t (id int primary key);');
    const run = await session.runFile(
      'm.sql',
      statementsOf('begin;\nalter table rb_t add column gone int;\nrollback;\nalter table rb_t add column kept int;'),
      'none',
    );
    expect(run.steps.map((s) => s.trace.outcome)).toEqual(['skipped', 'ok', 'skipped', 'ok']);
    expect(run.steps.map((s) => s.trace.inTransaction)).toEqual([true, true, true, false]);
    expect(run.steps[1].transactionId).toBe(run.steps[0].transactionId);
    expect(run.steps[3].transactionId).toBeNull();
    expect(run.steps[2].after.tables['public.rb_t'].columns.map((c) => c.name)).toEqual(['id']);
    expect(run.catalog.tables['public.rb_t'].columns.map((c) => c.name)).toEqual(['id', 'kept']);
  });

  it('a multi-statement implicit file is one block; a single statement is not', async () => {
    await base('create table im_t (id int primary key);');
    const multi = await session.runFile('m.sql', statementsOf('alter table im_t add column a int;\nalter table im_t add column b int;'), 'implicit');
    expect(multi.steps.map((s) => s.trace.inTransaction)).toEqual([true, true]);
    const single = await session.runFile('s.sql', statementsOf('create index concurrently im_t_a on im_t (a);'), 'implicit');
    expect(single.steps[0].trace).toMatchObject({ outcome: 'ok', inTransaction: false, lockSource: 'static' });
  });
});

describe('what the embedded engine cannot replay', () => {
  it('installs shipped contrib extensions', async () => {
    const run = await session.runFile(
      'm.sql',
      statementsOf(
        'create extension if not exists pgcrypto;\ncreate extension if not exists pg_trgm;\ncreate extension if not exists "uuid-ossp";\ncreate extension if not exists citext;\n' +
          'create table ex_t (id uuid default uuid_generate_v4(), email citext, h text default encode(digest(\'x\', \'sha256\'), \'hex\'));\n' +
          'create index ex_t_trgm on ex_t using gin ((email::text) gin_trgm_ops);',
      ),
      'wrapped',
    );
    expect(run.steps.map((s) => s.trace.outcome)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
    expect(run.catalog.extensions).toEqual(expect.arrayContaining(['pgcrypto', 'pg_trgm', 'uuid-ossp', 'citext']));
  });

  it('CREATE EXTENSION postgis is not replayable', async () => {
    const run = await session.runFile('m.sql', statementsOf('create extension postgis;'), 'none');
    expect(run.steps[0].trace.outcome).toBe('not-replayable');
    expect(run.steps[0].trace.error).toMatchObject({ code: '0A000', message: 'extension "postgis" is not available' });
  });

  it('a role that does not exist is not replayable', async () => {
    await base('create table ro_t (id int);');
    const run = await session.runFile('m.sql', statementsOf('grant select on ro_t to authenticated;'), 'wrapped');
    expect(run.steps[0].trace.outcome).toBe('not-replayable');
    expect(run.steps[0].trace.error?.code).toBe('42704');
  });

  it('base files report problems with their lines and keep the statements that work', async () => {
    const sql = 'create table bp_a (id int primary key);\n\ncreate table bp_b (id int references bp_nope (id));\ncreate table bp_c (id int);';
    const problems = await session.replayBaseFile('history/002.sql', sql, baseStatementsOf(sql));
    expect(problems).toEqual([
      { path: 'history/002.sql', line: 3, message: '42P01: relation "bp_nope" does not exist', code: '42P01', notReplayable: false },
    ]);
    const tables = (await session.catalog()).tables;
    expect(tables['public.bp_a']).toBeDefined();
    expect(tables['public.bp_c']).toBeDefined();
  });
});

describe('base files sent together', () => {
  const file = (path: string, sql: string) => ({ path, sql, statements: baseStatementsOf(sql) });

  it('gives each file its own problems and transaction, and goes on after a failing file', async () => {
    const problems = await session.replayBaseFiles([
      file('h/1.sql', 'create table bb_a (id int primary key);'),
      file('h/2.sql', 'create table bb_b (id int);\ncreate table bb_c (id int references bb_nope (id));'),
      file('h/3.sql', 'create index concurrently bb_a_id on bb_a (id);'),
      file('h/4.sql', 'alter table bb_a add column note text;'),
      file('h/5.sql', 'do $$ begin loop end loop; end $$;'),
      file('h/6.sql', 'create table bb_d (a_id int references bb_a (id));'),
    ]);
    expect(problems.map((p) => p.map((x) => `${x.path}:${x.line} ${x.code}`))).toEqual([[], ['h/2.sql:2 42P01'], [], [], ['h/5.sql:1 57014'], []]);
    const tables = (await session.catalog()).tables;
    // The failing file's statement that worked is kept, as when it is run alone.
    expect(tables['public.bb_b']).toBeDefined();
    expect(tables['public.bb_c']).toBeUndefined();
    expect(tables['public.bb_a'].columns.map((c) => c.name)).toEqual(['id', 'note']);
    expect(tables['public.bb_a'].indexes.map((i) => i.name)).toContain('bb_a_id');
    expect(tables['public.bb_d']).toBeDefined();
  });
});

describe('time limit', () => {
  it('stops a statement past the limit and keeps the earlier state', async () => {
    await base('create table to_t (id int primary key);');
    const run = await session.runFile(
      'm.sql',
      statementsOf('alter table to_t add column a int;\ndo $$ begin loop end loop; end $$;\nalter table to_t add column b int;'),
      'wrapped',
    );
    expect(run.steps.map((s) => s.trace.outcome)).toEqual(['ok', 'timeout', 'ok']);
    expect(run.steps[1].trace.error?.message).toMatch(/time limit/);
    expect(session.restarts).toBeGreaterThan(0);
    // Base tables of earlier tests and this file's own statements survived the restart.
    const tables = (await session.catalog()).tables;
    expect(tables['public.ci_users'].indexes.map((i) => i.name)).toContain('ci_email');
    expect(tables['public.to_t'].columns.map((c) => c.name)).toEqual(['id', 'a', 'b']);
  });

  it('a base file that runs too long loses only the stopped statement', async () => {
    const sql = 'create table bt_a (id int);\ndo $$ begin loop end loop; end $$;\ncreate table bt_b (id int);';
    const problems = await session.replayBaseFile('history/slow.sql', sql, baseStatementsOf(sql));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 2, code: '57014', notReplayable: false });
    const tables = (await session.catalog()).tables;
    expect(tables['public.bt_a']).toBeDefined();
    expect(tables['public.bt_b']).toBeDefined();
  });

  it('stops a CPU-bound statement that never yields', async () => {
    const run = await session.runFile('m.sql', statementsOf('select count(*) from generate_series(1, 1e12);'), 'none');
    // Stopped either by the engine's statement_timeout or, on a machine too busy for that to fire
    // first, by the session's own limit: never left running.
    const trace = run.steps[0].trace;
    expect(['timeout', 'error']).toContain(trace.outcome);
    expect(trace.error?.message).toMatch(/time limit|statement timeout/);
    expect((await session.catalog()).tables['public.to_t']).toBeDefined();
  });
});
