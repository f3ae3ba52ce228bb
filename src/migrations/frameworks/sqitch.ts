// sqitch: deploy scripts where sqitch.conf (or a sqitch.plan beside `deploy/`) puts them, applied
// in the plan's order through psql.
import { wholeFile, type Dialect, type Layouts } from './dialect.js';
import { sqitchChangeName, sqitchDeployLayout } from './sqitch-conf.js';

type PlanEntry = { kind: 'change'; name: string } | { kind: 'tag'; name: string };

/** Changes and tags of a plan, in order; pragmas (`%`), comments and blank lines skipped. */
export function parseSqitchPlan(text: string): PlanEntry[] {
  const entries: PlanEntry[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('%')) continue;
    const token = line.split(/\s+/)[0];
    if (token.startsWith('@')) entries.push({ kind: 'tag', name: token.slice(1) });
    else entries.push({ kind: 'change', name: token });
  }
  return entries;
}

let cachedPlan: { text: string; entries: PlanEntry[] } | undefined;

/**
 * Position of a deploy script in its project's plan. A reworked change deploys `name.sql` at its
 * last entry and `name@tag.sql` at its last entry before that tag; scripts absent from the plan
 * get no rank (sqitch would not deploy them) and sort after the planned ones.
 */
export function sqitchRank(path: string, read: (path: string) => string | undefined, layouts: Layouts): number | undefined {
  const layout = sqitchDeployLayout(layouts.sqitch, path);
  const text = layout ? read(layout.plan) : undefined;
  if (layout === undefined || text === undefined) return undefined;
  if (cachedPlan?.text !== text) cachedPlan = { text, entries: parseSqitchPlan(text) };
  const entries = cachedPlan.entries;
  const stem = sqitchChangeName(layout, path);
  const at = stem.lastIndexOf('@');
  const name = at < 0 ? stem : stem.slice(0, at);
  let limit = entries.length;
  if (at >= 0) {
    const tag = stem.slice(at + 1);
    limit = entries.findIndex((e) => e.kind === 'tag' && e.name === tag);
    if (limit < 0) return undefined;
  }
  for (let i = limit - 1; i >= 0; i--) {
    if (entries[i].kind === 'change' && entries[i].name === name) return i;
  }
  return undefined;
}

export const sqitch: Dialect = {
  framework: 'sqitch',
  runner: 'sqitch',
  leaveTransaction: 'leave BEGIN/COMMIT out of this script so psql runs the statement on its own',
  leaveTransactionBy: 'manual',
  version: () => ({ version: [], repeatable: false }),
  rank: sqitchRank,
  sequence: (path, layouts) => sqitchDeployLayout(layouts.sqitch, path)?.deployDir,
  analyze: wholeFile('none', 'sqitch runs deploy scripts through psql as written: only BEGIN/COMMIT in the script make a transaction'),
};
