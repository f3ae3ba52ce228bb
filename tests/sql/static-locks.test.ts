import { describe, expect, it } from 'vitest';
import type { LockMode } from '../../src/core/trace-types.js';
import { staticLocks, strongerLock } from '../../src/sql/static-locks.js';
import { statementsOf } from '../replay/statements.js';

const indexTables: Record<string, string> = { 'public.users_email': 'public.users', 'app.i1': 'app.t1' };

function locks(sql: string): [string, LockMode][] {
  const [s] = statementsOf(sql);
  return staticLocks(s.ast, (name) => indexTables[name]).map((l) => [l.relation, l.mode]);
}

describe('staticLocks', () => {
  it('knows the statements that cannot run in a transaction block', () => {
    expect(locks('create index concurrently on users (email)')).toEqual([['public.users', 'ShareUpdateExclusiveLock']]);
    expect(locks('drop index concurrently users_email')).toEqual([
      ['public.users_email', 'ShareUpdateExclusiveLock'],
      ['public.users', 'ShareUpdateExclusiveLock'],
    ]);
    expect(locks('reindex index concurrently users_email')).toEqual([
      ['public.users_email', 'ShareUpdateExclusiveLock'],
      ['public.users', 'ShareUpdateExclusiveLock'],
    ]);
    expect(locks('reindex table concurrently users')).toEqual([['public.users', 'ShareUpdateExclusiveLock']]);
    expect(locks('vacuum users, app.t1')).toEqual([['public.users', 'ShareUpdateExclusiveLock'], ['app.t1', 'ShareUpdateExclusiveLock']]);
    expect(locks('vacuum (full, analyze) users')).toEqual([['public.users', 'AccessExclusiveLock']]);
    expect(locks('alter table events detach partition events_2020 concurrently')).toEqual([
      ['public.events_2020', 'AccessExclusiveLock'],
      ['public.events', 'ShareUpdateExclusiveLock'],
    ]);
  });

  it('knows plain DDL for engines older than the replay engine', () => {
    expect(locks('create index on app.t1 (a)')).toEqual([['app.t1', 'ShareLock']]);
    expect(locks('drop index app.i1')).toEqual([['app.i1', 'AccessExclusiveLock'], ['app.t1', 'AccessExclusiveLock']]);
    expect(locks('reindex index users_email')).toEqual([['public.users_email', 'AccessExclusiveLock'], ['public.users', 'ShareLock']]);
    expect(locks('alter table users add constraint fk foreign key (org_id) references orgs (id) not valid')).toEqual([
      ['public.orgs', 'ShareRowExclusiveLock'],
      ['public.users', 'ShareRowExclusiveLock'],
    ]);
    expect(locks('alter table users validate constraint fk')).toEqual([['public.users', 'ShareUpdateExclusiveLock']]);
    expect(locks('alter table users alter column id set not null')).toEqual([['public.users', 'AccessExclusiveLock']]);
    expect(locks('alter table users set (fillfactor = 70)')).toEqual([['public.users', 'ShareUpdateExclusiveLock']]);
    // The strongest subcommand wins.
    expect(locks('alter table users set (fillfactor = 70), add column a int')).toEqual([['public.users', 'AccessExclusiveLock']]);
    expect(locks('alter table users disable trigger all')).toEqual([['public.users', 'ShareRowExclusiveLock']]);
    expect(locks('alter table users rename column a to b')).toEqual([['public.users', 'AccessExclusiveLock']]);
    expect(locks('alter index users_email rename to users_mail')).toEqual([['public.users_email', 'ShareUpdateExclusiveLock']]);
    expect(locks('create trigger t after insert on users for each row execute function f()')).toEqual([['public.users', 'ShareRowExclusiveLock']]);
    expect(locks('create table child (id int, user_id int references users (id))')).toEqual([['public.users', 'ShareRowExclusiveLock']]);
    expect(locks('refresh materialized view concurrently stats')).toEqual([['public.stats', 'ExclusiveLock']]);
    expect(locks('lock table users in share row exclusive mode')).toEqual([['public.users', 'ShareRowExclusiveLock']]);
    expect(locks('truncate users, orgs')).toEqual([['public.users', 'AccessExclusiveLock'], ['public.orgs', 'AccessExclusiveLock']]);
    expect(locks('comment on column app.t1.a is $$x$$')).toEqual([['app.t1', 'ShareUpdateExclusiveLock']]);
  });

  it('names the index owner only when it is known', () => {
    const [s] = statementsOf('drop index concurrently unknown_idx');
    expect(staticLocks(s.ast)).toEqual([{ relation: 'public.unknown_idx', relkind: 'index', table: 'public.unknown_idx', mode: 'ShareUpdateExclusiveLock' }]);
    expect(staticLocks(statementsOf('select 1')[0].ast)).toEqual([]);
  });

  it('orders lock modes by strength', () => {
    expect(strongerLock('ShareLock', 'ShareUpdateExclusiveLock')).toBe('ShareLock');
    expect(strongerLock('RowExclusiveLock', 'AccessExclusiveLock')).toBe('AccessExclusiveLock');
  });
});
