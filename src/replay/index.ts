// The replay layer's public surface.
export { ReplaySession } from './session.js';
export type { BaseFileProblem, BaseStatement, FileRun, ReplayedStep, ReplayStatement, SessionOptions } from './session.js';
export {
  EngineCrashError, EngineMemoryError, EngineStoppedError, EngineTimeoutError, PgError, PgliteEngine,
  WORKER_BUNDLE_NAME, startEngine, workerScriptUrl,
} from './engine.js';
export type { EngineOptions, SqlEngine } from './engine.js';
export { readCatalog, readHeldLocks, readRelations, readRelfilenodes } from './catalog-query.js';
export type { ReadCatalogOptions, RelationInfo } from './catalog-query.js';
export { diffTables, shareUnchanged } from './catalog-diff.js';
export { SUPABASE_ROLES, classifyError, notReplayableReason } from './classify-error.js';
export { SHIPPED_EXTENSIONS, isShippedExtension } from './extensions.js';
