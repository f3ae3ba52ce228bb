// Tells a migration's own error apart from a limit of the embedded engine. The caller decides
// what follows from a not-replayable statement (later errors about objects it would have created).
import type { PgErrorInfo } from '../core/trace-types.js';

/** Roles hosted platforms create before any migration runs; pre-created only when configured. */
export const SUPABASE_ROLES: readonly string[] = [
  'anon', 'authenticated', 'service_role', 'supabase_admin', 'authenticator', 'dashboard_user',
];

interface Pattern { code: string | RegExp; message?: RegExp; why: string }

const NOT_REPLAYABLE: Pattern[] = [
  { code: '0A000', message: /^extension ".*" is not available/, why: 'extension not shipped with the embedded engine' },
  { code: '0A000', message: /^COPY with a server-side file or PROGRAM is not run/, why: 'COPY with a file or program of the database server' },
  { code: '58P01', why: 'file the embedded engine does not have (extension control file, C library)' },
  { code: '42704', message: /^role ".*" does not exist/, why: 'role created by the hosting platform, not by the migrations' },
  { code: '42704', message: /^tablespace ".*" does not exist/, why: 'tablespace of the production server' },
  { code: '42704', message: /^language ".*" does not exist/, why: 'procedural language not available in the embedded engine' },
  { code: '42704', message: /^(foreign-data wrapper|server) ".*" does not exist/, why: 'foreign server of the production setup' },
  { code: '42501', why: 'permission or superuser-only operation' },
  // Connection exceptions: a subscription or dblink trying to reach another server.
  { code: /^08/, why: 'needs a connection to another server' },
];

/** `not-replayable` when the failure comes from the embedded engine's environment, `error` when the migration is at fault. */
export function classifyError(err: Pick<PgErrorInfo, 'code' | 'message'>): 'error' | 'not-replayable' {
  return notReplayableReason(err) ? 'not-replayable' : 'error';
}

/** Why an error is not the migration's fault, or undefined when it is. */
export function notReplayableReason(err: Pick<PgErrorInfo, 'code' | 'message'>): string | undefined {
  for (const p of NOT_REPLAYABLE) {
    const codeOk = typeof p.code === 'string' ? err.code === p.code : p.code.test(err.code);
    if (codeOk && (!p.message || p.message.test(err.message))) return p.why;
  }
  return undefined;
}
