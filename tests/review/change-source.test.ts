// The git change source: the base tree and bytes of a commit, the working tree as head, and the
// changes between them, for a pull request (merge-base) and a push (the pushed range).
import { afterEach, describe, expect, it } from 'vitest';
import { GitError } from '../../src/git/run-git.js';
import { gitChangeSource } from '../../src/review/inputs/change-source.js';
import { TempRepo } from '../helpers/temp-repo.js';

const D = 'db/migrations';
const text = (bytes: Uint8Array | undefined): string | undefined => (bytes ? Buffer.from(bytes).toString('utf8') : undefined);
const sorted = <T>(items: T[]): T[] => [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

let repo: TempRepo;
afterEach(() => repo.dispose());

describe('gitChangeSource for a pull request', () => {
  function pullRequest(): TempRepo {
    repo = new TempRepo();
    repo.write({
      [`${D}/001_users.sql`]: 'CREATE TABLE users (id int);\n',
      [`${D}/002_orders.sql`]: 'CREATE TABLE orders (id int);\n',
      [`${D}/003_tags.sql`]: 'CREATE TABLE tags (id int);\n',
    }).commit('base').branch('feature');
    repo.git('mv', `${D}/003_tags.sql`, `${D}/003_labels.sql`);
    repo.write({ [`${D}/002_orders.sql`]: 'CREATE TABLE orders (id bigint);\n', [`${D}/004_coupons.sql`]: 'CREATE TABLE coupons (id int);\n' });
    repo.remove(`${D}/001_users.sql`).commit('pr');
    return repo;
  }

  it('reads the base tree and bytes from the base commit and the head from the working tree', () => {
    pullRequest();
    const source = gitChangeSource(repo.root, 'main');
    expect(source.basePaths().sort()).toEqual([`${D}/001_users.sql`, `${D}/002_orders.sql`, `${D}/003_tags.sql`]);
    expect(source.headPaths().sort()).toEqual([`${D}/002_orders.sql`, `${D}/003_labels.sql`, `${D}/004_coupons.sql`]);
    expect(text(source.readBase(`${D}/002_orders.sql`))).toBe('CREATE TABLE orders (id int);\n');
    expect(text(source.readHead(`${D}/002_orders.sql`))).toBe('CREATE TABLE orders (id bigint);\n');
    expect(source.readBase(`${D}/004_coupons.sql`)).toBeUndefined();
    expect(source.readHead(`${D}/001_users.sql`)).toBeUndefined();
    expect(source.baseSha(`${D}/002_orders.sql`)).toBe(repo.git('rev-parse', `main:${D}/002_orders.sql`).trim());
    expect(source.baseSha(`${D}/004_coupons.sql`)).toBe('');
    expect(source.description).toContain(repo.git('rev-parse', 'main').trim().slice(0, 12));
  });

  it('lists added, modified, renamed and deleted files, including uncommitted and untracked ones', () => {
    pullRequest();
    repo.write({ [`${D}/005_untracked.sql`]: 'SELECT 1;\n' });
    expect(sorted(gitChangeSource(repo.root, 'main').changes())).toEqual(
      sorted([
        { status: 'deleted', path: `${D}/001_users.sql` },
        { status: 'modified', path: `${D}/002_orders.sql` },
        { status: 'renamed', path: `${D}/003_labels.sql`, previousPath: `${D}/003_tags.sql` },
        { status: 'added', path: `${D}/004_coupons.sql` },
        { status: 'added', path: `${D}/005_untracked.sql` },
      ]),
    );
  });

  it('defaults to the merge-base with the default branch, ignoring later commits on it', () => {
    pullRequest();
    repo.git('checkout', '-q', 'main');
    repo.write({ [`${D}/009_on_main_later.sql`]: 'SELECT 1;\n' }).commit('main moves on');
    repo.git('checkout', '-q', 'feature');
    const source = gitChangeSource(repo.root);
    expect(source.basePaths()).not.toContain(`${D}/009_on_main_later.sql`);
    expect(source.changes().map((c) => c.path)).not.toContain(`${D}/009_on_main_later.sql`);
    expect(source.basePaths()).toContain(`${D}/003_tags.sql`);
  });

  it('says which ref is missing when the base is not in the repository', () => {
    pullRequest();
    expect(() => gitChangeSource(repo.root, 'no-such-branch')).toThrow(GitError);
    expect(() => gitChangeSource(repo.root, 'no-such-branch')).toThrow(/no-such-branch/);
  });
});

describe('gitChangeSource for a push', () => {
  it('covers exactly the pushed range: from the before sha to the pushed head', () => {
    repo = new TempRepo();
    repo.write({ [`${D}/001_users.sql`]: 'CREATE TABLE users (id int);\n' }).commit('already on the remote');
    repo.write({ [`${D}/002_orders.sql`]: 'CREATE TABLE orders (id int);\n' }).commit('pushed before');
    const before = repo.git('rev-parse', 'HEAD').trim();
    repo.write({ [`${D}/003_tags.sql`]: 'CREATE TABLE tags (id int);\n' }).commit('push 1');
    repo.write({ [`${D}/002_orders.sql`]: 'CREATE TABLE orders (id bigint);\n' }).commit('push 2');

    const source = gitChangeSource(repo.root, before);
    expect(sorted(source.changes())).toEqual(
      sorted([
        { status: 'added', path: `${D}/003_tags.sql` },
        { status: 'modified', path: `${D}/002_orders.sql` },
      ]),
    );
    expect(source.basePaths().sort()).toEqual([`${D}/001_users.sql`, `${D}/002_orders.sql`]);
    expect(text(source.readBase(`${D}/002_orders.sql`))).toBe('CREATE TABLE orders (id int);\n');
  });
});
