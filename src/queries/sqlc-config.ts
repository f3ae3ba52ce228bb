// sqlc's config (sqlc.yaml, sqlc.yml, sqlc.json): which files it reads as queries and as schema.
import picomatch from 'picomatch';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { basename, dirname } from '../migrations/paths.js';

export const SQLC_CONFIG_NAMES: readonly string[] = ['sqlc.yaml', 'sqlc.yml', 'sqlc.json'];

/** Something wrong in a file that discovery read, reported rather than thrown. */
export interface DiscoveryProblem {
  path: string;
  line: number;
  message: string;
}

/** One `packages[]` (v1) or `sql[]` (v2) entry, its paths resolved to repository-relative form. */
export interface SqlcPackage {
  /** `postgresql`, `mysql`, `sqlite`, ... (v1 entries without one are PostgreSQL, as sqlc assumes). */
  engine: string;
  /** Files, folders (their direct `.sql` children) or globs, as sqlc reads them. */
  queries: string[];
  schema: string[];
}

export interface SqlcConfig {
  path: string;
  packages: SqlcPackage[];
}

export function isSqlcConfigPath(path: string): boolean {
  return SQLC_CONFIG_NAMES.includes(basename(path));
}

/** A config value with the line it came from (1 when the text gives no position). */
type Located =
  | { kind: 'map'; line: number; entries: Map<string, Located> }
  | { kind: 'list'; line: number; items: Located[] }
  | { kind: 'scalar'; line: number; value: unknown };

/**
 * Reads one sqlc config. A config that does not parse, or whose `packages` / `sql` / `queries` /
 * `schema` have the wrong shape, yields problems (with the line) instead of throwing; the parts
 * that could be read are still returned.
 */
export function parseSqlcConfig(path: string, text: string): { config?: SqlcConfig; problems: DiscoveryProblem[] } {
  const problems: DiscoveryProblem[] = [];
  const report = (line: number, message: string) => problems.push({ path, line, message });
  const root = path.endsWith('.json') ? readJson(text, report) : readYaml(text, report);
  if (!root) return { problems };
  if (root.kind !== 'map') {
    report(root.line, 'sqlc config: expected a mapping at the top level');
    return { problems };
  }
  const folder = dirname(path);
  const packages: SqlcPackage[] = [];
  for (const key of ['packages', 'sql']) {
    const list = root.entries.get(key);
    if (!list) continue;
    if (list.kind !== 'list') {
      report(list.line, `sqlc config: "${key}" must be a list`);
      continue;
    }
    list.items.forEach((entry, i) => {
      if (entry.kind !== 'map') {
        report(entry.line, `sqlc config: ${key}[${i}] must be a mapping`);
        return;
      }
      const engineNode = entry.entries.get('engine');
      const engine = engineNode?.kind === 'scalar' && typeof engineNode.value === 'string' ? engineNode.value : 'postgresql';
      const paths = (field: 'queries' | 'schema') =>
        pathList(entry.entries.get(field), `${key}[${i}].${field}`, report).flatMap(({ value, line }) => {
          const resolved = resolveRelative(folder, value);
          if (resolved === undefined) report(line, `sqlc config: ${key}[${i}].${field} "${value}" points outside the repository`);
          return resolved === undefined ? [] : [resolved];
        });
      packages.push({ engine, queries: paths('queries'), schema: paths('schema') });
    });
  }
  return { config: { path, packages }, problems };
}

function readYaml(text: string, report: (line: number, message: string) => void): Located | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    report(lines.linePos(error.pos[0]).line, `sqlc config: invalid YAML: ${error.message.split('\n')[0]}`);
    return undefined;
  }
  return fromYaml(doc.contents, lines);
}

function readJson(text: string, report: (line: number, message: string) => void): Located | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8 names the failing offset ("at position 17"); newer versions add "(line 2 column 3)".
    const position = /position (\d+)/.exec(message);
    const line = position ? lineAt(text, Number(position[1])) : 1;
    report(line, `sqlc config: invalid JSON: ${message}`);
    return undefined;
  }
  // JSON is YAML 1.2, and the YAML parser keeps positions; fall back to line 1 if it disagrees.
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  return doc.errors.length === 0 ? fromYaml(doc.contents, lines) : fromPlain(value);
}

function fromYaml(node: YamlNode | null, lines: LineCounter): Located {
  const line = node?.range ? lines.linePos(node.range[0]).line : 1;
  if (isMap(node)) {
    const entries = new Map<string, Located>();
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      entries.set(key, fromYaml(pair.value as YamlNode | null, lines));
    }
    return { kind: 'map', line, entries };
  }
  if (isSeq(node)) return { kind: 'list', line, items: node.items.map((item) => fromYaml(item as YamlNode | null, lines)) };
  return { kind: 'scalar', line, value: isScalar(node) ? node.value : null };
}

function fromPlain(value: unknown): Located {
  if (Array.isArray(value)) return { kind: 'list', line: 1, items: value.map(fromPlain) };
  if (value !== null && typeof value === 'object') {
    return { kind: 'map', line: 1, entries: new Map(Object.entries(value).map(([k, v]) => [k, fromPlain(v)])) };
  }
  return { kind: 'scalar', line: 1, value };
}

/** `queries` / `schema`: a string or a list of strings. */
function pathList(node: Located | undefined, what: string, report: (line: number, message: string) => void): { value: string; line: number }[] {
  if (!node) return [];
  const items = node.kind === 'list' ? node.items : [node];
  const out: { value: string; line: number }[] = [];
  for (const item of items) {
    if (item.kind === 'scalar' && typeof item.value === 'string' && item.value.trim() !== '') out.push({ value: item.value.trim(), line: item.line });
    else report(item.line, `sqlc config: ${what} must be a path or a list of paths`);
  }
  return out;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < Math.min(index, text.length); i++) if (text[i] === '\n') line++;
  return line;
}

/** `p` (relative to `folder`, `./` and `..` allowed) as a repository path; undefined when absolute or above the root. */
export function resolveRelative(folder: string, p: string): string | undefined {
  const posix = p.replace(/\\/g, '/');
  if (posix.startsWith('/') || /^[A-Za-z]:\//.test(posix)) return undefined;
  const parts = folder === '' ? [] : folder.split('/');
  for (const segment of posix.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(segment);
  }
  return parts.join('/');
}

const GLOB_CHARS = /[*?[\]]/;

/**
 * The `.sql` files sqlc reads for `patterns` (repository paths): a file itself, a folder's direct
 * children, or the files and folders a glob matches (sqlc expands globs with Go's filepath.Glob,
 * whose `*` stops at `/`). Like sqlc, skips hidden files and `.down.sql` migrations.
 */
export function expandSqlcPaths(patterns: readonly string[], allPaths: readonly string[]): string[] {
  const out = new Set<string>();
  for (const pattern of patterns) {
    const matches = GLOB_CHARS.test(pattern) ? picomatch(pattern, { dot: true }) : (p: string) => p === pattern;
    for (const path of allPaths) {
      if (matches(path) || matches(dirname(path))) out.add(path);
    }
  }
  return [...out].filter((path) => {
    const name = basename(path);
    return name.endsWith('.sql') && !name.startsWith('.') && !name.endsWith('.down.sql');
  });
}
