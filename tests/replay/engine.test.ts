import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EngineCrashError,
  EngineMemoryError,
  EngineStoppedError,
  EngineTimeoutError,
  PgError,
  PgliteEngine,
  WORKER_BUNDLE_NAME,
  workerScriptUrl,
} from '../../src/replay/engine.js';
import { classifyError } from '../../src/replay/classify-error.js';
import { isShippedExtension } from '../../src/replay/extensions.js';

let engine: PgliteEngine;

beforeAll(async () => {
  engine = await PgliteEngine.start({ extensions: ['pgcrypto', 'postgis'], statementTimeoutMs: 1000 });
});
afterAll(async () => {
  await engine?.close();
});

describe('PgliteEngine', () => {
  it('runs SQL in a worker and returns rows', async () => {
    await engine.exec('create table e_t (id int primary key, name text)');
    await engine.query('insert into e_t values ($1, $2)', [1, 'a']);
    expect(await engine.query('select id, name from e_t')).toEqual([{ id: 1, name: 'a' }]);
    expect(engine.loadedExtensions).toEqual(['pgcrypto']);
  });

  it('starts a worker built from the TypeScript source in development, once per process', async () => {
    const url = await workerScriptUrl();
    expect(url.pathname).toMatch(/node_modules\/\.cache\/pg-migration-review\/replay-worker-[0-9a-f]{16}\.mjs$/);
    expect(readFileSync(url, 'utf8')).toContain('replay worker must run in a worker thread');
    expect((await workerScriptUrl()).href).toBe(url.href);
    expect(WORKER_BUNDLE_NAME).toBe('replay-worker.js');
  });

  it('turns PostgreSQL errors into PgError with SQLSTATE, hint and position', async () => {
    const err = await engine.exec('select * from e_missing').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PgError);
    expect((err as PgError).info).toMatchObject({ code: '42P01', message: 'relation "e_missing" does not exist', position: 15 });

    const ext = await engine.exec('create extension postgis').catch((e: unknown) => e);
    expect((ext as PgError).info.code).toBe('0A000');
    expect((ext as PgError).info.hint).toMatch(/must first be installed/);
    expect(classifyError((ext as PgError).info)).toBe('not-replayable');
    expect(engine.alive).toBe(true);
  });

  it('stops a statement past the time limit; restart gives an empty, working database', async () => {
    // A statement that never ends, working all the while: stopped by the limit, which the error says.
    const err = await engine.exec('do $$ begin loop end loop; end $$').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EngineTimeoutError);
    expect(engine.alive).toBe(false);
    await expect(engine.query('select 1')).rejects.toBeInstanceOf(EngineStoppedError);

    await engine.restart();
    expect(engine.alive).toBe(true);
    expect(await engine.query(`select to_regclass('e_t') as t`)).toEqual([{ t: null }]);
    await engine.exec('create extension pgcrypto');
    expect(await engine.query(`select length(digest('x', 'sha256')) as n`)).toEqual([{ n: 32 }]);
  });

  it('stops a statement when the process grows past the memory ceiling', async () => {
    const rssMb = process.memoryUsage().rss / 1048576;
    engine.memoryLimitMb = Math.round(rssMb + 150);
    engine.statementTimeoutMs = 60_000;
    try {
      // Aggregates tens of millions of values in WASM memory.
      const err = await engine.exec('select count(*) from (select array_agg(g) as a from generate_series(1, 1e8) g) s').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(EngineMemoryError);
      expect((err as EngineMemoryError).rssMb).toBeGreaterThan(engine.memoryLimitMb);
    } finally {
      engine.memoryLimitMb = 2048;
      engine.statementTimeoutMs = 1000;
    }
    await engine.restart();
  });

  it('runs texts one after another in one request, each its own transaction, stopping at the first error', async () => {
    const run = await engine.execEach(['create table ee_a (id int)', 'insert into ee_a values (1)', 'insert into ee_missing values (1)', 'create table ee_b (id int)']);
    expect(run.completed).toBe(2);
    expect(run.error).toBeInstanceOf(PgError);
    expect((run.error as PgError).info.code).toBe('42P01');
    // The texts before the failing one are committed; the ones after it never ran.
    expect(await engine.query(`select to_regclass('ee_a') is not null as a, to_regclass('ee_b') is not null as b, (select count(*)::int from ee_a) as n`)).toEqual([
      { a: true, b: false, n: 1 },
    ]);
    expect(await engine.execEach(['create table ee_b (id int)', 'drop table ee_a, ee_b'])).toEqual({ completed: 2 });
  });

  it('limits each text of execEach, not the whole list, and says how far it got when stopped', async () => {
    // Four texts of 0.6 s each (pg_sleep spins in PGlite): 2.4 s in all against a 1 s limit per text.
    const slow = Array.from({ length: 4 }, () => 'select pg_sleep(0.6)');
    expect(await engine.execEach(slow)).toEqual({ completed: 4 });
    const run = await engine.execEach(['create table ee_c (id int)', 'do $$ begin loop end loop; end $$', 'create table ee_d (id int)']);
    expect(run.completed).toBe(1);
    expect(run.error).toBeInstanceOf(EngineTimeoutError);
    expect(engine.alive).toBe(false);
    await engine.restart();
  });

  it('counts the worker thread’s CPU time, not the time that passes: an idle worker’s clock stands still', async () => {
    const before = engine.workMs();
    const wallBefore = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const idleWork = engine.workMs() - before;
    expect(idleWork).toBeLessThan(performance.now() - wallBefore);
    const busy = engine.workMs();
    await engine.query('select count(*) from generate_series(1, 300000)');
    expect(engine.workMs()).toBeGreaterThan(busy);
  });

  it('does not stop a statement that is merely slow because every core is busy with other processes', async () => {
    // Two CPU-bound processes per core starve the worker: the statement lasts longer than the limit
    // (a wall-clock limit stops it) while it needs about half the limit in CPU.
    const hogs = Array.from({ length: availableParallelism() * 2 }, () =>
      spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
    );
    engine.statementTimeoutMs = 1500;
    try {
      const work = engine.workMs();
      const rows = await engine.query<{ n: string }>('select count(*)::text as n from generate_series(1, 1000000)');
      expect(rows).toEqual([{ n: '1000000' }]);
      expect(engine.workMs() - work).toBeLessThan(engine.statementTimeoutMs);
      expect(engine.alive).toBe(true);
    } finally {
      for (const hog of hogs) hog.kill('SIGKILL');
      engine.statementTimeoutMs = 1000;
    }
  });

  it('rejects the request in flight when the worker dies instead of hanging', async () => {
    const pending = engine.exec('select pg_sleep(0.8)');
    // Simulates a crash of the thread (WASM abort, uncaught error).
    await (engine as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
    await expect(pending).rejects.toBeInstanceOf(EngineCrashError);
    await engine.restart();
    expect(await engine.query('select 1 as one')).toEqual([{ one: 1 }]);
  });
});

describe('classifyError', () => {
  it('separates the migration’s errors from the engine’s limits', () => {
    expect(classifyError({ code: '42704', message: 'role "authenticated" does not exist' })).toBe('not-replayable');
    expect(classifyError({ code: '42501', message: 'permission denied to create role' })).toBe('not-replayable');
    expect(classifyError({ code: '42704', message: 'type "foo" does not exist' })).toBe('error');
    expect(classifyError({ code: '0A000', message: 'cannot alter type of a column used by a view or rule' })).toBe('error');
    expect(classifyError({ code: '42P01', message: 'relation "x" does not exist' })).toBe('error');
  });

  it('knows which extensions the engine ships', () => {
    expect(['pgcrypto', 'uuid-ossp', 'pg_trgm', 'citext', 'moddatetime', 'plpgsql'].every(isShippedExtension)).toBe(true);
    expect(isShippedExtension('postgis')).toBe(false);
    expect(isShippedExtension('vector')).toBe(false);
  });
});
