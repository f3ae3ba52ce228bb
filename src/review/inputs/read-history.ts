// Migration files of one revision (base commit or working tree): selected, ordered, decoded.
// Files whose bytes are not reviewable text keep their place with empty text and a problem.
import type { Config } from '../../core/config.js';
import type { MigrationSource } from '../../core/migration-types.js';
import { loadMigrations } from '../../migrations/load.js';
import { decodeSqlFile } from './decode-text.js';

export interface DecodeProblem {
  line: number;
  message: string;
}

export interface History {
  sources: MigrationSource[];
  /** Files that are binary, not UTF-8 or too large, by path. */
  problems: Map<string, DecodeProblem>;
}

export function readHistory(paths: string[], readBytes: (path: string) => Uint8Array | undefined, config: Config): History {
  const problems = new Map<string, DecodeProblem>();
  const read = (path: string): string | undefined => {
    const bytes = readBytes(path);
    if (bytes === undefined) return undefined;
    const decoded = decodeSqlFile(bytes);
    if (decoded.ok) return decoded.text;
    problems.set(path, { line: decoded.line, message: decoded.message });
    return '';
  };
  const sources = loadMigrations({ paths, read, config });
  return { sources, problems };
}

/**
 * Discovery as a change source that fetches files runs it (src/github/changed-files.ts): the files
 * readHistory reads from `paths` with `config`, asked through `read`.
 */
export function discoveryReads(config: Config): (paths: string[], read: (path: string) => Uint8Array | undefined) => void {
  return (paths, read) => {
    readHistory(paths, read, config);
  };
}
