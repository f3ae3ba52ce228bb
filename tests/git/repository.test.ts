import { afterEach, describe, expect, it } from 'vitest';
import { changedPaths, defaultBase, readBlobs, repositoryRoot, resolveCommit, treeAt, workingTreeFiles } from '../../src/git/repository.js';
import { GitError } from '../../src/git/run-git.js';
import { TempRepo } from '../helpers/temp-repo.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let repo: TempRepo;
afterEach(() => repo?.dispose());

describe('git repository access', () => {
  it('lists what a branch changed against its merge-base, committed or not', () => {
    repo = new TempRepo().write({ 'db/1.sql': 'a', 'db/2.sql': 'b', 'db/3.sql': 'c', 'db/4.sql': 'x'.repeat(200) }).commit('base');
    repo.branch('feature').write({ 'db/5.sql': 'new' }).remove('db/2.sql').commit('feature');
    repo.write({ 'db/1.sql': 'edited', 'db/6.sql': 'untracked' });
    repo.git('mv', 'db/4.sql', 'db/4-renamed.sql');
    const base = defaultBase(repo.root);
    expect(base).toBe(resolveCommit(repo.root, 'main'));
    const changes = changedPaths(repo.root, base);
    const byPath = Object.fromEntries(changes.map((c) => [c.path, c]));
    expect(byPath['db/5.sql'].status).toBe('added');
    expect(byPath['db/2.sql'].status).toBe('deleted');
    expect(byPath['db/1.sql'].status).toBe('modified');
    expect(byPath['db/6.sql'].status).toBe('added');
    expect(byPath['db/4-renamed.sql']).toEqual({ status: 'renamed', path: 'db/4-renamed.sql', previousPath: 'db/4.sql' });
  });

  it('reads base blobs in one batch and lists the working tree', () => {
    repo = new TempRepo().write({ 'a.sql': 'select 1;\n', 'dir/b.sql': 'café\n' }).commit('base');
    const tree = treeAt(repo.root, 'HEAD');
    const blobs = readBlobs(repo.root, tree.map((e) => e.sha));
    expect(tree.map((e) => e.path).sort()).toEqual(['a.sql', 'dir/b.sql']);
    expect(blobs.get(tree.find((e) => e.path === 'dir/b.sql')!.sha)!.toString('utf8')).toBe('café\n');
    repo.remove('a.sql').write({ 'c.sql': '' });
    expect(workingTreeFiles(repo.root).sort()).toEqual(['c.sql', 'dir/b.sql']);
  });

  it('explains a missing base ref and a folder outside git', () => {
    repo = new TempRepo().write({ 'a.sql': '' }).commit('base');
    expect(() => resolveCommit(repo.root, 'no-such-branch')).toThrow(/base ref "no-such-branch" is not a commit/);
    const plain = mkdtempSync(join(tmpdir(), 'pgmr-plain-'));
    expect(() => repositoryRoot(plain)).toThrow(GitError);
  });
});
