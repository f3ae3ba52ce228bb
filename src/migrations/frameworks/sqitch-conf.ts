// sqitch.conf: where a sqitch project keeps its plan and its deploy, revert and verify scripts.
import { basename, dirname, join, normalize } from '../paths.js';

/** One sqitch project as its configuration lays it out (repository-relative paths). */
export interface SqitchLayout {
  plan: string;
  deployDir: string;
  revertDir: string;
  verifyDir: string;
  /** Script extension without the dot (`extension` key, `sql` by default). */
  extension: string;
}

type Sections = Map<string, Map<string, string>>;

/**
 * Reads a git-config style file: `[core]`, `[engine "pg"]`, `[target "prod"]` sections of
 * `key = value` lines; `#` and `;` start comments. Section and key names compare without case,
 * as sqitch reads them.
 */
export function parseSqitchConf(text: string): Sections {
  const sections: Sections = new Map();
  let current: Map<string, string> | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/^\uFEFF/, '').trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[\s*([A-Za-z0-9_.-]+)(?:\s+"([^"]*)")?\s*\]$/.exec(line);
    if (header) {
      const name = header[2] === undefined ? header[1].toLowerCase() : `${header[1].toLowerCase()} ${header[2]}`;
      current = sections.get(name) ?? new Map();
      sections.set(name, current);
      continue;
    }
    const entry = /^([A-Za-z0-9_-]+)\s*=\s*(.*)$/.exec(line);
    if (!entry || !current) continue;
    const value = entry[2].replace(/\s[#;].*$/, '').trim().replace(/^"(.*)"$/, '$1');
    current.set(entry[1].toLowerCase(), value);
  }
  return sections;
}

/**
 * The layout a `sqitch.conf` gives for PostgreSQL, or undefined when its engine is another one.
 * Keys resolve as sqitch resolves them: the target named by `engine.pg.target` (or
 * `core.target`), then `[engine "pg"]`, then `[core]`, then the defaults (`top_dir` `.`,
 * `$top_dir/sqitch.plan`, `$top_dir/deploy`, ...). Paths are relative to the folder of the
 * conf, where sqitch runs. When the plan is not where the conf points but beside the conf,
 * that one is used (projects that set `top_dir` and keep the plan at the root).
 */
export function sqitchLayoutFromConf(confPath: string, text: string, exists: (path: string) => boolean): SqitchLayout | undefined {
  const conf = parseSqitchConf(text);
  const core = conf.get('core');
  const engine = core?.get('engine');
  if (engine !== undefined && engine !== 'pg') return undefined;
  const pg = conf.get('engine pg');
  const targetName = pg?.get('target') ?? core?.get('target');
  const target = targetName !== undefined && !targetName.includes(':') ? conf.get(`target ${targetName}`) : undefined;
  const get = (key: string) => target?.get(key) ?? pg?.get(key) ?? core?.get(key);
  const root = dirname(confPath);
  const at = (value: string | undefined, fallback: string): string | undefined =>
    value === undefined || value === '' ? fallback : value.startsWith('/') ? undefined : normalize(join(root, value));
  const top = at(get('top_dir'), root);
  if (top === undefined) return undefined;
  let plan = at(get('plan_file'), join(top, 'sqitch.plan'));
  if (plan === undefined || !exists(plan)) {
    const beside = join(root, 'sqitch.plan');
    if (!exists(beside)) return undefined;
    plan = beside;
  }
  const dir = (key: string, name: string) => at(get(key), join(top, name)) ?? join(top, name);
  return {
    plan,
    deployDir: dir('deploy_dir', 'deploy'),
    revertDir: dir('revert_dir', 'revert'),
    verifyDir: dir('verify_dir', 'verify'),
    extension: (get('extension') ?? 'sql').replace(/^\./, ''),
  };
}

/**
 * Every sqitch project of a tree: one per `sqitch.conf` for PostgreSQL, and one per
 * `X/sqitch.plan` that no conf claims (`X/deploy`, `X/revert`, `X/verify`).
 */
export function findSqitchLayouts(paths: readonly string[], read: (path: string) => string | undefined): SqitchLayout[] {
  const all = new Set(paths);
  const exists = (p: string) => all.has(p);
  const layouts: SqitchLayout[] = [];
  for (const p of paths) {
    if (basename(p) !== 'sqitch.conf') continue;
    const layout = sqitchLayoutFromConf(p, read(p) ?? '', exists);
    if (layout) layouts.push(layout);
  }
  const claimed = new Set(layouts.map((l) => l.plan));
  for (const p of paths) {
    if (basename(p) === 'sqitch.plan' && !claimed.has(p)) layouts.push(bareLayout(p));
  }
  return layouts;
}

/** `X/sqitch.plan` with sqitch's default folders beside it. */
function bareLayout(plan: string): SqitchLayout {
  const top = dirname(plan);
  return { plan, deployDir: join(top, 'deploy'), revertDir: join(top, 'revert'), verifyDir: join(top, 'verify'), extension: 'sql' };
}

/** The projects of scripts under a `deploy` folder whose parent holds a sqitch.plan (no conf read). */
export function sqitchLayoutsAround(scripts: readonly string[], exists: (path: string) => boolean): SqitchLayout[] {
  const plans = new Set<string>();
  for (const path of scripts) {
    for (let dir = dirname(path); dir !== ''; dir = dirname(dir)) {
      const plan = join(dirname(dir), 'sqitch.plan');
      if (basename(dir) === 'deploy' && exists(plan)) plans.add(plan);
    }
  }
  return [...plans].map(bareLayout);
}

function within(dir: string, path: string): boolean {
  return dir === '' ? true : path.startsWith(`${dir}/`);
}

/** The layout whose deploy folder holds `path` as a script (nested change names included). */
export function sqitchDeployLayout(layouts: readonly SqitchLayout[], path: string): SqitchLayout | undefined {
  return layouts.find((l) => within(l.deployDir, path) && path.endsWith(`.${l.extension}`));
}

/** Whether `path` is a revert or verify script of a sqitch project: never applied on deploy. */
export function isSqitchRevertOrVerify(layouts: readonly SqitchLayout[], path: string): boolean {
  return layouts.some((l) => !within(l.deployDir, path) && (within(l.revertDir, path) || within(l.verifyDir, path)));
}

/** The change a deploy script stands for: its path under the deploy folder, without extension. */
export function sqitchChangeName(layout: SqitchLayout, path: string): string {
  const rel = layout.deployDir === '' ? path : path.slice(layout.deployDir.length + 1);
  return rel.slice(0, rel.length - layout.extension.length - 1);
}
