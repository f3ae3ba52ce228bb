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
}

export interface ExecRequest {
  id: number;
  op: 'exec';
  sql: string;
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

export type WorkerRequest = InitRequest | ExecRequest | QueryRequest | DumpRequest | CloseRequest;

/** What `init` answers: which extensions were loaded. */
export interface InitResult {
  loaded: string[];
}

export type WorkerReply =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: PgErrorInfo & { name?: string } };
