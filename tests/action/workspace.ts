// Checkouts as actions/checkout leaves them for a pull_request run with fetch-depth: 0: the base
// branch's history is present, and HEAD is GitHub's merge commit of the head into the base
// (refs/pull/N/merge), detached. The files the fake API lists carry the real patches.
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FakeFile } from '../helpers/fake-github.js';
import { TempRepo } from '../helpers/temp-repo.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BOOKSHOP = join(ROOT, 'examples', 'bookshop');

export interface PullRequestCheckout {
  repo: TempRepo;
  root: string;
  baseSha: string;
  headSha: string;
  /** The merge commit the runner checks out; GITHUB_SHA of a pull_request run. */
  mergeSha: string;
  headRef: string;
  /** What pulls.listFiles answers: status and the patch GitHub shows (hunks only, no headers). */
  files: FakeFile[];
}

const STATUS: Record<string, FakeFile['status']> = { A: 'added', M: 'modified', D: 'removed' };

/** `git diff` of one file without its header lines: GitHub's `patch` starts at the first `@@`. */
function patchOf(repo: TempRepo, base: string, head: string, path: string): string {
  const diff = repo.git('diff', '--unified=3', base, head, '--', path);
  const at = diff.indexOf('@@');
  return at < 0 ? '' : diff.slice(at).replace(/\n$/, '');
}

function listedFiles(repo: TempRepo, base: string, head: string): FakeFile[] {
  return repo
    .git('diff', '--name-status', '--no-renames', base, head)
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((line) => {
      const [code, filename] = line.split('\t');
      return { filename, status: STATUS[code[0]] ?? 'modified', patch: patchOf(repo, base, head, filename) };
    });
}

/**
 * A repository whose main branch holds `base()` and whose head branch adds `head()` on top;
 * HEAD ends on the merge commit, detached, as on a runner.
 */
export function pullRequestCheckout(base: (repo: TempRepo) => void, head: (repo: TempRepo) => void, headRef = 'feature/gift-cards'): PullRequestCheckout {
  const repo = new TempRepo();
  base(repo);
  repo.commit('base history');
  const baseSha = repo.git('rev-parse', 'HEAD').trim();
  repo.branch(headRef);
  head(repo);
  repo.commit('pull request change');
  const headSha = repo.git('rev-parse', 'HEAD').trim();
  repo.git('checkout', '-q', '--detach', baseSha);
  repo.git('merge', '-q', '--no-ff', '--no-edit', headRef);
  const mergeSha = repo.git('rev-parse', 'HEAD').trim();
  return { repo, root: repo.root, baseSha, headSha, mergeSha, headRef, files: listedFiles(repo, baseSha, headSha) };
}

export const copyBookshopBase = (repo: TempRepo): void => {
  cpSync(join(BOOKSHOP, 'db'), join(repo.root, 'db'), { recursive: true });
};

/** One more migration than the example has: an index a suggestion can fix on its own line. */
export const EXTRA_MIGRATION = {
  path: 'db/migrations/00036_index_books_published_on.sql',
  text: [
    '-- +goose NO TRANSACTION',
    '',
    '-- +goose Up',
    "SET lock_timeout = '5s';",
    '',
    '-- New-releases shelf: books by publication date.',
    'CREATE INDEX books_published_on_idx ON books (published_on);',
    '',
    '-- +goose Down',
    'DROP INDEX CONCURRENTLY IF EXISTS books_published_on_idx;',
    '',
  ].join('\n'),
};

/** An applied migration the pull request edits in its Down section, far from line 1. */
export const EDITED_MIGRATION = 'db/migrations/00030_audit_order_status_changes.sql';

/**
 * examples/bookshop: db/ on main, pending/ (plus EXTRA_MIGRATION) as the pull request, which also
 * edits the last lines of EDITED_MIGRATION: edited-migration then reports line 1, outside the diff.
 */
export function bookshopCheckout(): PullRequestCheckout {
  return pullRequestCheckout(copyBookshopBase, (repo) => {
    cpSync(join(BOOKSHOP, 'pending'), repo.root, { recursive: true });
    const edited = readText(repo.root, EDITED_MIGRATION).replace(
      'DROP FUNCTION IF EXISTS audit_order_status_change();',
      'DROP FUNCTION IF EXISTS audit_order_status_change() CASCADE;',
    );
    repo.write({ [EXTRA_MIGRATION.path]: EXTRA_MIGRATION.text, [EDITED_MIGRATION]: edited });
  });
}

/** The next goose version after the bookshop's applied history. */
export function nextBookshopVersion(): number {
  const versions = readdirSync(join(BOOKSHOP, 'db', 'migrations')).map((f) => Number(f.slice(0, 5)));
  return Math.max(...versions) + 1;
}

/**
 * A pull request whose only change drops a column: an escalation and nothing else. `small` puts
 * it on a one-file history (one table) instead of the bookshop's 30 files, for tests that run the
 * action many times and are about what happens around the review, not in it.
 */
export function dropColumnCheckout(options: { small?: boolean } = {}): PullRequestCheckout {
  const version = options.small ? 2 : nextBookshopVersion();
  const path = `db/migrations/${String(version).padStart(5, '0')}_drop_books_description.sql`;
  const base = options.small
    ? (repo: TempRepo): void => {
        repo.write({
          'db/migrations/00001_books.sql':
            '-- +goose Up\nCREATE TABLE books (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, title text NOT NULL, description text, currency text);\n',
        });
      }
    : copyBookshopBase;
  return pullRequestCheckout(base, (repo) => {
    repo.write({
      [path]: [
        '-- +goose Up',
        "SET lock_timeout = '5s';",
        '',
        '-- The description moved to the CMS in release 3.2.',
        'ALTER TABLE books DROP COLUMN description;',
        '',
        '-- +goose Down',
        "SET lock_timeout = '5s';",
        'ALTER TABLE books ADD COLUMN description text;',
        '',
      ].join('\n'),
    });
  }, 'drop-books-description');
}

export function readText(root: string, path: string): string {
  return readFileSync(join(root, path), 'utf8');
}

/**
 * A new push to the pull request's branch: `change` is committed on the head branch, and the
 * checkout moves to the new merge commit, as the runner of the `synchronize` event sees it.
 */
export function pushToCheckout(checkout: PullRequestCheckout, change: (repo: TempRepo) => void): PullRequestCheckout {
  const { repo } = checkout;
  repo.git('checkout', '-q', checkout.headRef);
  change(repo);
  repo.commit('another push');
  const headSha = repo.git('rev-parse', 'HEAD').trim();
  repo.git('checkout', '-q', '--detach', checkout.baseSha);
  repo.git('merge', '-q', '--no-ff', '--no-edit', checkout.headRef);
  const mergeSha = repo.git('rev-parse', 'HEAD').trim();
  return { ...checkout, headSha, mergeSha, files: listedFiles(repo, checkout.baseSha, headSha) };
}

/**
 * The merge queue's commit for a pull request: what `gh-readonly-queue/main/pr-N-<base>` points
 * at, the head merged into the base with the queue's message; the checkout is left on it.
 */
export function mergeQueueCommit(checkout: PullRequestCheckout, pull: number): string {
  const { repo } = checkout;
  repo.git('checkout', '-q', '--detach', checkout.baseSha);
  repo.git('merge', '-q', '--no-ff', '-m', `Merge pull request #${pull} from acme/${checkout.headRef}`, checkout.headRef);
  return repo.git('rev-parse', 'HEAD').trim();
}
