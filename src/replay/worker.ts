// The worker thread that owns the PGlite instance. It only forwards requests: timeouts, memory
// bounds and all interpretation live in the main thread, which can terminate this thread even
// while PostgreSQL spins inside WASM (statement_timeout does not fire in PGlite: no signals).
import { parentPort } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import type { PgErrorInfo } from '../core/trace-types.js';
import { loadExtensions } from './extensions.js';
import type { InitResult, WorkerReply, WorkerRequest } from './worker-protocol.js';

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
        // The type tells PGlite to gunzip; without it an archive is read as a plain tar.
        loadDataDir: req.loadDataDir ? new Blob([req.loadDataDir as Uint8Array<ArrayBuffer>], { type: 'application/x-gzip' }) : undefined,
      });
      // The first query after loading a data directory finishes PostgreSQL's start: pay it here,
      // under the start timeout, not under the first statement's limit.
      await db.query('SELECT 1');
      const result: InitResult = { loaded };
      return result;
    }
    case 'exec':
      await need().exec(req.sql);
      return null;
    case 'query':
      return (await need().query(req.sql, req.params)).rows;
    case 'dump': {
      const blob = await need().dumpDataDir('gzip');
      return new Uint8Array(await blob.arrayBuffer());
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
