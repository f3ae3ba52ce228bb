// The source tree's dependency rules: every import of src/**/*.ts, read with a regex; no import
// cycles between files; each part of src imports only the parts below it, as the table says.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * What each part of src/ may import besides itself. A part is a folder of src/, except that
 * src/rules is split into the registry (index.ts), the rule contract (rule.ts), the rules
 * (<layer>/<id>.ts), the rule library (lib/) and the fix library (fixes/); of the top-level files,
 * index.ts and cli.ts are entry points and version.ts is a part of its own. `*`: anything.
 */
const MAY_IMPORT: Record<string, readonly string[] | '*'> = {
  core: [],
  version: [],
  sql: ['core'],
  config: ['core'],
  git: ['core'],
  // sql is below both; neither imports it today.
  migrations: ['core', 'sql'],
  replay: ['core', 'sql'],
  queries: ['core', 'sql', 'migrations'],
  'rules/rule': ['core'],
  'rules/lib': ['core', 'sql', 'migrations', 'rules/rule'],
  'rules/fixes': ['core', 'sql', 'migrations', 'rules/rule'],
  'rules/layers': ['core', 'sql', 'migrations', 'queries', 'rules/rule', 'rules/lib', 'rules/fixes'],
  'rules/registry': ['rules/rule', 'rules/layers'],
  review: ['core', 'sql', 'migrations', 'queries', 'replay', 'config', 'git', 'rules/registry', 'rules/rule', 'version'],
  report: ['core'],
  github: ['core', 'git', 'report'],
  action: '*',
  cli: '*',
  entry: '*',
};

/** Parts whose files must not import each other: a rule file imports no other rule. */
const NO_IMPORTS_WITHIN: ReadonlySet<string> = new Set(['rules/layers']);

/** Imports allowed beyond the table (`from`: a part or a file; `to`: a file), each with its reason. */
const EXCEPTIONS: readonly { from: string; to: string; why: string }[] = [
  {
    from: 'src/rules/replay/fails-on-existing-rows.ts',
    to: 'src/rules/replay/add-column-required.ts',
    why: 'reports only the failures add-column-required does not already report',
  },
];

/** Every .ts file under src/, repository-relative with forward slashes. */
function sourceFiles(): string[] {
  return readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `src/${f.split('\\').join('/')}`)
    .sort();
}

const IMPORT = /\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;

/** The source files a file imports (relative specifiers that name a .ts file of src). */
function importsOf(file: string, files: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  for (const m of readFileSync(join(ROOT, file), 'utf8').matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (!spec.startsWith('.')) continue;
    const target = relative(ROOT, join(ROOT, dirname(file), spec)).split('\\').join('/');
    const candidates = [target.replace(/\.js$/, '.ts'), `${target}.ts`, `${target}/index.ts`];
    const found = candidates.find((c) => files.has(c));
    if (found) out.add(found);
    else if (/\.[cm]?[jt]s$/.test(target) && !existsSync(join(ROOT, target))) throw new Error(`${file} imports ${spec}, which does not exist`);
  }
  return [...out].sort();
}

/** The part of src a file belongs to (see MAY_IMPORT). */
function partOf(file: string): string {
  const [, first, second] = file.split('/');
  if (first.endsWith('.ts')) return first === 'version.ts' ? 'version' : 'entry';
  if (first !== 'rules') return first;
  if (second === 'index.ts') return 'rules/registry';
  if (second === 'rule.ts') return 'rules/rule';
  if (second === 'lib' || second === 'fixes') return `rules/${second}`;
  return second.endsWith('.ts') ? `rules/${second}` : 'rules/layers';
}

const FILES = sourceFiles();
const GRAPH = new Map(FILES.map((f) => [f, importsOf(f, new Set(FILES))]));
const EDGES = [...GRAPH].flatMap(([from, tos]) => tos.map((to) => ({ from, to })));

/** One cycle through each group of files that import each other (Tarjan's strongly connected components). */
function cycles(): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of GRAPH.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1 || GRAPH.get(v)?.includes(v)) groups.push(group);
  };
  for (const f of FILES) if (!index.has(f)) visit(f);
  // A path inside each group from its first file back to it, for the message.
  return groups.map((group) => {
    const members = new Set(group);
    const start = [...group].sort()[0];
    const path = [start];
    const seen = new Set([start]);
    const walk = (v: string): boolean => {
      for (const w of GRAPH.get(v) ?? []) {
        if (w === start) return true;
        if (!members.has(w) || seen.has(w)) continue;
        seen.add(w);
        path.push(w);
        if (walk(w)) return true;
        path.pop();
      }
      return false;
    };
    walk(start);
    return [...path, start];
  });
}

function excepted(from: string, to: string): boolean {
  return EXCEPTIONS.some((e) => (e.from === from || e.from === partOf(from)) && e.to === to);
}

describe('source layout', () => {
  it('reads the imports of every source file', () => {
    expect(FILES.length).toBeGreaterThan(150);
    expect(EDGES.length).toBeGreaterThan(500);
    expect(GRAPH.get('src/rules/index.ts')).toContain('src/rules/rule.ts');
  });

  it('has no import cycles between files', () => {
    expect(cycles().map((c) => c.join(' -> '))).toEqual([]);
  });

  it('places every file in a part of the table', () => {
    expect(FILES.filter((f) => !(partOf(f) in MAY_IMPORT)).map((f) => `${f} (${partOf(f)})`)).toEqual([]);
  });

  it('imports only downward, as the table says', () => {
    const offending: string[] = [];
    for (const { from, to } of EDGES) {
      const a = partOf(from);
      const b = partOf(to);
      const allowed = MAY_IMPORT[a];
      const ok = a === b ? !NO_IMPORTS_WITHIN.has(a) : allowed === '*' || (allowed ?? []).includes(b);
      if (ok || excepted(from, to)) continue;
      const may = a === b ? `no other file of ${a}` : Array.isArray(allowed) && allowed.length > 0 ? allowed.join(', ') : 'nothing of ours';
      offending.push(`${from} -> ${to} (${a} may import ${may})`);
    }
    expect(offending).toEqual([]);
  });

  it('needs every exception it lists', () => {
    const unused = EXCEPTIONS.filter((e) => !EDGES.some(({ from, to }) => (e.from === from || e.from === partOf(from)) && e.to === to));
    expect(unused.map((e) => `${e.from} -> ${e.to}`)).toEqual([]);
  });
});
