// The one place that spawns git. Errors carry git's own words so users see what went wrong.
import { execFileSync, spawnSync } from 'node:child_process';

export class GitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitError';
  }
}

const MAX_BUFFER = 1024 * 1024 * 1024;

/** Runs git and returns stdout as a Buffer; throws GitError with stderr on failure. */
export function gitBuffer(cwd: string, args: string[], input?: Buffer | string): Buffer {
  const result = spawnSync('git', args, { cwd, input, maxBuffer: MAX_BUFFER });
  if (result.error) throw new GitError(`git ${args[0]} could not run: ${result.error.message}`);
  if (result.status !== 0) {
    const stderr = result.stderr.toString('utf8').trim();
    throw new GitError(`git ${args.join(' ')} failed: ${stderr || `exit ${result.status}`}`);
  }
  return result.stdout;
}

export function git(cwd: string, args: string[]): string {
  return gitBuffer(cwd, args).toString('utf8');
}

/** Like git() but returns undefined instead of throwing (for probes such as "does this ref exist?"). */
export function gitMaybe(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: MAX_BUFFER }).toString('utf8');
  } catch {
    return undefined;
  }
}

/** Splits NUL-separated output (`-z`) into fields, dropping the trailing empty one. */
export function splitNul(out: string): string[] {
  const parts = out.split('\0');
  if (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}
