// The worker thread that owns the PGlite instance. It only forwards requests: timeouts, memory
// bounds and all interpretation live in the main thread, which can terminate this thread even
// while PostgreSQL spins inside WASM (statement_timeout does not fire in PGlite: no signals).
import { parentPort } from 'node:worker_threads';
import { gunzipSync, gzipSync } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import type { PgErrorInfo } from '../core/trace-types.js';
import { trimWal } from './datadir-archive.js';
import { loadExtensions } from './extensions.js';
import { ownThreadEntry } from './work-clock.js';
import { FATAL_ERROR_NAMES, type ExecEachResult, type InitResult, type WorkerReply, type WorkerRequest } from './worker-protocol.js';

if (!parentPort) throw new Error('replay worker must run in a worker thread');
const port = parentPort;

let db: PGlite | undefined;

function toErrorInfo(err: unknown): PgErrorInfo & { name?: string } {
  if (err && typeof err === 'object') {
    const e = err as Record<string, unknown>;
    const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
    const position = str(e.position);
    return {
      // Not a PostgreSQL error (a JS failure in the worker): XX000 is PostgreSQL's internal_error.
      code: str(e.code) ?? 'XX000',
      message: str(e.message) ?? String(err),
      detail: str(e.detail),
      hint: str(e.hint),
      position: position !== undefined ? Number(position) : undefined,
      name: str(e.name),
    };
  }
  return { code: 'XX000', message: String(err) };
}

async function handle(req: WorkerRequest): Promise<unknown> {
  switch (req.op) {
    case 'init': {
      const { modules, loaded } = await loadExtensions(req.extensions);
      db = await PGlite.create({
        extensions: modules,
        dataDir: req.dataDir,
        pgliteWasmModule: req.wasmModule,
        // Unzipped here: zlib's synchronous gunzip takes 50 ms where PGlite's stream takes 200.
        // A Blob typed as a tar is read as one (a gzip type would make PGlite unzip it again).
        loadDataDir: req.loadDataDir ? new Blob([gunzipSync(req.loadDataDir)], { type: 'application/x-tar' }) : undefined,
      });
      // The first query after loading a data directory finishes PostgreSQL's start: pay it here,
      // under the start timeout, not under the first statement's limit.
      await db.query('SELECT 1');
      const result: InitResult = { loaded, thread: ownThreadEntry() };
      return result;
    }
    case 'exec':
      await need().exec(req.sql);
      return null;
    case 'execEach': {
      const progress = new Int32Array(req.progress);
      for (const [i, sql] of req.sqls.entries()) {
        try {
          await need().exec(sql);
        } catch (err) {
          const error = toErrorInfo(err);
          // The instance is broken: fail the request, the engine reads the progress.
          if (error.name && FATAL_ERROR_NAMES.has(error.name)) throw err;
          const result: ExecEachResult = { completed: i, error };
          return result;
        }
        Atomics.store(progress, 0, i + 1);
      }
      const result: ExecEachResult = { completed: req.sqls.length };
      return result;
    }
    case 'query':
      return (await need().query(req.sql, req.params)).rows;
    case 'dump': {
      // After a segment switch and a checkpoint, the WAL needed to start is one nearly empty segment.
      await need().query('SELECT pg_switch_wal()');
      await need().exec('CHECKPOINT');
      const blob = await need().dumpDataDir('none');
      return new Uint8Array(gzipSync(trimWal(new Uint8Array(await blob.arrayBuffer()))));
    }
    case 'close':
      await db?.close();
      db = undefined;
      return null;
  }
}

function need(): PGlite {
  if (!db) throw new Error('replay worker: database not initialised');
  return db;
}

// Requests are handled one at a time, in arrival order.
let queue: Promise<void> = Promise.resolve();
port.on('message', (req: WorkerRequest) => {
  queue = queue.then(async () => {
    let reply: WorkerReply;
    try {
      reply = { id: req.id, ok: true, result: await handle(req) };
    } catch (err) {
      reply = { id: req.id, ok: false, error: toErrorInfo(err) };
    }
    port.postMessage(reply);
  });
});
