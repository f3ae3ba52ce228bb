// A ChangeSource for checkouts that lack the pull request's base commit (actions/checkout's
// default fetch-depth is 1). The head is the working tree; what changed comes from the pull
// request's file list (pulls.listFiles); the base tree is the head with those changes undone, and
// the base bytes of a modified, removed or renamed file come from the API at the base sha.
import { createHash } from 'node:crypto';
import type { ChangedPath, ChangeSource } from '../core/change-types.js';
import { gitMaybe } from '../git/run-git.js';
import { readWorkingFile, workingTreeFiles } from '../git/repository.js';

/** One entry of GET /repos/{owner}/{repo}/pulls/{pull_number}/files (the fields used here). */
export interface PullRequestFile {
  filename: string;
  /** added, removed, modified, renamed, copied, changed or unchanged. */
  status: string;
  previous_filename?: string;
}

/** pulls.listFiles returns at most this many files, however it is paginated. */
export const PULL_REQUEST_FILE_CAP = 3000;

export interface ApiChangeSourceOptions {
  root: string;
  files: readonly PullRequestFile[];
  /** A file's bytes at the base sha (a base path: the old name of a renamed file); undefined when absent. */
  readBaseFile: (path: string) => Promise<Uint8Array | undefined>;
  /**
   * The review's migration discovery (discoveryReads(config) of src/review/inputs/read-history.ts). When
   * given, only the changed base files the migration layout reads are fetched (found by running
   * discovery on the base tree until it asks for nothing new). Without it every modified, removed
   * and renamed file is fetched.
   */
  discover?: (paths: string[], read: (path: string) => Uint8Array | undefined) => void;
  /** Requests in flight at once; default 8. */
  concurrency?: number;
}

/** True when `sha` names a commit present in the checkout. */
export function baseCommitAvailable(root: string, sha: string): boolean {
  if (!/^[0-9a-f]{4,64}$/i.test(sha) || /^0+$/.test(sha)) return false;
  return gitMaybe(root, ['cat-file', '-e', `${sha}^{commit}`]) !== undefined;
}

/** The pull request's changes in the review's terms; a copy is a new file, a mode change a modification. */
export function changesFromFiles(files: readonly PullRequestFile[]): ChangedPath[] {
  const changes: ChangedPath[] = [];
  for (const f of files) {
    switch (f.status) {
      case 'added':
      case 'copied':
        changes.push({ status: 'added', path: f.filename });
        break;
      case 'removed':
        changes.push({ status: 'deleted', path: f.filename });
        break;
      case 'renamed':
        changes.push(f.previous_filename ? { status: 'renamed', path: f.filename, previousPath: f.previous_filename } : { status: 'added', path: f.filename });
        break;
      case 'modified':
      case 'changed':
        changes.push({ status: 'modified', path: f.filename });
        break;
      default:
        // 'unchanged' and anything GitHub adds later: nothing to review.
        break;
    }
  }
  return changes;
}

/** Git's blob id of some bytes, so base ids match what the git source reports. */
function blobSha(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}

async function fetchAll(
  paths: readonly string[],
  read: (path: string) => Promise<Uint8Array | undefined>,
  into: Map<string, Uint8Array | undefined>,
  concurrency: number,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < paths.length) {
      const path = paths[next++];
      into.set(path, await read(path));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, paths.length)) }, worker));
}

/**
 * Builds the source and fetches, before returning, every base file the review will read whose
 * bytes differ from the working tree's (so the ChangeSource itself stays synchronous).
 * Reading a base file that was changed but not fetched throws: it would mean the review reads
 * more than discovery predicted, and silently using the head's bytes would hide an edit.
 */
export async function apiChangeSource(options: ApiChangeSourceOptions): Promise<ChangeSource> {
  const { root, files } = options;
  const changes = changesFromFiles(files);
  const headPaths = workingTreeFiles(root);
  const headCache = new Map<string, Uint8Array | undefined>();
  const readHead = (path: string): Uint8Array | undefined => {
    if (!headCache.has(path)) headCache.set(path, readWorkingFile(root, path));
    return headCache.get(path);
  };

  // Base tree: undo the pull request. Base paths whose bytes differ from head need the API.
  const base = new Set(headPaths);
  const fromApi = new Set<string>();
  for (const c of changes) {
    if (c.status === 'added') base.delete(c.path);
    if (c.status === 'renamed') base.delete(c.path);
  }
  for (const c of changes) {
    const basePath = c.status === 'renamed' ? c.previousPath : c.status === 'added' ? undefined : c.path;
    if (basePath === undefined) continue;
    base.add(basePath);
    fromApi.add(basePath);
  }
  const basePaths = [...base].sort();

  const fetched = new Map<string, Uint8Array | undefined>();
  const concurrency = options.concurrency ?? 8;
  if (options.discover) {
    for (;;) {
      const wanted = new Set<string>();
      // The same discovery the review runs, so it asks for exactly the files the review will read.
      options.discover(basePaths, (path) => {
        if (!fromApi.has(path)) return readHead(path);
        if (fetched.has(path)) return fetched.get(path);
        // An empty placeholder keeps the file selected, so its companions (.conf, plan) are asked for in this pass.
        wanted.add(path);
        return new Uint8Array();
      });
      if (wanted.size === 0) break;
      await fetchAll([...wanted], options.readBaseFile, fetched, concurrency);
    }
  } else {
    await fetchAll([...fromApi], options.readBaseFile, fetched, concurrency);
  }

  const readBase = (path: string): Uint8Array | undefined => {
    if (!base.has(path)) return undefined;
    if (!fromApi.has(path)) return readHead(path);
    if (!fetched.has(path)) throw new Error(`the base version of ${path} was not fetched from the GitHub API`);
    return fetched.get(path);
  };
  const shas = new Map<string, string>();
  const capped = files.length >= PULL_REQUEST_FILE_CAP ? ` (GitHub lists at most ${PULL_REQUEST_FILE_CAP}; later files are missing)` : '';
  return {
    description: `GitHub API: ${files.length} changed files${capped}, ${fetched.size} base files fetched`,
    basePaths: () => basePaths,
    readBase,
    baseSha(path) {
      if (!shas.has(path)) {
        const bytes = readBase(path);
        shas.set(path, bytes ? blobSha(bytes) : '');
      }
      return shas.get(path)!;
    },
    headPaths: () => headPaths,
    readHead,
    changes: () => changes,
  };
}
