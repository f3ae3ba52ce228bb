// Benchmarks the bundled CLI on generated goose histories. Builds temp git repositories (history
// committed on main, the pull request on a branch), runs `dist/cli.js review` in each under
// /usr/bin/time, interleaving the scenarios run by run so that machine noise hits all alike, and
// reports medians of wall time, peak RSS and the report's per-phase timings.
//
// Usage: npm run bundle && node bench/run.mjs [--runs 5] [--warmup 1] [--history 1000]
//        [--small 100] [--pr 10] [--seed 42] [--keep]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { countUpStatements, generateHistory, generatePullRequest, trivialPullRequest, writeFiles } from './generate-history.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const TIME = '/usr/bin/time';
const PHASES = ['discovery', 'parse', 'base-replay', 'replay', 'rules'];

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
    history: { type: 'string', default: '1000' },
    small: { type: 'string', default: '100' },
    pr: { type: 'string', default: '10' },
    seed: { type: 'string', default: '42' },
    keep: { type: 'boolean', default: false },
  },
});
const runs = Number(opts.runs);
const warmup = Number(opts.warmup);
const big = Number(opts.history);
const small = Number(opts.small);
const prFiles = Number(opts.pr);
const seed = Number(opts.seed);

if (!existsSync(cli)) fail(`${cli} is missing: run \`npm run bundle\` first.`);
if (!existsSync(TIME)) fail(`${TIME} is missing (GNU time: apt-get install time).`);

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

function git(cwd, ...args) {
  execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** A repository with `history` committed on main and `pr` committed on a branch checked out. */
function makeRepo(parent, name, history, pr) {
  const dir = join(parent, name);
  mkdirSync(dir);
  writeFiles(dir, history);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', `${history.length} applied migrations`);
  git(dir, 'checkout', '-q', '-b', 'pr');
  writeFiles(dir, pr);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', `${pr.length} new migrations`);
  return dir;
}

/** A plain folder of migrations (what `audit DIR` reads). */
function makeFolder(parent, name, files) {
  const dir = join(parent, name);
  mkdirSync(dir);
  writeFiles(dir, files);
  return dir;
}

/**
 * Runs one command under GNU time: wall seconds, peak RSS (KB), and CPU seconds (user + system),
 * which other load on a shared machine disturbs less than wall time.
 */
function timed(cwd, args) {
  const timeFile = join(cwd, '..', `time-${process.pid}.txt`);
  const res = spawnSync(TIME, ['-f', '%e %M %U %S', '-o', timeFile, process.execPath, ...args], { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop();
  const [wall, rss, user, sys] = last.split(' ').map(Number);
  return { status: res.status, stdout: res.stdout, stderr: res.stderr, wallS: wall, rssKb: rss, cpuS: Math.round((user + sys) * 100) / 100 };
}

/** Checks a review report against what the scenario's files should give; returns the problems. */
function verify(scenario, report) {
  const problems = [];
  if (scenario.audit) {
    if (report.stats.files !== scenario.historyFiles) problems.push(`files ${report.stats.files}, expected ${scenario.historyFiles}`);
    const errors = report.findings.filter((f) => f.ruleId === 'replay-error' || f.ruleId === 'syntax-error');
    if (errors.length) problems.push(`${errors.length} replay/syntax errors, first: ${errors[0].file}: ${errors[0].message}`);
    return problems;
  }
  if (report.baseProblems.length > 0) problems.push(`${report.baseProblems.length} base replay problems, first: ${JSON.stringify(report.baseProblems[0])}`);
  if (report.stats.baseFiles !== scenario.historyFiles) problems.push(`baseFiles ${report.stats.baseFiles}, expected ${scenario.historyFiles}`);
  if (report.stats.files !== scenario.pr.length) problems.push(`files ${report.stats.files}, expected ${scenario.pr.length}`);
  for (const f of scenario.pr) {
    const got = new Set(report.findings.filter((x) => x.file === f.path && !x.ignored).map((x) => x.ruleId));
    const want = new Set(f.expect);
    const missing = [...want].filter((id) => !got.has(id));
    const extra = [...got].filter((id) => !want.has(id));
    if (missing.length || extra.length) problems.push(`${basename(f.path)}: missing [${missing}] unexpected [${extra}]`);
  }
  return problems;
}

const round2 = (x) => Math.round(x * 100) / 100;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function sh(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

function machine() {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  return {
    nproc: Number(sh('nproc', [])) || cpus().length,
    cpu: /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown',
    memGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    kernel: sh('uname', ['-r']),
    startedAt,
    finishedAt: new Date().toISOString(),
    loadavg1: { before: round2(loadBefore), after: round2(loadavg()[0]) },
  };
}

// Workloads: one seed, so the short history is the first files of the long one and the same
// pull request (made on the short history, versioned after the long one) applies to both.
const t0 = Date.now();
// Other work on a shared machine shows in the load average (1-minute) before and after the runs.
const loadBefore = loadavg()[0];
const startedAt = new Date(t0).toISOString();
const longHistory = generateHistory({ files: big, seed });
const shortHistory = generateHistory({ files: small, seed });
const pr = generatePullRequest(shortHistory, { files: prFiles, seed: seed + 1, after: longHistory.lastTime });
const trivial = trivialPullRequest(longHistory);
const tiny = generateHistory({ files: 3, seed });
const tinyPr = trivialPullRequest(tiny, { after: longHistory.lastTime });

const statementsIn = (files) => files.reduce((n, f) => n + countUpStatements(f.content), 0);
const bigLabel = `${big} files (${statementsIn(longHistory.files)} statements)`;
const smallLabel = `${small} files (${statementsIn(shortHistory.files)} statements)`;

const parent = mkdtempSync(join(tmpdir(), 'pgmr-bench-'));
const scenarios = [
  { id: 'a', label: `1 trivial PR file on ${bigLabel}`, historyFiles: big, pr: trivial, dir: makeRepo(parent, 'a', longHistory.files, trivial) },
  { id: 'b', label: `${prFiles}-file PR on ${bigLabel}`, historyFiles: big, pr, dir: makeRepo(parent, 'b', longHistory.files, pr) },
  { id: 'c', label: `${prFiles}-file PR on ${smallLabel}`, historyFiles: small, pr, dir: makeRepo(parent, 'c', shortHistory.files, pr) },
  { id: 'audit', label: `audit of ${smallLabel}, each statement traced`, audit: true, historyFiles: small, dir: makeFolder(parent, 'audit', shortHistory.files) },
  // The fixed cost of any review (Node, parser, PGlite start): almost nothing to replay.
  { id: 'empty', label: `1 trivial PR file on ${tiny.files.length} files`, historyFiles: tiny.files.length, pr: tinyPr, dir: makeRepo(parent, 'empty', tiny.files, tinyPr) },
];
console.error(`bench: repositories in ${parent} (built in ${Date.now() - t0} ms); ${warmup} warm-up + ${runs} measured rounds`);

const samples = Object.fromEntries(scenarios.map((s) => [s.id, []]));
let failed = false;
for (let round = 0; round < warmup + runs; round++) {
  const measured = round >= warmup;
  // Rotate the order each round: no scenario always runs first (cold caches) or last.
  const order = scenarios.map((_, i) => scenarios[(i + round) % scenarios.length]);
  for (const s of order) {
    const args = s.audit ? [cli, 'audit', '.', '--format', 'json'] : [cli, 'review', '--base', 'main', '--format', 'json'];
    const r = timed(s.dir, args);
    if (r.status !== 0 && r.status !== 1) fail(`scenario ${s.id} exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
    const report = JSON.parse(r.stdout);
    const problems = verify(s, report);
    if (problems.length) {
      failed = true;
      console.error(`bench: scenario ${s.id} is not the workload it should be:\n  ${problems.join('\n  ')}`);
    }
    const sample = { wallS: r.wallS, cpuS: r.cpuS, rssKb: r.rssKb, timings: report.stats.timings, statements: report.stats.statements, findings: report.findings.length, verdict: report.verdict };
    console.error(`bench: round ${round + 1}${measured ? '' : ' (warm-up)'} ${s.id}: ${r.wallS} s wall, ${r.cpuS} s CPU, ${Math.round(r.rssKb / 1024)} MB`);
    if (measured) samples[s.id].push(sample);
  }
  if (failed) break;
}
if (!opts.keep) rmSync(parent, { recursive: true, force: true });
if (failed) fail('the generated workload did not review as expected; numbers not reported.');

const summary = {};
for (const s of scenarios) {
  const xs = samples[s.id];
  const keys = [...new Set(xs.flatMap((x) => Object.keys(x.timings)))];
  summary[s.id] = {
    label: s.label,
    wallS: median(xs.map((x) => x.wallS)),
    wallMinS: Math.min(...xs.map((x) => x.wallS)),
    wallMaxS: Math.max(...xs.map((x) => x.wallS)),
    cpuS: median(xs.map((x) => x.cpuS)),
    rssMB: Math.round(median(xs.map((x) => x.rssKb)) / 1024),
    statements: xs[0].statements,
    timingsMs: Object.fromEntries(keys.map((k) => [k, median(xs.map((x) => x.timings[k] ?? 0))])),
  };
}
const ratio = (x, y) => (y > 0 ? Math.round((x / y) * 100) / 100 : null);
const ratios = {};
for (const [name, [x, y]] of Object.entries({ 'b/a': ['b', 'a'], 'b/c': ['b', 'c'] })) {
  const X = summary[x];
  const Y = summary[y];
  ratios[name] = {
    wall: ratio(X.wallS, Y.wallS),
    cpu: ratio(X.cpuS, Y.cpuS),
    rss: ratio(X.rssMB, Y.rssMB),
    ...Object.fromEntries(PHASES.map((p) => [p, ratio(X.timingsMs[p], Y.timingsMs[p])])),
  };
}
// The base-replay phase of the near-empty review is the engine start (plus 3 tiny files).
const start = summary.empty.timingsMs['base-replay'];
const derived = {
  // What one more history file costs: the long and short histories differ only in length.
  perHistoryFileMs: round2(((summary.b.wallS - summary.c.wallS) * 1000) / (big - small)),
  perHistoryFileCpuMs: round2(((summary.b.cpuS - summary.c.cpuS) * 1000) / (big - small)),
  // Base replay runs each file as one exec, untraced; less the engine start of the near-empty review.
  baseReplayPerFileMs: round2((summary.a.timingsMs['base-replay'] - start) / (big - tiny.files.length)),
  // Reviewed statements run one by one with locks, rewrites and catalog changes recorded.
  tracedPerStatementMs: round2(summary.b.timingsMs.replay / summary.b.statements),
  auditTracedPerStatementMs: round2((summary.audit.timingsMs.replay - start) / summary.audit.statements),
  engineStartMs: start,
  fixedShareOfB: round2(summary.empty.wallS / summary.b.wallS),
  fixedShareOfC: round2(summary.empty.wallS / summary.c.wallS),
};

const cell = (v) => (v === undefined || v === null || Number.isNaN(v) ? '–' : String(v));
const lines = [
  `| scenario | reviewed statements | wall s (median, min–max) | CPU s | peak RSS MB | ${PHASES.join(' ms | ')} ms |`,
  `| --- | --- | --- | --- | --- | ${PHASES.map(() => '---').join(' | ')} |`,
];
for (const s of scenarios) {
  const m = summary[s.id];
  const phases = PHASES.map((p) => cell(m.timingsMs[p]));
  lines.push(`| (${s.id}) ${s.label} | ${cell(m.statements)} | ${m.wallS} (${m.wallMinS}–${m.wallMaxS}) | ${m.cpuS} | ${m.rssMB} | ${phases.join(' | ')} |`);
}
for (const [name, r] of Object.entries(ratios)) {
  lines.push(`| ratio ${name} | | ${cell(r.wall)} | ${cell(r.cpu)} | ${cell(r.rss)} | ${PHASES.map((p) => cell(r[p])).join(' | ')} |`);
}
const env = machine();
const table = lines.join('\n');
console.log(`\n${runs} measured runs per scenario, medians. ${env.nproc} cores (${env.cpu}), ${env.memGiB} GiB, Node ${env.node}, kernel ${env.kernel}, ${env.startedAt} to ${env.finishedAt}; load average ${env.loadavg1.before} before, ${env.loadavg1.after} after.\n`);
console.log(table);
console.log(
  [
    '',
    `- one more history file adds ${derived.perHistoryFileMs} ms of wall time and ${derived.perHistoryFileCpuMs} ms of CPU ((b − c) / ${big - small});`,
    `- base replay: ${derived.baseReplayPerFileMs} ms per history file ((a − empty) base-replay / ${big - tiny.files.length});`,
    `- traced replay: ${derived.tracedPerStatementMs} ms per reviewed statement in (b), ${derived.auditTracedPerStatementMs} ms in the audit (less engine start);`,
    `- engine start ≈ (empty)'s base-replay, ${start} ms; the near-empty review's wall time is ${Math.round(derived.fixedShareOfB * 100)}% of (b)'s and ${Math.round(derived.fixedShareOfC * 100)}% of (c)'s.`,
  ].join('\n'),
);

const outDir = join(root, 'bench', 'out');
mkdirSync(outDir, { recursive: true });
const outFile = join(outDir, `${env.startedAt.replace(/[:.]/g, '-')}.json`);
writeFileSync(
  outFile,
  JSON.stringify({ machine: env, options: { runs, warmup, history: big, small, pr: prFiles, seed }, summary, ratios, derived, samples, table }, null, 2) + '\n',
);
console.error(`bench: raw results in ${outFile}`);
