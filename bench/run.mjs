// Benchmarks the bundled CLI on generated goose histories, side by side with squawk on the same
// changed files. Builds temp git repositories (history committed on main, the pull request on a
// branch), runs `dist/cli.js review` in each under /usr/bin/time, interleaving every scenario
// (squawk's too) round by round so that machine noise hits all alike, and reports medians of wall
// time, CPU time, peak RSS and the report's per-phase timings, against the issue's targets.
//
// Usage: npm run bundle && node bench/run.mjs [--runs 5] [--warmup 1] [--runs-large 3]
//        [--history 1000] [--large 5000] [--seed 42] [--only REGEX] [--skip-large] [--keep] [--dist DIR]
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { benchPullRequest, countUpStatements, generateHistory, trivialPullRequest, writeFiles } from './generate-history.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TIME = '/usr/bin/time';
const PHASES = ['discovery', 'parse', 'base-replay', 'replay', 'queries', 'rules'];
const PR_SIZES = [1, 10, 50];
// squawk takes milliseconds: several back-to-back runs in its slot of each round steady its median.
const SQUAWK_REPEAT = 5;
// The review reads its cache folder from this variable too: cold scenarios must not inherit one.
const childEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'PGMR_CACHE_DIR'));
// The issue's targets, on a 2-core machine: a 10-file pull request on an 800-file history.
const TARGET = { history: 800, prFiles: 10, coldWallS: 3, cachedWallS: 1.5, rssMB: 600 };

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
    'runs-large': { type: 'string', default: '3' },
    history: { type: 'string', default: '1000' },
    large: { type: 'string', default: '5000' },
    seed: { type: 'string', default: '42' },
    only: { type: 'string' },
    'skip-large': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    // Another bundle to measure (e.g. an older one from `git archive`); default: this checkout's dist/.
    dist: { type: 'string' },
  },
});
const dist = opts.dist ? resolve(opts.dist) : join(root, 'dist');
const runs = Number(opts.runs);
const warmup = Number(opts.warmup);
const runsLarge = Number(opts['runs-large']);
const mid = Number(opts.history);
const large = Number(opts.large);
const seed = Number(opts.seed);
const only = opts.only ? new RegExp(opts.only) : undefined;

/** The run's temp folder, removed on the way out unless --keep. */
let tempRoot;

function fail(message) {
  console.error(`bench: ${message}`);
  if (tempRoot && !opts.keep) rmSync(tempRoot, { recursive: true, force: true });
  process.exit(2);
}

if (!existsSync(join(dist, 'cli.js'))) fail(`${dist}/cli.js is missing: run \`npm run bundle\` first.`);
if (!existsSync(TIME)) fail(`${TIME} is missing (GNU time: apt-get install time).`);
if (!(large >= mid && mid >= TARGET.history)) fail(`--large (${large}) must be >= --history (${mid}) >= ${TARGET.history}`);

/** The squawk-cli release compared against, installed on first use into .cache/ (npm's lock cannot hold its per-platform binaries). */
const SQUAWK_VERSION = '2.66.0';
const SQUAWK_PREFIX = join(root, '.cache', 'bench-tools');

/** squawk's native binary, as its npm launcher finds it: timing the launcher would time a Node start and measure Node's RSS. */
function squawkBinary() {
  const launcher = join(SQUAWK_PREFIX, 'node_modules', 'squawk-cli', 'js', 'index.js');
  try {
    if (!existsSync(launcher)) {
      console.error(`bench: installing squawk-cli@${SQUAWK_VERSION} into ${SQUAWK_PREFIX}`);
      execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', SQUAWK_PREFIX, `squawk-cli@${SQUAWK_VERSION}`], { stdio: ['ignore', 'ignore', 'inherit'] });
    }
    const bin = createRequire(launcher)(launcher).getBinaryPath();
    return { bin, version: execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim() };
  } catch (err) {
    console.error(`bench: squawk-cli could not be installed or run (${err.message.split('\n')[0]}). Squawk scenarios skipped.`);
    return undefined;
  }
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

/**
 * Runs one command under GNU time: wall milliseconds (measured here, so that squawk's few
 * milliseconds are not rounded to GNU time's hundredths), peak RSS (KB), and CPU seconds
 * (user + system), which other load on a shared machine disturbs less than wall time.
 */
function timed(cwd, command, args) {
  const timeFile = join(cwd, '..', `time-${process.pid}.txt`);
  const t0 = process.hrtime.bigint();
  const res = spawnSync(TIME, ['-f', '%e %M %U %S', '-o', timeFile, command, ...args], { cwd, env: childEnv, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  // GNU time writes "Command exited with non-zero status N" before the numbers.
  const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop();
  const [, rss, user, sys] = last.split(' ').map(Number);
  return { status: res.status, stdout: res.stdout, stderr: res.stderr, wallMs: Math.round(wallMs * 10) / 10, rssKb: rss, cpuS: Math.round((user + sys) * 100) / 100 };
}

/**
 * dist/ copied into the run's temp folder (it runs alone, without node_modules): a bundle rebuilt
 * while the runs go on cannot mix two programs in one median, nor vanish mid-run.
 */
function snapshotDist(into) {
  const copy = join(into, 'dist');
  const builtAt = statSync(join(dist, 'cli.js')).mtime.toISOString();
  cpSync(dist, copy, { recursive: true });
  for (const f of ['cli.js', 'replay-worker.js']) if (!existsSync(join(copy, f))) fail(`${dist}/${f} is missing (a bundle in progress?): run \`npm run bundle\` and try again.`);
  if (statSync(join(dist, 'cli.js')).mtime.toISOString() !== builtAt) fail(`${dist} was rebuilt while it was copied; try again.`);
  const sha = createHash('sha256').update(readFileSync(join(copy, 'cli.js'))).digest('hex').slice(0, 12);
  return { cli: join(copy, 'cli.js'), builtAt, sha };
}

const reviewArgs = (s) => [cli, 'review', '--base', 'main', '--format', 'json', ...(s.cacheDir ? ['--cache-dir', s.cacheDir] : [])];

/** Checks a review report against what the scenario's files should give; returns the problems. */
function verifyReview(s, report, { fill = false } = {}) {
  const problems = [];
  if (report.baseProblems.length > 0) problems.push(`${report.baseProblems.length} base replay problems, first: ${JSON.stringify(report.baseProblems[0])}`);
  if (report.stats.baseFiles !== s.historyFiles) problems.push(`baseFiles ${report.stats.baseFiles}, expected ${s.historyFiles}`);
  if (report.stats.files !== s.pr.length) problems.push(`files ${report.stats.files}, expected ${s.pr.length}`);
  for (const f of s.pr) {
    const got = new Set(report.findings.filter((x) => x.file === f.path && !x.ignored).map((x) => x.ruleId));
    const want = new Set(f.expect);
    const missing = [...want].filter((id) => !got.has(id));
    const extra = [...got].filter((id) => !want.has(id));
    if (missing.length || extra.length) problems.push(`${basename(f.path)}: missing [${missing}] unexpected [${extra}]`);
  }
  const cache = report.stats.cache;
  if (s.cacheDir) {
    const want = fill ? 'miss' : 'hit';
    if (cache !== want) problems.push(`stats.cache is ${JSON.stringify(cache)}, expected "${want}" (${fill ? 'the run that fills the cache' : 'a run on a filled cache'})`);
  } else if (cache === 'hit') {
    problems.push('stats.cache is "hit" in a cold scenario: the review found a cache this benchmark did not ask for');
  }
  return problems;
}

/** Checks squawk's JSON report: it read every file (no parse error) and reported only on them. */
function verifySquawk(s, stdout) {
  let violations;
  try {
    violations = JSON.parse(stdout);
  } catch {
    return { problems: [`squawk printed no JSON report: ${stdout.slice(0, 300)}`] };
  }
  const problems = [];
  const paths = new Set(s.pr.map((f) => f.path));
  const syntax = violations.filter((v) => v.rule_name === 'syntax-error');
  if (syntax.length) problems.push(`${syntax.length} squawk syntax errors, first: ${syntax[0].file}:${syntax[0].line}: ${syntax[0].message}`);
  const elsewhere = violations.filter((v) => !paths.has(v.file));
  if (elsewhere.length) problems.push(`squawk reported on files it was not given: ${elsewhere[0].file}`);
  return { problems, violations };
}

const round2 = (x) => Math.round(x * 100) / 100;
const round3 = (x) => Math.round(x * 1000) / 1000;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function sh(cmd, args, cwd) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', cwd, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
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
    // The bundle is what runs: when it was built, and the commit checked out when the runs began
    // (with the number of files under src/ that differed from it).
    commit: commitAtStart,
    srcChangesAtStart,
    bundleBuiltAt: bundle.builtAt,
    bundleSha256: bundle.sha,
    squawk: squawk ? { version: squawk.version, binary: squawk.bin } : null,
    startedAt,
    finishedAt: new Date().toISOString(),
    loadavg1: { before: round2(loadBefore), after: round2(loadavg()[0]) },
  };
}

const t0 = Date.now();
// Other work on a shared machine shows in the load average (1-minute) before and after the runs.
const loadBefore = loadavg()[0];
const startedAt = new Date(t0).toISOString();
const commitAtStart = sh('git', ['rev-parse', '--short', 'HEAD'], root);
const srcChangesAtStart = sh('git', ['status', '--porcelain', '--', 'src'], root).split('\n').filter(Boolean).length;
const squawk = squawkBinary();

// Workloads: one seed, so every history is the first files of the largest one, and one pull
// request (made on the first 100 files, versioned after the largest history, its indexes kept off
// every index of it) applies with the same findings on top of each; its first k files are the
// k-file pull request.
const largest = generateHistory({ files: large, seed });
const fullPr = benchPullRequest(largest, { files: Math.max(...PR_SIZES), seed });
const prs = Object.fromEntries(PR_SIZES.map((k) => [k, fullPr.slice(0, k)]));
const tiny = generateHistory({ files: 3, seed });
const tinyPr = trivialPullRequest(tiny, { after: largest.lastTime });
const statementsIn = (files) => files.reduce((n, f) => n + countUpStatements(f.content), 0);
const historyOf = (n) => largest.files.slice(0, n);
const historyStatements = Object.fromEntries([TARGET.history, mid, large].map((n) => [n, statementsIn(historyOf(n))]));

const parent = mkdtempSync(join(tmpdir(), 'pgmr-bench-'));
tempRoot = parent;
const bundle = snapshotDist(parent);
const cli = bundle.cli;
/** Every scenario, before --only and --skip-large; repositories are built only for those that run. */
const plan = [
  // The fixed cost of any review (Node, parser, PGlite start): almost nothing to replay.
  { id: 'empty', label: `1 trivial PR file on ${tiny.files.length} files`, historyFiles: tiny.files.length, history: tiny.files, pr: tinyPr },
  { id: `h${TARGET.history}-pr${TARGET.prFiles}`, label: `target, cold: ${TARGET.prFiles}-file PR on ${TARGET.history} files`, historyFiles: TARGET.history, prFiles: TARGET.prFiles },
  { id: `h${TARGET.history}-pr${TARGET.prFiles}-cached`, label: `target, cached base: ${TARGET.prFiles}-file PR on ${TARGET.history} files`, historyFiles: TARGET.history, prFiles: TARGET.prFiles, cached: true },
  ...PR_SIZES.map((k) => ({ id: `h${mid}-pr${k}`, label: `${k}-file PR on ${mid} files`, historyFiles: mid, prFiles: k })),
  { id: `h${mid}-pr10-cached`, label: `cached base: 10-file PR on ${mid} files`, historyFiles: mid, prFiles: 10, cached: true },
  ...PR_SIZES.map((k) => ({ id: `h${large}-pr${k}`, label: `${k}-file PR on ${large} files`, historyFiles: large, prFiles: k, large: true })),
  // squawk lints the same changed files, in the same repository (it reads no history).
  ...PR_SIZES.map((k) => ({ id: `squawk-pr${k}`, label: `squawk on the ${k}-file PR`, squawk: true, prFiles: k })),
];
const selected = plan.filter((s) => (!only || only.test(s.id)) && !(s.large && opts['skip-large']) && !(s.squawk && !squawk));
if (selected.length === 0) fail('no scenario selected');

const repos = new Map();
/** The repository of `historyFiles` + the `prFiles`-file PR: shared by the cold, cached and squawk scenarios. */
function repoFor(historyFiles, prFiles) {
  const name = `h${historyFiles}-pr${prFiles}`;
  if (!repos.has(name)) repos.set(name, makeRepo(parent, name, historyOf(historyFiles), prs[prFiles]));
  return repos.get(name);
}
const scenarios = selected.map((s) => {
  if (s.id === 'empty') return { ...s, dir: makeRepo(parent, 'empty', s.history, s.pr), runs, warmup };
  const pr = prs[s.prFiles];
  const historyFiles = s.squawk ? mid : s.historyFiles;
  const base = { ...s, pr, historyFiles, dir: repoFor(historyFiles, s.prFiles), runs: s.large ? runsLarge : runs, warmup: s.large ? 0 : warmup };
  if (!s.squawk) base.label += ` (${historyStatements[s.historyFiles]} statements)`;
  return s.cached ? { ...base, cacheDir: join(parent, `cache-${s.id}`) } : base;
});
console.error(
  `bench: ${scenarios.length} scenarios, dist/ of ${bundle.builtAt} (cli.js sha256 ${bundle.sha}) and repositories in ${parent} (built in ${Date.now() - t0} ms); ` +
    `${warmup} warm-up + ${runs} measured rounds (${large}-file history: ${runsLarge} measured, no warm-up)` +
    (squawk ? `; ${squawk.version} at ${squawk.bin}` : ''),
);

// Cached scenarios: one review fills each cache (not timed in the medians); a CLI without
// --cache-dir skips them.
const fills = {};
let cacheSkipped;
for (const s of scenarios.filter((x) => x.cacheDir)) {
  if (cacheSkipped) break;
  const r = timed(s.dir, process.execPath, reviewArgs(s));
  if (r.status === 2 && /unknown option/i.test(r.stderr)) {
    cacheSkipped = `this cli.js has no --cache-dir option (${r.stderr.split('\n')[0].replace(/^pg-migration-review: /, '').split('. ')[0]})`;
    break;
  }
  if (r.status !== 0 && r.status !== 1) fail(`filling the cache of ${s.id}: exit ${r.status}: ${r.stderr.slice(0, 2000)}`);
  const report = JSON.parse(r.stdout);
  const problems = verifyReview(s, report, { fill: true });
  if (problems.length) fail(`filling the cache of ${s.id}: the review is not the workload it should be:\n  ${problems.join('\n  ')}`);
  fills[s.id] = { wallMs: r.wallMs, cpuS: r.cpuS, rssKb: r.rssKb, timings: report.stats.timings, cache: report.stats.cache };
  console.error(`bench: filled the cache of ${s.id} (miss): ${round2(r.wallMs / 1000)} s wall, ${Math.round(r.rssKb / 1024)} MB`);
}
if (cacheSkipped) {
  console.error(`bench: cached scenarios SKIPPED: ${cacheSkipped}.`);
  for (let i = scenarios.length - 1; i >= 0; i--) if (scenarios[i].cacheDir) scenarios.splice(i, 1);
}

/** One slot of a round: the samples it measured, or the problems that make them meaningless. */
function runSlot(s) {
  if (s.squawk) {
    const out = [];
    for (let i = 0; i < SQUAWK_REPEAT; i++) {
      const r = timed(s.dir, squawk.bin, ['--reporter', 'json', ...s.pr.map((f) => f.path)]);
      // squawk exits 1 when it reports anything; that is its verdict, not a failure.
      if (r.status !== 0 && r.status !== 1) return { problems: [`squawk exited ${r.status}: ${r.stderr.slice(0, 2000)}`] };
      const { problems, violations } = verifySquawk(s, r.stdout);
      if (problems.length) return { problems };
      out.push({ wallMs: r.wallMs, cpuS: r.cpuS, rssKb: r.rssKb, findings: violations.length, status: r.status });
    }
    return { problems: [], samples: out };
  }
  const r = timed(s.dir, process.execPath, reviewArgs(s));
  if (r.status !== 0 && r.status !== 1) return { problems: [`exited ${r.status}: ${r.stderr.slice(0, 2000)}`] };
  const report = JSON.parse(r.stdout);
  const timings = report.stats.timings;
  // What the phases do not cover: Node's start, loading the bundle, rendering the report, exit.
  const otherMs = Math.round(r.wallMs - Object.values(timings).reduce((a, b) => a + b, 0));
  const sample = { wallMs: r.wallMs, cpuS: r.cpuS, rssKb: r.rssKb, timings, otherMs, statements: report.stats.statements, findings: report.findings.length, verdict: report.verdict, cache: report.stats.cache };
  return { problems: verifyReview(s, report), samples: [sample] };
}

const samples = Object.fromEntries(scenarios.map((s) => [s.id, []]));
let failed = false;
for (let round = 0; round < warmup + runs && !failed; round++) {
  const measured = round >= warmup;
  // A scenario warms up in the last of its warm-up rounds and is measured in the first of the measured ones.
  const active = scenarios.filter((s) => (measured ? round - warmup < s.runs : round >= warmup - s.warmup));
  // Rotate the order each round: no scenario always runs first (cold caches) or last.
  const order = active.map((_, i) => active[(i + round) % active.length]);
  for (const s of order) {
    const { problems, samples: got } = runSlot(s);
    if (problems.length) {
      failed = true;
      console.error(`bench: scenario ${s.id} is not the workload it should be:\n  ${problems.join('\n  ')}`);
      break;
    }
    const sample = got[got.length - 1];
    const phases = s.squawk ? `${sample.findings} findings (last of ${got.length})` : `base-replay ${sample.timings['base-replay']} ms, replay ${sample.timings.replay} ms${sample.cache ? `, cache ${sample.cache}` : ''}`;
    console.error(`bench: round ${round + 1}${measured ? '' : ' (warm-up)'} ${s.id}: ${round3(sample.wallMs / 1000)} s wall, ${sample.cpuS} s CPU, ${Math.round(sample.rssKb / 1024)} MB; ${phases}`);
    if (measured) samples[s.id].push(...got);
  }
}
if (failed) fail('numbers not reported.');
if (!opts.keep) rmSync(parent, { recursive: true, force: true });

const summary = {};
for (const s of scenarios) {
  const xs = samples[s.id];
  const keys = [...new Set(xs.flatMap((x) => Object.keys(x.timings ?? {})))];
  summary[s.id] = {
    label: s.label,
    runs: xs.length,
    historyFiles: s.squawk ? 0 : s.historyFiles,
    prFiles: s.pr.length,
    wallS: round3(median(xs.map((x) => x.wallMs)) / 1000),
    wallMinS: round3(Math.min(...xs.map((x) => x.wallMs)) / 1000),
    wallMaxS: round3(Math.max(...xs.map((x) => x.wallMs)) / 1000),
    cpuS: round2(median(xs.map((x) => x.cpuS))),
    rssMB: Math.round(median(xs.map((x) => x.rssKb)) / 1024),
    rssMaxMB: Math.round(Math.max(...xs.map((x) => x.rssKb)) / 1024),
    statements: xs[0].statements,
    findings: xs[0].findings,
    cache: xs[0].cache,
    timingsMs: Object.fromEntries(keys.map((k) => [k, median(xs.map((x) => x.timings[k] ?? 0))])),
    otherMs: s.squawk ? undefined : median(xs.map((x) => x.otherMs)),
  };
}

const ratio = (x, y) => (x !== undefined && y > 0 ? round2(x / y) : undefined);
const get = (id) => summary[id];
const cold = (h, k) => get(`h${h}-pr${k}`);

// pg-migration-review / squawk, per pull-request size: the same changed files.
const versusSquawk = PR_SIZES.filter((k) => get(`squawk-pr${k}`)).map((k) => {
  const sq = get(`squawk-pr${k}`);
  const row = { prFiles: k, squawkWallMs: Math.round(sq.wallS * 1000 * 10) / 10, squawkCpuS: sq.cpuS, squawkRssMB: sq.rssMB, squawkFindings: sq.findings };
  for (const [key, m] of [
    [`h${mid}`, cold(mid, k)],
    [`h${mid}-cached`, get(`h${mid}-pr${k}-cached`)],
    [`h${large}`, cold(large, k)],
  ]) {
    if (!m) continue;
    row[key] = { wallS: m.wallS, findings: m.findings, wallRatio: ratio(m.wallS, sq.wallS), cpuRatio: ratio(m.cpuS, sq.cpuS), rssRatio: ratio(m.rssMB, sq.rssMB) };
  }
  return row;
});

// The issue's targets on the 800-file history.
const tCold = get(`h${TARGET.history}-pr${TARGET.prFiles}`);
const tCached = get(`h${TARGET.history}-pr${TARGET.prFiles}-cached`);
const verdict = (value, limit) => (value === undefined ? 'not measured' : value <= limit ? 'met' : 'missed');
const targets = [
  { target: `wall, cold start (median of ${tCold?.runs ?? 0})`, limit: `${TARGET.coldWallS} s`, measured: tCold && `${tCold.wallS} s (max ${tCold.wallMaxS})`, status: verdict(tCold?.wallS, TARGET.coldWallS) },
  {
    target: `wall, cached base snapshot (median of ${tCached?.runs ?? 0})`,
    limit: `${TARGET.cachedWallS} s`,
    measured: tCached ? `${tCached.wallS} s (max ${tCached.wallMaxS})` : cacheSkipped ? `skipped: ${cacheSkipped}` : undefined,
    status: verdict(tCached?.wallS, TARGET.cachedWallS),
  },
  ...[tCold && ['cold', tCold], tCached && ['cached', tCached]].filter(Boolean).map(([name, m]) => ({
    target: `peak RSS, ${name} (highest of ${m.runs})`,
    limit: `${TARGET.rssMB} MB`,
    measured: `${m.rssMaxMB} MB (median ${m.rssMB})`,
    status: verdict(m.rssMaxMB, TARGET.rssMB),
  })),
];

// Derived numbers, when the scenarios they need ran.
const derived = {};
const d = (name, needs, f) => {
  if (needs.every(Boolean)) derived[name] = f();
};
d('engineStartMs', [get('empty')], () => get('empty').timingsMs['base-replay']);
d('fixedCostWallS', [get('empty')], () => get('empty').wallS);
d('perHistoryFileMs', [cold(mid, 10), cold(large, 10)], () => ({
  wall: round2(((cold(large, 10).wallS - cold(mid, 10).wallS) * 1000) / (large - mid)),
  cpu: round2(((cold(large, 10).cpuS - cold(mid, 10).cpuS) * 1000) / (large - mid)),
  baseReplay: round2((cold(large, 10).timingsMs['base-replay'] - cold(mid, 10).timingsMs['base-replay']) / (large - mid)),
  discoveryAndParse: round2((cold(large, 10).timingsMs.discovery + cold(large, 10).timingsMs.parse - cold(mid, 10).timingsMs.discovery - cold(mid, 10).timingsMs.parse) / (large - mid)),
}));
d('perPrFileMs', [cold(mid, 1), cold(mid, 50)], () => ({
  wall: round2(((cold(mid, 50).wallS - cold(mid, 1).wallS) * 1000) / 49),
  replayPerStatement: round2(cold(mid, 50).timingsMs.replay / cold(mid, 50).statements),
}));
for (const h of [TARGET.history, mid]) {
  const c = cold(h, 10);
  const w = get(`h${h}-pr10-cached`);
  d(`cacheGainH${h}`, [c, w], () => ({
    wallS: round2(c.wallS - w.wallS),
    wallRatio: ratio(w.wallS, c.wallS),
    cpuS: round2(c.cpuS - w.cpuS),
    baseReplayMs: c.timingsMs['base-replay'] - w.timingsMs['base-replay'],
    rssMB: c.rssMB - w.rssMB,
    // The one run that filled the cache, against the cold median: what writing the snapshot costs.
    fillWallS: fills[`h${h}-pr10-cached`] ? round2(fills[`h${h}-pr10-cached`].wallMs / 1000) : undefined,
  }));
}

const cell = (v) => (v === undefined || v === null || Number.isNaN(v) ? '–' : String(v));
// Three significant figures are all a ratio of noisy medians deserves.
const times = (x) => (x === undefined ? '–' : `${x >= 100 ? Math.round(x) : x >= 10 ? Math.round(x * 10) / 10 : x}×`);
// Phases a newer engine reports beyond the known ones get their own columns.
const shownPhases = [...PHASES, ...new Set(Object.values(summary).flatMap((m) => Object.keys(m.timingsMs).filter((k) => !PHASES.includes(k))))];
const lines = [
  `| scenario | runs | reviewed statements | findings | wall s (median, min–max) | CPU s | peak RSS MB (median, max) | ${shownPhases.join(' ms | ')} ms | other ms |`,
  `| --- | --- | --- | --- | --- | --- | --- | ${shownPhases.map(() => '---').join(' | ')} | --- |`,
];
for (const s of scenarios) {
  const m = summary[s.id];
  const phases = shownPhases.map((p) => cell(m.timingsMs[p]));
  lines.push(`| (${s.id}) ${m.label} | ${m.runs} | ${cell(m.statements)} | ${cell(m.findings)} | ${m.wallS} (${m.wallMinS}–${m.wallMaxS}) | ${m.cpuS} | ${m.rssMB} (${m.rssMaxMB}) | ${phases.join(' | ')} | ${cell(m.otherMs)} |`);
}
const table = lines.join('\n');

const sqCols = [`h${mid}`, `h${mid}-cached`, `h${large}`];
const sqLines = [
  `| PR files | squawk wall ms | squawk CPU s | squawk RSS MB | squawk findings | ${sqCols.map((c) => `review on ${c}: wall s (ratio of wall, of RSS)`).join(' | ')} |`,
  `| --- | --- | --- | --- | --- | ${sqCols.map(() => '---').join(' | ')} |`,
  ...versusSquawk.map(
    (r) =>
      // GNU time counts CPU in hundredths of a second: squawk's rounds to zero.
      `| ${r.prFiles} | ${r.squawkWallMs} | ${r.squawkCpuS > 0 ? r.squawkCpuS : '< 0.01'} | ${r.squawkRssMB} | ${cell(r.squawkFindings)} | ` +
      sqCols.map((c) => (r[c] ? `${r[c].wallS} s (${times(r[c].wallRatio)}, ${times(r[c].rssRatio)})` : '–')).join(' | ') +
      ' |',
  ),
];
const squawkTable = versusSquawk.length ? sqLines.join('\n') : '';

const targetTable = [
  `| target (${TARGET.prFiles}-file PR on ${TARGET.history} files) | limit | measured | |`,
  '| --- | --- | --- | --- |',
  ...targets.map((t) => `| ${t.target} | ${t.limit} | ${cell(t.measured)} | ${t.status} |`),
].join('\n');

const env = machine();
console.log(
  `\n${runs} measured runs per scenario (${runsLarge} for the ${large}-file history), medians. ${env.nproc} cores (${env.cpu}), ${env.memGiB} GiB, Node ${env.node}, kernel ${env.kernel}, ` +
    `bundle built ${env.bundleBuiltAt} (cli.js sha256 ${env.bundleSha256}; checkout at ${env.commit}, ${env.srcChangesAtStart} files under src/ changed), ${env.squawk ? `${env.squawk.version}, ` : ''}` +
    `${env.startedAt} to ${env.finishedAt}; load average ${env.loadavg1.before} before, ${env.loadavg1.after} after.\n`,
);
console.log(table);
if (squawkTable) console.log(`\npg-migration-review / squawk on the same changed files:\n\n${squawkTable}`);
console.log(`\nTargets:\n\n${targetTable}`);
if (cacheSkipped) console.log(`\nCached scenarios skipped: ${cacheSkipped}.`);
const bullets = [];
if (derived.engineStartMs !== undefined) bullets.push(`- fixed cost: the near-empty review takes ${derived.fixedCostWallS} s wall, ${derived.engineStartMs} ms of it in base-replay (the engine start);`);
if (derived.perHistoryFileMs) {
  const x = derived.perHistoryFileMs;
  bullets.push(`- one more history file adds ${x.wall} ms of wall time, ${x.cpu} ms of CPU, ${x.baseReplay} ms of base replay and ${x.discoveryAndParse} ms of discovery + parse ((${large} − ${mid}), 10-file PR);`);
}
if (derived.perPrFileMs) bullets.push(`- one more PR file adds ${derived.perPrFileMs.wall} ms of wall time ((50 − 1) files on ${mid}); traced replay: ${derived.perPrFileMs.replayPerStatement} ms per reviewed statement;`);
for (const h of [TARGET.history, mid]) {
  const g = derived[`cacheGainH${h}`];
  if (g) bullets.push(`- base cache on ${h} files: ${g.wallS} s of wall time saved (cached / cold ${g.wallRatio}), ${g.cpuS} s of CPU, ${g.baseReplayMs} ms of base-replay; filling it took ${cell(g.fillWallS)} s (one run);`);
}
if (bullets.length) console.log(`\n${bullets.join('\n')}`);

const outDir = join(root, 'bench', 'out');
mkdirSync(outDir, { recursive: true });
const outFile = join(outDir, `${env.startedAt.replace(/[:.]/g, '-')}.json`);
writeFileSync(
  outFile,
  JSON.stringify(
    {
      machine: env,
      options: { runs, warmup, runsLarge, history: mid, large, seed, only: opts.only, skipLarge: opts['skip-large'], dist },
      workload: { historyStatements, prFiles: fullPr.map((f) => ({ path: f.path, expect: f.expect })) },
      cacheSkipped,
      fills,
      summary,
      versusSquawk,
      targets,
      derived,
      samples,
      tables: { scenarios: table, squawk: squawkTable, targets: targetTable },
    },
    null,
    2,
  ) + '\n',
);
console.error(`bench: raw results in ${outFile}`);
