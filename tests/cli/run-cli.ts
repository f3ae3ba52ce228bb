// Runs the CLI in-process with captured output, and builds the small goose repositories the CLI
// tests review: a base history on `main` and a pull request on a feature branch.
import { Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import { TempRepo } from '../helpers/temp-repo.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

class Capture extends Writable {
  readonly chunks: string[] = [];
  constructor(readonly isTTY?: boolean) {
    super();
  }
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.chunks.push(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
    done();
  }
  text(): string {
    return this.chunks.join('');
  }
}

export async function runCli(argv: string[], cwd: string, options: { tty?: boolean } = {}): Promise<CliResult> {
  const stdout = new Capture(options.tty);
  const stderr = new Capture();
  const code = await main(argv, { cwd, stdout, stderr });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** Applied history: one table with a droppable column. */
export const BASE_MIGRATION = [
  '-- +goose Up',
  'CREATE TABLE books (',
  '  id bigint PRIMARY KEY,',
  '  title text NOT NULL,',
  '  subtitle text',
  ');',
  '',
].join('\n');

/** Pull requests, each one goose file, named by what the review should say. */
export const PULL_REQUESTS = {
  clean: ['-- +goose Up', 'CREATE TABLE authors (id bigint PRIMARY KEY, name text NOT NULL);', ''].join('\n'),
  // require-concurrent-index (error) on line 4 (a lock_timeout is set, as a careful team does).
  error: ['-- +goose Up', "SET lock_timeout = '5s';", '-- look books up by title', 'CREATE INDEX books_title_idx ON books (title);', ''].join('\n'),
  // duplicate-index (warning): the second index repeats the primary key's.
  warning: ['-- +goose Up', 'CREATE TABLE tags (id bigint PRIMARY KEY);', 'CREATE INDEX tags_id_idx ON tags (id);', ''].join('\n'),
  // drop-column (escalate) on line 3.
  escalation: ['-- +goose Up', "SET lock_timeout = '5s';", 'ALTER TABLE books DROP COLUMN subtitle;', ''].join('\n'),
} as const;

export type PullRequestKind = keyof typeof PULL_REQUESTS;

export const PR_FILE = 'db/migrations/00002_change.sql';

/** A repository with the base history on main and `kind`'s migration committed on `feature`. */
export function repoWithPullRequest(kind: PullRequestKind, extra: Record<string, string> = {}): TempRepo {
  const repo = new TempRepo().write({ 'db/migrations/00001_create_books.sql': BASE_MIGRATION }).commit('base');
  repo.branch('feature').write({ [PR_FILE]: PULL_REQUESTS[kind], ...extra }).commit(kind);
  return repo;
}
