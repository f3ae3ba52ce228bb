// Why an engine request failed: PostgreSQL said no, or the engine itself had to be stopped.
import type { PgErrorInfo } from '../core/trace-types.js';

/** PostgreSQL rejected the statement; `info` carries SQLSTATE, message, detail, hint, position. */
export class PgError extends Error {
  readonly info: PgErrorInfo;
  constructor(info: PgErrorInfo) {
    super(info.message);
    this.name = 'PgError';
    this.info = info;
  }
  get code(): string {
    return this.info.code;
  }
}

/**
 * The engine was stopped and its database is lost: call `restart()` and replay what it held.
 * Subclasses say why.
 */
export class EngineStoppedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EngineStoppedError';
  }
}

/** A request ran past the per-statement wall-clock limit. */
export class EngineTimeoutError extends EngineStoppedError {
  readonly limitMs: number;
  constructor(limitMs: number) {
    super(`stopped after ${limitMs} ms: the statement exceeded the replay's per-statement time limit (statementTimeoutMs)`);
    this.name = 'EngineTimeoutError';
    this.limitMs = limitMs;
  }
}

/** The process grew past the memory ceiling while a request ran. */
export class EngineMemoryError extends EngineStoppedError {
  readonly limitMb: number;
  readonly rssMb: number;
  constructor(limitMb: number, rssMb: number) {
    super(`stopped at ${rssMb} MB resident memory: the replay exceeded its memory limit of ${limitMb} MB (memoryLimitMb)`);
    this.name = 'EngineMemoryError';
    this.limitMb = limitMb;
    this.rssMb = rssMb;
  }
}

/** The worker died on its own (WASM abort, uncaught error) or was used after close/stop. */
export class EngineCrashError extends EngineStoppedError {
  constructor(message: string) {
    super(message);
    this.name = 'EngineCrashError';
  }
}
