// Messages between the engine (main thread) and the PGlite worker. Plain structured-clone data.
import type { PgErrorInfo } from '../core/trace-types.js';

export interface InitRequest {
  id: number;
  op: 'init';
  /** SQL extension names to load (`pgcrypto`, `uuid-ossp`); names PGlite does not ship are ignored. */
  extensions: string[];
  /** Directory for an on-disk database; in memory when absent. */
  dataDir?: string;
  /** A gzipped data directory from `dump`, to start from instead of an empty database. */
  loadDataDir?: Uint8Array;
  /** PGlite's compiled WebAssembly, shared by the engine's workers (see wasm-module.ts). */
  wasmModule?: WebAssembly.Module;
}

export interface ExecRequest {
  id: number;
  op: 'exec';
  sql: string;
}

/** Several texts, each run as its own exec would, in one round trip; stops at the first error. */
export interface ExecEachRequest {
  id: number;
  op: 'execEach';
  sqls: string[];
  /** One Int32 the worker sets to the number of texts done, so the engine can time each text. */
  progress: SharedArrayBuffer;
}

/** What `execEach` answers: how many texts ran, and the PostgreSQL error of the next one. */
export interface ExecEachResult {
  completed: number;
  error?: PgErrorInfo & { name?: string };
}

export interface QueryRequest {
  id: number;
  op: 'query';
  sql: string;
  params?: unknown[];
}

export interface DumpRequest {
  id: number;
  op: 'dump';
}

export interface CloseRequest {
  id: number;
  op: 'close';
}

export type WorkerRequest = InitRequest | ExecRequest | ExecEachRequest | QueryRequest | DumpRequest | CloseRequest;

/** What `init` answers: which extensions were loaded. */
export interface InitResult {
  loaded: string[];
  /** The worker thread's /proc entry, for the engine to read its CPU time (see work-clock.ts). */
  thread?: string;
}

export type WorkerReply =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: PgErrorInfo & { name?: string } };

/** Error names from the WASM runtime: after one of these the instance cannot be trusted. */
export const FATAL_ERROR_NAMES: ReadonlySet<string> = new Set(['RuntimeError', 'ExitStatus']);
