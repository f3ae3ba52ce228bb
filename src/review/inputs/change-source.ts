// The git ChangeSource (src/core/change-types.ts): the review's two trees and the changes between
// them read from a repository's commits and working tree.
import type { ChangedPath, ChangeSource } from '../../core/change-types.js';
import { changedPaths, defaultBase, readBlobs, readWorkingFile, resolveCommit, treeAt, workingTreeFiles } from '../../git/repository.js';

/** The base tree files a migration layout may read (sqitch.conf, diesel's metadata.toml, ...), fetched in one `git cat-file --batch`. */
const LIKELY_READ = /\.(sql|plan|conf|toml)$/;

/**
 * Base = a commit of the repository: `baseRef` when given (a branch, a tag, a sha; for a push
 * event the `before` sha, which the checkout has only when fetched deep enough: `fetch-depth: 0`,
 * or at least the number of pushed commits + 1), else the merge-base of HEAD with the default
 * branch. Head = the working tree, including uncommitted and untracked files.
 * Throws GitError when the base cannot be resolved.
 */
export function gitChangeSource(root: string, baseRef?: string): ChangeSource {
  const baseCommit = baseRef ? resolveCommit(root, baseRef) : defaultBase(root);
  const baseTree = treeAt(root, baseCommit);
  const shaByPath = new Map(baseTree.map((e) => [e.path, e.sha]));
  let prefetched: Map<string, Buffer> | undefined;
  let headPaths: string[] | undefined;
  let changes: ChangedPath[] | undefined;
  return {
    description: `git ${baseCommit.slice(0, 12)}..working tree`,
    basePaths: () => baseTree.map((e) => e.path),
    readBase(path) {
      const sha = shaByPath.get(path);
      if (!sha) return undefined;
      prefetched ??= readBlobs(root, baseTree.filter((e) => LIKELY_READ.test(e.path)).map((e) => e.sha));
      return prefetched.get(sha) ?? readBlobs(root, [sha]).get(sha);
    },
    baseSha: (path) => shaByPath.get(path) ?? '',
    headPaths: () => (headPaths ??= workingTreeFiles(root)),
    readHead: (path) => readWorkingFile(root, path),
    changes: () => (changes ??= changedPaths(root, baseCommit)),
  };
}
