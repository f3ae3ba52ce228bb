// The embedded PostgreSQL (PGlite) behind a worker thread, with a time limit (CPU time of the worker) and a memory
// ceiling per request. PGlite's statement_timeout never fires (WASM has no signals), so the only
// way to stop a runaway statement is to terminate the thread; the database is lost with it and
// the caller rebuilds it with restart() plus a replay (see session.ts).
import { Worker } from 'node:worker_threads';
import { DEFAULT_CONFIG } from '../core/config.js';
import { EngineCrashError, EngineMemoryError, EngineStoppedError, EngineTimeoutError, PgError } from './engine-errors.js';
import { FATAL_ERROR_NAMES, type ExecEachResult, type InitResult, type WorkerReply, type WorkerRequest } from './worker-protocol.js';
import { templateDataDir } from './template.js';
import { pgliteWasmModule } from './wasm-module.js';
import { threadCpuClock, wallClock, WALL_CEILING_FACTOR, type WorkClock } from './work-clock.js';

export { EngineCrashError, EngineMemoryError, EngineStoppedError, EngineTimeoutError, PgError } from './engine-errors.js';

/** File name the bundler gives the worker (built from src/replay/worker.ts), next to the bundle. */
export const WORKER_BUNDLE_NAME = 'replay-worker.js';

/** Where the worker script is: the bundle next to this file, or in development one built from the source (worker-dev.mjs). */
export async function workerScriptUrl(): Promise<URL> {
  if (!import.meta.url.endsWith('.ts')) return new URL(`./${WORKER_BUNDLE_NAME}`, import.meta.url);
  // A computed specifier: the bundler must not follow it (esbuild is a development dependency).
  const dev = new URL('./worker-dev.mjs', import.meta.url).href;
  const { devWorkerUrl } = (await import(dev)) as { devWorkerUrl(): Promise<URL> };
  return devWorkerUrl();
}

export interface EngineOptions {
  /** SQL names of extensions to make available (those the migrations CREATE). */
  extensions?: string[];
  /** Limit per request, in ms of the worker thread's CPU time (wall time where unreadable); default from the config. */
  statementTimeoutMs?: number;
  /** Ceiling on the process's resident memory while a request runs; default from the config. */
  memoryLimitMb?: number;
  /** Limit for starting the engine (initdb); default 60 s. */
  startTimeoutMs?: number;
  /** On-disk data directory; in memory when absent. */
  dataDir?: string;
  /** Start from a gzipped data directory (from dump()); default: the shipped empty template, else initdb. */
  loadDataDir?: Uint8Array;
}

/** What execEach did: texts completed, and the error that stopped the next one (PgError or EngineStoppedError). */
export interface ExecEachOutcome {
  completed: number;
  error?: PgError | EngineStoppedError;
}

/** What the rest of replay needs from an engine; a real server could implement it too. */
export interface SqlEngine {
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** `sql` as a statement prepared once under `name`, run with `args` (SQL literals) for its $n. */
  queryPrepared<T = Record<string, unknown>>(name: string, sql: string, args?: readonly string[]): Promise<T[]>;
}

const MEMORY_SAMPLE_MS = 100;

export class PgliteEngine implements SqlEngine {
  /** Limits for the next requests (may be changed between requests). */
  statementTimeoutMs: number;
  memoryLimitMb: number;
  /** PGlite module names loaded at the last start. */
  loadedExtensions: string[] = [];
  /** Duration of the last start, in ms. */
  startMs = 0;

  private worker: Worker | undefined;
  /** Statements prepared in the running worker's database (a restart forgets them). */
  private readonly prepared = new Set<string>();
  private nextId = 1;
  private chain: Promise<unknown> = Promise.resolve();
  /** Settles the request in flight when the worker dies. */
  private onDeath: ((err: Error) => void) | undefined;
  private stoppedReason: EngineStoppedError | undefined;
  /** Measures the per-request limit: the worker thread's CPU time where readable. */
  private workClock: WorkClock = wallClock;

  private constructor(private readonly options: EngineOptions) {
    this.statementTimeoutMs = options.statementTimeoutMs ?? DEFAULT_CONFIG.statementTimeoutMs;
    this.memoryLimitMb = options.memoryLimitMb ?? DEFAULT_CONFIG.memoryLimitMb;
  }

  static async start(options: EngineOptions = {}): Promise<PgliteEngine> {
    const engine = new PgliteEngine(options);
    await engine.boot();
    return engine;
  }

  /** The worker's work so far, in ms, as the per-request limit counts it (see work-clock.ts). */
  workMs(): number {
    return this.workClock();
  }

  /** False after a timeout, memory breach, crash or close, until restart(). */
  get alive(): boolean {
    return this.worker !== undefined && this.stoppedReason === undefined;
  }

  /** `timeoutMs` overrides the per-statement limit (rebuilding state that already ran once, see session.ts). */
  exec(sql: string, timeoutMs = this.statementTimeoutMs): Promise<void> {
    return this.request({ op: 'exec', sql }, timeoutMs).then(() => undefined);
  }

  /**
   * Runs each text as exec() would (each its own implicit transaction), in one round trip to the
   * worker: a base history of 800 files is 800 round trips otherwise. Stops at the first error and
   * says how many texts completed; the time limit applies to each text, not to the whole list.
   */
  async execEach(sqls: readonly string[], timeoutMs = this.statementTimeoutMs): Promise<ExecEachOutcome> {
    const progress = new SharedArrayBuffer(4);
    try {
      const result = (await this.request({ op: 'execEach', sqls: [...sqls], progress }, timeoutMs, new Int32Array(progress))) as ExecEachResult;
      return result.error ? { completed: result.completed, error: new PgError(result.error) } : { completed: result.completed };
    } catch (err) {
      if (!(err instanceof EngineStoppedError)) throw err;
      return { completed: Atomics.load(new Int32Array(progress), 0), error: err };
    }
  }

  /**
   * The tracer reads the catalog after every statement with the same few large queries. On an
   * engine whose WASM code V8 has not optimised yet (a cached base just loaded), planning them
   * costs about as much as running them, so they are planned once. EXECUTE takes no bind
   * parameters, hence literals; prepared statements survive ROLLBACK.
   */
  async queryPrepared<T = Record<string, unknown>>(name: string, sql: string, args: readonly string[] = []): Promise<T[]> {
    const execute = args.length > 0 ? `EXECUTE ${name}(${args.join(', ')})` : `EXECUTE ${name}`;
    if (this.prepared.has(name)) {
      try {
        return await this.query<T>(execute);
      } catch (err) {
        // A migration ran DEALLOCATE ALL or DISCARD ALL: prepare it again.
        if (!(err instanceof PgError) || err.code !== '26000') throw err;
        this.prepared.delete(name);
      }
    }
    await this.exec(`PREPARE ${name} AS ${sql}`);
    this.prepared.add(name);
    return this.query<T>(execute);
  }

  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]> {
    return this.request({ op: 'query', sql, params }, this.statementTimeoutMs) as Promise<T[]>;
  }

  /** The database as a gzipped data directory, to start another engine from it. */
  dump(): Promise<Uint8Array> {
    return this.request({ op: 'dump' }, Math.max(this.statementTimeoutMs, 60_000)) as Promise<Uint8Array>;
  }

  /** Stops the current worker (if any) and starts a fresh, empty database with the same options. */
  async restart(): Promise<void> {
    await this.kill();
    await this.boot();
  }

  async close(): Promise<void> {
    if (this.alive) {
      try {
        await this.request({ op: 'close' }, 10_000);
      } catch {
        // Closing a broken engine: terminating the thread is enough.
      }
    }
    await this.kill();
    this.stoppedReason = new EngineCrashError('the engine was closed');
  }

  private async boot(): Promise<void> {
    const t0 = performance.now();
    this.stoppedReason = undefined;
    this.prepared.clear();
    const [script, wasmModule] = await Promise.all([workerScriptUrl(), pgliteWasmModule()]);
    const worker = new Worker(script);
    this.worker = worker;
    const die = (err: Error): void => {
      if (this.worker !== worker) return;
      this.stoppedReason ??= err instanceof EngineStoppedError ? err : new EngineCrashError(err.message);
      this.worker = undefined;
      this.onDeath?.(this.stoppedReason);
    };
    worker.on('error', (err) => die(new EngineCrashError(`the replay worker failed: ${err.message}`)));
    worker.on('exit', (code) => die(new EngineCrashError(`the replay worker exited (code ${code})`)));
    const result = (await this.request(
      {
        op: 'init',
        extensions: this.options.extensions ?? [],
        dataDir: this.options.dataDir,
        loadDataDir: this.options.loadDataDir ?? (this.options.dataDir ? undefined : templateDataDir()),
        wasmModule,
      },
      this.options.startTimeoutMs ?? 60_000,
    )) as InitResult;
    this.loadedExtensions = result.loaded;
    this.workClock = threadCpuClock(result.thread);
    this.startMs = performance.now() - t0;
  }

  private async kill(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }

  /** Queues a request: one in flight at a time, so each one's limits measure only itself. */
  private request(body: DistributiveOmit<WorkerRequest, 'id'>, timeoutMs: number, progress?: Int32Array): Promise<unknown> {
    const run = this.chain.then(() => this.send(body, timeoutMs, progress));
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** `progress`, when given, is a counter the worker advances: the time limit restarts each time it moves. */
  private send(body: DistributiveOmit<WorkerRequest, 'id'>, timeoutMs: number, progress?: Int32Array): Promise<unknown> {
    const worker = this.worker;
    if (!worker || this.stoppedReason) {
      return Promise.reject(this.stoppedReason ?? new EngineCrashError('the engine is not running: restart() it'));
    }
    const id = this.nextId++;
    return new Promise<unknown>((resolve, reject) => {
      const cleanup = (): void => {
        clearTimeout(timer);
        clearInterval(sampler);
        worker.off('message', onMessage);
        this.onDeath = undefined;
      };
      const stop = (err: EngineStoppedError): void => {
        cleanup();
        this.stoppedReason = err;
        if (this.worker === worker) this.worker = undefined;
        // Reject first: termination of a thread busy in WASM can take a moment.
        reject(err);
        void worker.terminate();
      };
      const onMessage = (reply: WorkerReply): void => {
        if (reply.id !== id) return;
        cleanup();
        if (reply.ok) return resolve(reply.result);
        const { name, ...info } = reply.error;
        if (name && FATAL_ERROR_NAMES.has(name)) {
          return stop(new EngineCrashError(`the embedded PostgreSQL aborted: ${info.message}`));
        }
        reject(new PgError(info));
      };
      // The limit counts the worker's work since the progress counter last moved (see work-clock.ts);
      // a wall-clock ceiling far above it still stops a request that hangs without working.
      const work = body.op === 'init' ? wallClock : this.workClock;
      let seen = 0;
      let movedAt = performance.now();
      let workedAt = work();
      const noteProgress = (): void => {
        if (progress && Atomics.load(progress, 0) !== seen) {
          seen = Atomics.load(progress, 0);
          movedAt = performance.now();
          workedAt = work();
        }
      };
      const expire = (): void => {
        noteProgress();
        const left = timeoutMs - (work() - workedAt);
        const wallLeft = movedAt + timeoutMs * WALL_CEILING_FACTOR - performance.now();
        if (left > 0 && wallLeft > 0) timer = setTimeout(expire, Math.min(left, wallLeft));
        else stop(new EngineTimeoutError(timeoutMs));
      };
      let timer = setTimeout(expire, timeoutMs);
      // Not while starting: right after a stopped worker its memory may still be counted as ours.
      const sampler = setInterval(() => {
        noteProgress();
        const rssMb = Math.round(process.memoryUsage().rss / 1048576);
        if (body.op !== 'init' && rssMb > this.memoryLimitMb) stop(new EngineMemoryError(this.memoryLimitMb, rssMb));
      }, MEMORY_SAMPLE_MS);
      this.onDeath = (err) => {
        cleanup();
        reject(err);
      };
      worker.on('message', onMessage);
      worker.postMessage({ ...body, id } as WorkerRequest);
    });
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export function startEngine(options: EngineOptions = {}): Promise<PgliteEngine> {
  return PgliteEngine.start(options);
}
