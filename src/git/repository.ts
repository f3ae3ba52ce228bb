// What the review needs from a git repository: its root, the base commit, the files at a
// revision and in the working tree, and what changed between them.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ChangedPath } from '../core/change-types.js';
import { GitError, git, gitBuffer, gitMaybe, splitNul } from './run-git.js';

export interface TreeEntry {
  path: string;
  /** Blob id: equal ids mean equal content. */
  sha: string;
}

export function repositoryRoot(cwd: string): string {
  const out = gitMaybe(cwd, ['rev-parse', '--show-toplevel']);
  if (!out) throw new GitError(`${cwd} is not inside a git repository (review compares your branch with its base; use "audit" for a plain folder)`);
  return out.trim();
}

export function resolveCommit(root: string, ref: string): string {
  const out = gitMaybe(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (!out) throw new GitError(`base ref "${ref}" is not a commit in this repository (fetch it, or pass --base with a branch, tag or sha)`);
  return out.trim();
}

/**
 * The default base: the merge-base of HEAD with the default branch (origin's HEAD, then
 * origin/main, origin/master, main, master), as a pull request would see it.
 */
export function defaultBase(root: string): string {
  const candidates: string[] = [];
  const originHead = gitMaybe(root, ['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD']);
  if (originHead) candidates.push(originHead.trim());
  candidates.push('origin/main', 'origin/master', 'main', 'master');
  for (const ref of candidates) {
    if (!gitMaybe(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])) continue;
    const base = gitMaybe(root, ['merge-base', 'HEAD', ref]);
    if (base) return base.trim();
  }
  throw new GitError('could not find the default branch (tried origin/HEAD, origin/main, origin/master, main, master); pass --base REF');
}

/** Files tracked at a revision, with their blob ids. */
export function treeAt(root: string, rev: string): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const line of splitNul(git(root, ['ls-tree', '-r', '-z', '--full-tree', rev]))) {
    const tab = line.indexOf('\t');
    const [, type, sha] = line.slice(0, tab).split(' ');
    if (type === 'blob') entries.push({ path: line.slice(tab + 1), sha });
  }
  return entries;
}

/** Files of the working tree: tracked ones still present and untracked ones not ignored. */
export function workingTreeFiles(root: string): string[] {
  const paths = splitNul(git(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']));
  return [...new Set(paths)].filter((p) => {
    try {
      return statSync(join(root, p)).isFile();
    } catch {
      return false;
    }
  });
}

/** Contents of many blobs at once through one `git cat-file --batch`. */
export function readBlobs(root: string, shas: string[]): Map<string, Buffer> {
  const result = new Map<string, Buffer>();
  const unique = [...new Set(shas)];
  if (unique.length === 0) return result;
  const out = gitBuffer(root, ['cat-file', '--batch'], unique.join('\n') + '\n');
  let pos = 0;
  for (const sha of unique) {
    const headerEnd = out.indexOf(0x0a, pos);
    const header = out.subarray(pos, headerEnd).toString('utf8').split(' ');
    if (header[1] === 'missing') {
      pos = headerEnd + 1;
      continue;
    }
    const size = Number(header[2]);
    result.set(sha, out.subarray(headerEnd + 1, headerEnd + 1 + size));
    pos = headerEnd + 1 + size + 1;
  }
  return result;
}

/** What changed from `base` to the working tree (committed, staged, unstaged and untracked). */
export function changedPaths(root: string, base: string): ChangedPath[] {
  const fields = splitNul(git(root, ['diff', '--name-status', '-z', '-M', '--no-ext-diff', base]));
  const changes: ChangedPath[] = [];
  for (let i = 0; i < fields.length; i++) {
    const code = fields[i];
    if (code.startsWith('R')) {
      changes.push({ status: 'renamed', previousPath: fields[i + 1], path: fields[i + 2] });
      i += 2;
    } else if (code.startsWith('C')) {
      changes.push({ status: 'added', path: fields[i + 2] });
      i += 2;
    } else {
      const path = fields[i + 1];
      i += 1;
      const status = code === 'A' ? 'added' : code === 'D' ? 'deleted' : 'modified';
      changes.push({ status, path });
    }
  }
  const known = new Set(changes.map((c) => c.path));
  for (const path of splitNul(git(root, ['ls-files', '-z', '--others', '--exclude-standard']))) {
    if (!known.has(path)) changes.push({ status: 'added', path });
  }
  return changes;
}

export function readWorkingFile(root: string, path: string): Buffer | undefined {
  const full = join(root, path);
  return existsSync(full) ? readFileSync(full) : undefined;
}

/** Full messages of the commits in base..head (newest first); [] when git cannot tell. */
export function commitMessages(root: string, base: string, head: string): string[] {
  const out = gitMaybe(root, ['log', '--format=%B%x00', `${base}..${head}`]);
  return out === undefined ? [] : splitNul(out).map((m) => m.trim()).filter((m) => m !== '');
}
