// Where a review's two trees and the changes between them come from. Git is one source
// (src/review/inputs/change-source.ts); the GitHub API (src/github/changed-files.ts) is another, for
// checkouts that lack the base commit. The interface is synchronous so the review reads files as it
// goes; a source that needs the network fetches what it will be asked for before it is handed over.
import type { FileStatus } from './migration-types.js';

export interface ChangedPath {
  path: string;
  status: Exclude<FileStatus, 'unchanged'>;
  previousPath?: string;
}

export interface ChangeSource {
  /** Every file of the base tree, repository-relative POSIX paths. */
  basePaths(): string[];
  /** A base file's bytes; undefined when the base has no such file. */
  readBase(path: string): Uint8Array | undefined;
  /** Git blob id of a base file (equal ids mean equal content); '' when unknown. */
  baseSha(path: string): string;
  /** Every file of the head tree (the working tree). */
  headPaths(): string[];
  readHead(path: string): Uint8Array | undefined;
  /** What changed from base to head; unchanged files are not listed. */
  changes(): ChangedPath[];
  /** For messages: where the base came from, e.g. "git 1a2b3c4..working tree". */
  description: string;
}
