// The tracer records the search_path each statement ran with, as PostgreSQL had it: SET, SET
// LOCAL and set_config, reverted at COMMIT (LOCAL) and ROLLBACK, RESET; and statements run
// outside a block (whose locks come from the static table) name their tables on that path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReplaySession } from '../../src/replay/session.js';
import { parseSearchPath } from '../../src/replay/search-path.js';
import { statementsOf } from './statements.js';

describe('parseSearchPath', () => {
  it('reads current_setting as PostgreSQL splits it: unquoted folded, quoted kept, implicit schemas left out', () => {
    expect(parseSearchPath('"$user", public')).toEqual(['public']);
    expect(parseSearchPath('App, "My ""Schema""", pg_catalog, pg_temp')).toEqual(['app', 'My "Schema"']);
    expect(parseSearchPath('"a,b" ,  c')).toEqual(['a,b', 'c']);
    expect(parseSearchPath('')).toEqual([]);
  });
});

describe('search_path on each traced step', () => {
  let session: ReplaySession;
  beforeAll(async () => {
    session = await ReplaySession.start();
    await session.replayBaseFile('base.sql', 'CREATE SCHEMA app; CREATE TABLE app.accounts (id bigint PRIMARY KEY, email text);');
  }, 60_000);
  afterAll(async () => {
    await session?.close();
  });

  const paths = (run: Awaited<ReturnType<ReplaySession['runFile']>>): (string[] | undefined)[] => run.steps.map((s) => s.trace.searchPath);

  it('SET applies to the following statements; SET LOCAL and set_config(..., true) end with their transaction', async () => {
    const run = await session.runFile(
      'a.sql',
      statementsOf(
        [
          'SET search_path TO app, public;', //                       0: default path
          'SELECT 1;', //                                             1: app, public
          'BEGIN;', //                                                2
          'SET LOCAL search_path TO public;', //                      3
          'SELECT 2;', //                                             4: public
          'COMMIT;', //                                               5
          "SELECT set_config('search_path', 'other', true);", //      6: app, public (outside a block: ends at once)
          'SELECT 3;', //                                             7: app, public
          "SELECT set_config('search_path', '\"Q\", app', false);", // 8
          'SELECT 4;', //                                             9: Q, app
          'BEGIN;', //                                               10
          'SET search_path TO public;', //                           11
          'ROLLBACK;', //                                            12: public
          'SELECT 5;', //                                            13: Q, app again
          'RESET search_path;', //                                   14
          'SELECT 6;', //                                            15: default
        ].join('\n'),
      ),
      'none',
    );
    const p = paths(run);
    expect(p[0]).toEqual(['public']);
    expect(p[1]).toEqual(['app', 'public']);
    expect(p[4]).toEqual(['public']);
    expect(p[7]).toEqual(['app', 'public']);
    expect(p[9]).toEqual(['Q', 'app']);
    expect(p[12]).toEqual(['public']);
    expect(p[13]).toEqual(['Q', 'app']);
    expect(p[15]).toEqual(['public']);
  }, 60_000);

  it('a statement run outside a block names its table on the path (static locks)', async () => {
    const run = await session.runFile(
      'b.sql',
      statementsOf('SET search_path TO app, public;\nCREATE INDEX CONCURRENTLY accounts_email_idx ON accounts (email);\nRESET search_path;'),
      'none',
    );
    const index = run.steps[1].trace;
    expect(index.outcome).toBe('ok');
    expect(index.searchPath).toEqual(['app', 'public']);
    expect(index.lockSource).toBe('static');
    expect(index.locks.map((l) => [l.table, l.mode])).toEqual([['app.accounts', 'ShareUpdateExclusiveLock']]);
  }, 60_000);
});

describe('the files under review start a new session', () => {
  it('a base file that sets search_path for its session does not change how the reviewed files resolve names', async () => {
    const session = await ReplaySession.start();
    try {
      await session.replayBaseFile('base.sql', 'CREATE SCHEMA app; SET search_path TO app, public; CREATE TABLE accounts (id bigint);');
      const run = await session.runFile('pr.sql', statementsOf('SELECT 1;'), 'none');
      // As on a replay loaded from the cache, and as a deploy's new connection has it.
      expect(run.steps[0].trace.searchPath).toEqual(['public']);
    } finally {
      await session.close();
    }
  }, 120_000);

  it('takes the ALTER DATABASE and ALTER ROLE defaults a new connection would take, role over database', async () => {
    const session = await ReplaySession.start();
    try {
      await session.replayBaseFile(
        'base.sql',
        `CREATE SCHEMA app; CREATE SCHEMA extensions;
         DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET search_path = app, public', current_database()); END $$;`,
      );
      const first = await session.runFile('pr1.sql', statementsOf('SELECT 1;'), 'none');
      expect(first.steps[0].trace.searchPath).toEqual(['app', 'public']);
    } finally {
      await session.close();
    }
    const withRole = await ReplaySession.start();
    try {
      await withRole.replayBaseFile(
        'base.sql',
        `CREATE SCHEMA app; CREATE SCHEMA extensions;
         DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET search_path = app, public', current_database()); END $$;
         ALTER ROLE CURRENT_USER SET search_path = public, extensions;`,
      );
      const run = await withRole.runFile('pr1.sql', statementsOf('SELECT 1;'), 'none');
      expect(run.steps[0].trace.searchPath).toEqual(['public', 'extensions']);
    } finally {
      await withRole.close();
    }
  }, 120_000);
});
