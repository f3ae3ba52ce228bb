// Benchmarks query review on the bundled CLI: 200 sqlc queries against a 100-table schema.
// Builds temp git repositories (base on main, the pull request on a branch), runs
// `dist/cli.js review` in each under /usr/bin/time, interleaving the scenarios round by round so
// that machine noise hits all alike, checks that each report is the review the workload should
// get, and reports medians of wall time, peak RSS, CPU time and the report's per-phase timings.
//
// Usage: npm run bundle && node bench/queries.mjs [--runs 5] [--warmup 1] [--tables 100]
//        [--queries 200] [--seed 42] [--keep]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { writeFiles } from './generate-history.mjs';
import { columnMigration, generateQueries, generateSchema, singleQuery } from './generate-queries.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const TIME = '/usr/bin/time';
const PHASES = ['discovery', 'parse', 'base-replay', 'replay', 'queries', 'rules'];

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
    tables: { type: 'string', default: '100' },
    queries: { type: 'string', default: '200' },
    seed: { type: 'string', default: '42' },
    keep: { type: 'boolean', default: false },
  },
});
const runs = Number(opts.runs);
const warmup = Number(opts.warmup);
const tableCount = Number(opts.tables);
const queryCount = Number(opts.queries);
const seed = Number(opts.seed);

if (!existsSync(cli)) fail(`${cli} is missing: run \`npm run bundle\` first.`);
if (!existsSync(TIME)) fail(`${TIME} is missing (GNU time: apt-get install time).`);

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

/** Stops mid-run: the temp repositories go too unless --keep. */
function abort(message) {
  if (!opts.keep) rmSync(parent, { recursive: true, force: true });
  fail(message);
}

function git(cwd, ...args) {
  execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** A repository with `base` committed on main and `pr` committed on a branch checked out. */
function makeRepo(parent, name, base, pr) {
  const dir = join(parent, name);
  mkdirSync(dir);
  writeFiles(dir, base);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  git(dir, 'checkout', '-q', '-b', 'pr');
  writeFiles(dir, pr);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'pull request');
  return dir;
}

/** One command under GNU time: wall seconds, peak RSS (KB), CPU seconds (user + system). */
function timed(cwd, args) {
  const timeFile = join(cwd, '..', `time-${process.pid}.txt`);
  const res = spawnSync(TIME, ['-f', '%e %M %U %S', '-o', timeFile, process.execPath, ...args], { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop();
  const [wall, rss, user, sys] = last.split(' ').map(Number);
  return { status: res.status, stdout: res.stdout, stderr: res.stderr, wallS: wall, rssKb: rss, cpuS: Math.round((user + sys) * 100) / 100 };
}

/** The planted query a finding points into (its `-- name:` line to its last line). */
function plantedAt(planted, finding) {
  return planted.find((q) => q.file === finding.file && finding.line >= q.line && finding.line <= q.endLine);
}

const where = (q) => `${q.file}:${q.line} ${q.name} (${q.kind})`;

/**
 * Checks a review report against what the scenario's files should give. Returns the problems
 * (the run's numbers do not count) and, for scenarios that expect index advice, which planted
 * unindexed lookups got none (reported, not a failure: advice is a judgement of the planner).
 */
function verify(scenario, report) {
  const problems = [];
  if (report.baseProblems.length > 0) problems.push(`${report.baseProblems.length} base replay problems, first: ${JSON.stringify(report.baseProblems[0])}`);
  if (report.stats.baseFiles !== scenario.baseFiles) problems.push(`baseFiles ${report.stats.baseFiles}, expected ${scenario.baseFiles}`);
  if (report.stats.files !== scenario.migrationFiles) problems.push(`migration files ${report.stats.files}, expected ${scenario.migrationFiles}`);
  if (report.stats.queries !== scenario.expectQueries) problems.push(`stats.queries ${report.stats.queries}, expected ${scenario.expectQueries}`);
  if (typeof report.stats.timings?.queries !== 'number') problems.push('stats.timings has no queries phase');
  const findings = report.findings.filter((f) => !f.ignored);
  const planted = scenario.planted;
  let adviceMissing = [];
  if (scenario.changedQueries) {
    // query-invalid: exactly on the planted invalid queries.
    const invalidAt = new Set(findings.filter((f) => f.ruleId === 'query-invalid').map((f) => plantedAt(planted, f)));
    for (const q of planted.filter((x) => x.expect === 'invalid')) if (!invalidAt.has(q)) problems.push(`no query-invalid on ${where(q)}`);
    for (const q of invalidAt) if (q?.expect !== 'invalid') problems.push(`query-invalid on ${q ? where(q) : 'a line no query was planted on'}`);
    // missing-index-for-query: never on a query an existing index serves.
    const advised = new Set(findings.filter((f) => f.ruleId === 'missing-index-for-query').map((f) => plantedAt(planted, f)));
    for (const q of advised) if (q === undefined || q.expect === 'served' || q.expect === 'invalid') problems.push(`missing-index-for-query on ${q ? where(q) : 'a line no query was planted on'}, which an index serves`);
    adviceMissing = planted.filter((q) => q.expect === 'unindexed' && !advised.has(q));
  }
  // Anything else is a finding the workload did not plant (a crash shows here too).
  const allowed = new Set(scenario.changedQueries ? ['query-invalid', 'missing-index-for-query'] : []);
  const other = findings.filter((f) => !allowed.has(f.ruleId));
  if (other.length) problems.push(`${other.length} unplanted findings: ${[...new Set(other.map((f) => `${f.ruleId} (${f.file}:${f.line})`))].slice(0, 8).join(', ')}`);
  return { problems, adviceMissing };
}

const round2 = (x) => Math.round(x * 100) / 100;

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
    // The bundle is what runs: when it was built, and the commit checked out when the runs began.
    commit: commitAtStart,
    bundleBuiltAt: statSync(cli).mtime.toISOString(),
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
// A bundle rebuilt while the runs go on would mix two programs in one median.
const bundleMtime = statSync(cli).mtimeMs;
const schema = generateSchema({ tables: tableCount, seed });
const queries = generateQueries(schema, { count: queryCount, seed });
const single = singleQuery(schema);
const migration = columnMigration(schema);
const plantedCounts = {};
for (const q of queries.queries) plantedCounts[q.expect] = (plantedCounts[q.expect] ?? 0) + 1;

const parent = mkdtempSync(join(tmpdir(), 'pgmr-bench-queries-'));
const scenarios = [
  {
    id: 'queries-added',
    label: `PR adds ${queryCount} queries (${queries.files.length} files)`,
    baseFiles: 1, migrationFiles: 0, expectQueries: queryCount, changedQueries: true, planted: queries.queries,
    dir: makeRepo(parent, 'queries-added', [schema.file], queries.files),
  },
  {
    id: 'baseline',
    label: 'PR adds 1 query',
    baseFiles: 1, migrationFiles: 0, expectQueries: 1, changedQueries: true, planted: single.queries,
    dir: makeRepo(parent, 'baseline', [schema.file], single.files),
  },
  {
    id: 'migration-changed',
    label: `PR adds a column; ${queryCount} unchanged queries probed on base and head`,
    baseFiles: 1, migrationFiles: 1, expectQueries: queryCount, changedQueries: false, planted: queries.queries,
    dir: makeRepo(parent, 'migration-changed', [schema.file, ...queries.files], [migration]),
  },
];
console.error(
  `bench: ${tableCount} tables (${schema.facts.foreignKeys} foreign keys, ${schema.facts.indexedForeignKeys} indexed; ${schema.facts.indexes} indexes), ` +
    `${queryCount} queries (${Object.entries(plantedCounts).map(([k, n]) => `${n} ${k}`).join(', ')}); repositories in ${parent} (built in ${Date.now() - t0} ms); ` +
    `${warmup} warm-up + ${runs} measured rounds`,
);

const samples = Object.fromEntries(scenarios.map((s) => [s.id, []]));
const adviceMissing = new Map();
let failed = false;
for (let round = 0; round < warmup + runs; round++) {
  const measured = round >= warmup;
  // Rotate the order each round: no scenario always runs first (cold caches) or last.
  const order = scenarios.map((_, i) => scenarios[(i + round) % scenarios.length]);
  for (const s of order) {
    const r = timed(s.dir, [cli, 'review', '--base', 'main', '--format', 'json']);
    if (r.status !== 0 && r.status !== 1) abort(`scenario ${s.id} exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
    const report = JSON.parse(r.stdout);
    const { problems, adviceMissing: missing } = verify(s, report);
    if (problems.length) {
      failed = true;
      console.error(`bench: scenario ${s.id} is not the workload it should be:\n  ${problems.join('\n  ')}`);
    }
    for (const q of missing) adviceMissing.set(q, (adviceMissing.get(q) ?? 0) + 1);
    const advice = report.findings.filter((f) => f.ruleId === 'missing-index-for-query').length;
    const sample = { wallS: r.wallS, cpuS: r.cpuS, rssKb: r.rssKb, timings: report.stats.timings, queries: report.stats.queries, findings: report.findings.length, advice, verdict: report.verdict };
    console.error(`bench: round ${round + 1}${measured ? '' : ' (warm-up)'} ${s.id}: ${r.wallS} s wall, ${r.cpuS} s CPU, ${Math.round(r.rssKb / 1024)} MB, queries phase ${report.stats.timings.queries} ms`);
    if (measured) samples[s.id].push(sample);
    if (statSync(cli).mtimeMs !== bundleMtime) abort(`${cli} was rebuilt during the runs; numbers not reported.`);
  }
  if (failed) break;
}
if (!opts.keep) rmSync(parent, { recursive: true, force: true });
if (failed) fail('the generated workload did not review as expected; numbers not reported.');

const plantedUnindexed = queries.queries.filter((q) => q.expect === 'unindexed');
const rounds = warmup + runs;
console.error(`bench: index advice on ${plantedUnindexed.length - adviceMissing.size} of ${plantedUnindexed.length} planted unindexed lookups in every round`);
for (const [q, n] of adviceMissing) console.error(`bench:   no missing-index-for-query on ${where(q)} in ${n} of ${rounds} rounds`);

const summary = {};
for (const s of scenarios) {
  const xs = samples[s.id];
  const keys = [...new Set(xs.flatMap((x) => Object.keys(x.timings)))];
  const timingsMs = Object.fromEntries(keys.map((k) => [k, median(xs.map((x) => x.timings[k] ?? 0))]));
  summary[s.id] = {
    label: s.label,
    queries: xs[0].queries,
    wallS: median(xs.map((x) => x.wallS)),
    wallMinS: Math.min(...xs.map((x) => x.wallS)),
    wallMaxS: Math.max(...xs.map((x) => x.wallS)),
    cpuS: median(xs.map((x) => x.cpuS)),
    rssMB: Math.round(median(xs.map((x) => x.rssKb)) / 1024),
    timingsMs,
    queriesMinMs: Math.min(...xs.map((x) => x.timings.queries ?? 0)),
    queriesMaxMs: Math.max(...xs.map((x) => x.timings.queries ?? 0)),
    msPerQuery: round2((timingsMs.queries ?? 0) / xs[0].queries),
    advice: xs[0].advice,
  };
}
const added = summary['queries-added'];
const baseline = summary.baseline;
const changed = summary['migration-changed'];
const difference = {
  wallS: round2(added.wallS - baseline.wallS),
  cpuS: round2(added.cpuS - baseline.cpuS),
  rssMB: added.rssMB - baseline.rssMB,
  timingsMs: Object.fromEntries(PHASES.map((p) => [p, round2((added.timingsMs[p] ?? 0) - (baseline.timingsMs[p] ?? 0))])),
};
const derived = {
  // What one more changed query costs in the queries phase: PREPARE, EXPLAIN, and index trials when advised.
  marginalMsPerChangedQuery: round2(difference.timingsMs.queries / (queryCount - 1)),
  // The queries phase of one query: opening the probe transaction and injecting statistics for every table.
  queriesPhaseFixedMs: baseline.timingsMs.queries,
  // One probe (PREPARE + EXPLAIN, no index trials): migration-changed probes every query on the
  // base schema and again on the head schema, each time after a statistics injection (the fixed
  // part, taken to be the baseline's whole queries phase); the baseline probes one query once.
  probeMsPerQuery: round2((changed.timingsMs.queries - 2 * baseline.timingsMs.queries) / (2 * queryCount - 1)),
  // What queries-added does beyond one probe per query: building and planning candidate indexes
  // for the queries that scan in full.
  adviceMsPerAdvisedQuery:
    added.advice > 0
      ? round2((added.timingsMs.queries - baseline.timingsMs.queries - (queryCount - 1) * ((changed.timingsMs.queries - 2 * baseline.timingsMs.queries) / (2 * queryCount - 1))) / added.advice)
      : null,
};

const cell = (v) => (v === undefined || v === null || Number.isNaN(v) ? '–' : String(v));
const shown = ['base-replay', 'replay'];
const lines = [
  `| scenario | queries reviewed | wall s (median, min–max) | CPU s | peak RSS MB | ${shown.join(' ms | ')} ms | queries ms (median, min–max) | ms per query |`,
  `| --- | --- | --- | --- | --- | ${shown.map(() => '---').join(' | ')} | --- | --- |`,
];
for (const s of scenarios) {
  const m = summary[s.id];
  lines.push(`| ${s.id}: ${m.label} | ${m.queries} | ${m.wallS} (${m.wallMinS}–${m.wallMaxS}) | ${m.cpuS} | ${m.rssMB} | ${shown.map((p) => cell(m.timingsMs[p])).join(' | ')} | ${m.timingsMs.queries} (${m.queriesMinMs}–${m.queriesMaxMs}) | ${m.msPerQuery} |`);
}
lines.push(
  `| queries-added − baseline | ${queryCount - 1} | ${difference.wallS} | ${difference.cpuS} | ${difference.rssMB} | ${shown.map((p) => cell(difference.timingsMs[p])).join(' | ')} | ${difference.timingsMs.queries} | ${derived.marginalMsPerChangedQuery} |`,
);
const env = machine();
const table = lines.join('\n');
console.log(
  `\n${runs} measured runs per scenario (${warmup} warm-up), medians. ${env.nproc} cores (${env.cpu}), ${env.memGiB} GiB, Node ${env.node}, kernel ${env.kernel}, ` +
    `bundle built ${env.bundleBuiltAt} (HEAD ${env.commit}), ${env.startedAt} to ${env.finishedAt}; load average ${env.loadavg1.before} before, ${env.loadavg1.after} after.\n`,
);
console.log(table);
console.log(
  [
    '',
    `- ${queryCount} changed queries add ${difference.wallS} s of wall time and ${difference.cpuS} s of CPU to a review; the queries phase grows by ${difference.timingsMs.queries} ms, ${derived.marginalMsPerChangedQuery} ms per query;`,
    `- the queries phase of a single query (probe transaction, statistics for ${tableCount} tables) is ${derived.queriesPhaseFixedMs} ms;`,
    `- a probe (PREPARE + EXPLAIN) is ${derived.probeMsPerQuery} ms per query ((migration-changed − 2 × baseline) queries phase / ${2 * queryCount - 1}: every unchanged query is probed on the base and the head schema);`,
    `- index advice is about ${derived.adviceMsPerAdvisedQuery} ms per advised query ((queries-added − baseline) queries phase, less ${queryCount - 1} probes, / ${added.advice} advised).`,
  ].join('\n'),
);

const outDir = join(root, 'bench', 'out');
mkdirSync(outDir, { recursive: true });
const outFile = join(outDir, `queries-${env.startedAt.replace(/[:.]/g, '-')}.json`);
writeFileSync(
  outFile,
  JSON.stringify(
    {
      machine: env,
      options: { runs, warmup, tables: tableCount, queries: queryCount, seed },
      workload: { schema: schema.facts, planted: plantedCounts, adviceMissing: [...adviceMissing].map(([q, n]) => ({ ...q, rounds: n })) },
      summary,
      difference,
      derived,
      samples,
      table,
    },
    null,
    2,
  ) + '\n',
);
console.error(`bench: raw results in ${outFile}`);
