// Query files of one review: found in the head tree, read and split, and compared with their
// base versions to know which queries the pull request adds or edits.
import type { Config } from '../../core/config.js';
import type { Query, QueryFile } from '../../core/query-types.js';
import type { BaseReplayProblem } from '../../core/review-types.js';
import { loadQueryFile, selectQueryPaths } from '../../queries/index.js';
import { decodeSqlFile } from './decode-text.js';
import { changedQueries } from '../queries/query-review.js';
import type { ChangeSource } from '../../core/change-types.js';

export interface QueryInputs {
  /** Query files of the head tree. */
  files: QueryFile[];
  /** Queries new or edited in the pull request. */
  changed: Set<Query>;
  /** Status of each query file the pull request touched. */
  changedFiles: Map<string, 'added' | 'modified' | 'renamed'>;
  /** Config files of query tools that could not be read (context for the report). */
  problems: BaseReplayProblem[];
}

/** An undecodable query file: one unparsed query carrying the problem, which syntax-error reports. */
function undecodable(path: string, line: number, message: string): QueryFile {
  const statement = {
    index: 0,
    text: '',
    span: { start: 0, end: 0, line, column: 1, endLine: line, endColumn: 1 },
    kind: 'Unparsed',
    syntaxError: { message, line, column: 1 },
    ignores: [],
  };
  return { path, format: 'plain', text: '', normalizedText: '', queries: [{ file: path, statement, params: [] }], fileIgnores: [] };
}

function readQueryFile(path: string, bytes: Uint8Array | undefined): QueryFile | undefined {
  if (bytes === undefined) return undefined;
  const decoded = decodeSqlFile(bytes);
  if (!decoded.ok) return undecodable(path, decoded.line, decoded.message);
  return loadQueryFile(path, decoded.text);
}

function asText(bytes: Uint8Array | undefined): string | undefined {
  if (bytes === undefined) return undefined;
  const decoded = decodeSqlFile(bytes);
  return decoded.ok ? decoded.text : undefined;
}

/** Needs `await ensureParser()` first. `migrationPaths`: files already read as migrations (head). */
export function readQueries(source: ChangeSource, config: Config, migrationPaths: ReadonlySet<string>): QueryInputs {
  const discovery = selectQueryPaths(source.headPaths(), {
    globs: config.queries,
    readText: (path) => asText(source.readHead(path)),
    migrationPaths,
  });
  const wanted = new Set(discovery.paths);
  const changedFiles = new Map<string, 'added' | 'modified' | 'renamed'>();
  const previous = new Map<string, string>();
  for (const c of source.changes()) {
    if (!wanted.has(c.path) || c.status === 'deleted') continue;
    changedFiles.set(c.path, c.status === 'renamed' ? 'renamed' : c.status === 'added' ? 'added' : 'modified');
    if (c.previousPath) previous.set(c.path, c.previousPath);
  }
  const files: QueryFile[] = [];
  for (const path of discovery.paths) {
    const file = readQueryFile(path, source.readHead(path));
    if (file) files.push(file);
  }
  const baseVersion = (path: string): QueryFile | undefined => {
    const basePath = previous.get(path) ?? path;
    const file = readQueryFile(basePath, source.readBase(basePath));
    return file && { ...file, path };
  };
  const changed = changedQueries(files, baseVersion, new Set(changedFiles.keys()));
  const problems = discovery.problems.map((p) => ({ path: p.path, line: p.line, message: `${p.message}; its query paths were not checked`, about: 'queries' as const }));
  return { files, changed, changedFiles, problems };
}
