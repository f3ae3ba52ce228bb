// The action's inputs, read once into one typed object. A bad value stops the run with a message
// that names the input and the values it accepts.
import type { FailOn } from '../core/config.js';
import type { Severity } from '../core/finding.js';

export type CommentMode = 'review' | 'summary' | 'none';

export interface ActionInputs {
  githubToken: string;
  /** Base-snapshot cache folder, relative to the workspace. */
  cacheDir?: string;
  /** Keep the base snapshot in GitHub's cache service (restored before, saved after the review). */
  cache: boolean;
  migrations: string[];
  queries: string[];
  /** Config file path relative to the workspace, or undefined for the default file. */
  config?: string;
  postgresVersion?: number;
  /** Only when the input is set: otherwise the config file's `fail-on` (default error) holds. */
  failOn?: FailOn;
  /**
   * Whose comments, summaries and approvals these are: the `name` input, else the `migrations`
   * globs, else '' (one job per repository). Matrix jobs on one pull request never touch each
   * other's comments.
   */
  scope: string;
  allowSelfApproval: boolean;
  /** Least severity commented inline; less severe findings are in the summary only. */
  inlineMinSeverity: Severity;
  comment: CommentMode;
  escalationLabel: string;
  approveLabel: string;
  /** Users to request a review from. */
  escalationUsers: string[];
  /** Team slugs (the part after `org/`). */
  escalationTeams: string[];
  sarifFile?: string;
}

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** How the runner passes inputs: INPUT_<NAME> with spaces as underscores, upper-cased. */
export function readInput(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

function list(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function oneOf<T extends string>(name: string, value: string, accepted: readonly T[], fallback: T): T {
  if (value === '') return fallback;
  if ((accepted as readonly string[]).includes(value)) return value as T;
  throw new InputError(`Input "${name}" must be one of ${accepted.join(', ')}; got "${value}"`);
}

export function parseInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const version = readInput(env, 'postgres-version');
  let postgresVersion: number | undefined;
  if (version !== '') {
    postgresVersion = Number(version);
    if (!Number.isInteger(postgresVersion) || postgresVersion < 10 || postgresVersion > 18) {
      throw new InputError(`Input "postgres-version" must be a PostgreSQL major version from 10 to 18; got "${version}"`);
    }
  }
  const reviewers = list(readInput(env, 'escalation-reviewers'));
  for (const r of reviewers) {
    if (!/^[A-Za-z0-9-]+(\/[A-Za-z0-9_.-]+)?$/.test(r.replace(/^@/, ''))) {
      throw new InputError(`Input "escalation-reviewers" takes GitHub users and org/team slugs; "${r}" is neither`);
    }
  }
  const label = (name: string, fallback: string) => {
    const value = readInput(env, name) || fallback;
    if (value.length > 50) throw new InputError(`Input "${name}" must be a label name of at most 50 characters; got "${value}"`);
    return value;
  };
  const token = readInput(env, 'github-token');
  const migrations = list(readInput(env, 'migrations'));
  const name = readInput(env, 'name');
  const failOn = readInput(env, 'fail-on');
  const selfApproval = oneOf('allow-self-approval', readInput(env, 'allow-self-approval'), ['true', 'false'] as const, 'false');
  return {
    githubToken: token,
    migrations,
    scope: name || migrations.join(','),
    allowSelfApproval: selfApproval === 'true',
    cache: oneOf('cache', readInput(env, 'cache'), ['true', 'false'] as const, 'true') === 'true',
    inlineMinSeverity: oneOf('inline-min-severity', readInput(env, 'inline-min-severity'), ['error', 'escalate', 'warning', 'notice'] as const, 'warning'),
    queries: list(readInput(env, 'queries')),
    ...(readInput(env, 'config') ? { config: readInput(env, 'config') } : {}),
    ...(postgresVersion !== undefined ? { postgresVersion } : {}),
    ...(failOn ? { failOn: oneOf('fail-on', failOn, ['error', 'warning', 'never'] as const, 'error') } : {}),
    comment: oneOf('comment', readInput(env, 'comment'), ['review', 'summary', 'none'] as const, 'review'),
    escalationLabel: label('escalation-label', 'needs-migration-review'),
    approveLabel: label('approve-label', 'migration-approved'),
    escalationUsers: reviewers.filter((r) => !r.includes('/')).map((r) => r.replace(/^@/, '')),
    escalationTeams: reviewers.filter((r) => r.includes('/')).map((r) => r.replace(/^@/, '').split('/')[1]),
    ...(readInput(env, 'sarif-file') ? { sarifFile: readInput(env, 'sarif-file') } : {}),
    ...(readInput(env, 'cache-dir') ? { cacheDir: readInput(env, 'cache-dir') } : {}),
  };
}
