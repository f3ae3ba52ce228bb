// Two bundles side by side on the issue's target workload (the 10-file pull request on the
// 800-file history, cold and with a cached base): the runs alternate, so the load of a shared
// machine falls on both alike, and the ratio of their medians is what to read.
//
// Usage: node bench/compare.mjs --a /tmp/old/dist --b dist [--runs 7] [--history 800] [--pr 10]
// (an older bundle: mkdir /tmp/old && git archive <commit> dist | tar -x -C /tmp/old)
// One bundle with two configs: --a dist --a-config off.yml --b dist (each side's --config FILE).
// --phase a,b adds the medians of those phases of stats.timings per side (e.g. existing-rows,replay).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchPullRequest, generateHistory, writeFiles } from './generate-history.mjs';

const { values } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string', default: 'dist' },
    runs: { type: 'string', default: '7' },
    history: { type: 'string', default: '800' },
    pr: { type: 'string', default: '10' },
    'a-config': { type: 'string' },
    'b-config': { type: 'string' },
    phase: { type: 'string' },
  },
});
if (!values.a) {
  console.error('usage: node bench/compare.mjs --a <dist> [--b <dist>] [--runs N] [--history N] [--pr K]');
  process.exit(2);
}
const phases = values.phase ? values.phase.split(',') : [];
const TIME = '/usr/bin/time';
if (!existsSync(TIME)) throw new Error(`${TIME} is missing (GNU time: apt-get install time)`);

const work = mkdtempSync(join(tmpdir(), 'pgmr-compare-'));
const git = (...args) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, stdio: 'ignore' });
const repo = join(work, 'repo');
mkdirSync(repo);
const longest = generateHistory({ files: Math.max(Number(values.history), 5000), seed: 42 });
writeFiles(repo, longest.files.slice(0, Number(values.history)));
git('init', '-q', '-b', 'main');
git('add', '-A');
git('commit', '-q', '-m', 'history');
git('checkout', '-q', '-b', 'pr');
writeFiles(repo, benchPullRequest(longest, { files: Number(values.pr), seed: 42 }));
git('add', '-A');
git('commit', '-q', '-m', 'pull request');

// Each bundle copied (it runs alone), with a cache directory of its own filled by one run.
const bundles = ['a', 'b'].map((name) => {
  const dist = join(work, name);
  cpSync(resolve(values[name]), dist, { recursive: true });
  const config = values[`${name}-config`];
  return {
    name, source: `${values[name]}${config ? ` --config ${config}` : ''}`, cli: join(dist, 'cli.js'), cache: join(work, `cache-${name}`),
    args: config ? ['--config', resolve(config)] : [],
  };
});

function run(cli, args) {
  const timeFile = join(work, 'time.txt');
  const t0 = process.hrtime.bigint();
  const res = spawnSync(TIME, ['-f', '%M %U %S', '-o', timeFile, 'node', cli, 'review', '--base', 'main', '--format', 'json', ...args], { cwd: repo, encoding: 'utf8', maxBuffer: 256 << 20 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  if (res.status !== 0 && res.status !== 1) throw new Error(`review failed (${res.status}): ${res.stderr}`);
  const [rss, user, sys] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  const report = JSON.parse(res.stdout);
  return { wall, cpu: user + sys, rssMb: Math.round(rss / 1024), cache: report.stats.cache, findings: report.findings.length, phases: phases.map((p) => report.stats.timings[p] ?? 0) };
}

for (const b of bundles) run(b.cli, [...b.args, '--cache-dir', b.cache]);
const loadBefore = loadavg()[0];
const samples = new Map();
for (let round = 0; round < Number(values.runs); round++) {
  // The order rotates, so neither bundle always runs right after the other.
  const order = round % 2 === 0 ? bundles : [...bundles].reverse();
  for (const b of order) {
    for (const mode of ['cold', 'cached']) {
      const s = run(b.cli, [...b.args, ...(mode === 'cached' ? ['--cache-dir', b.cache] : [])]);
      if ((mode === 'cached') !== (s.cache === 'hit')) throw new Error(`${b.name} ${mode}: cache ${s.cache}`);
      const key = `${b.name} ${mode}`;
      samples.set(key, [...(samples.get(key) ?? []), s]);
    }
  }
}
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
console.log(`${values.runs} alternating rounds, ${values.pr}-file PR on ${values.history} files; load average ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after`);
console.log(`a = ${bundles[0].source}, b = ${bundles[1].source}\n`);
const phaseHead = phases.map((p) => ` a ${p} ms | b ${p} ms |`).join('');
console.log(`| mode | a wall s | b wall s | b / a | a CPU s | b CPU s | a peak RSS MB (max) | b peak RSS MB (max) | findings a, b |${phaseHead}`);
console.log(`| --- | --- | --- | --- | --- | --- | --- | --- | --- |${' --- | --- |'.repeat(phases.length)}`);
for (const mode of ['cold', 'cached']) {
  const [a, b] = bundles.map((x) => samples.get(`${x.name} ${mode}`));
  const m = (xs, f) => median(xs.map(f));
  const max = (xs) => Math.max(...xs.map((s) => s.rssMb));
  console.log(`| ${mode} | ${m(a, (s) => s.wall).toFixed(2)} | ${m(b, (s) => s.wall).toFixed(2)} | ${(m(b, (s) => s.wall) / m(a, (s) => s.wall)).toFixed(2)} | ${m(a, (s) => s.cpu).toFixed(2)} | ${m(b, (s) => s.cpu).toFixed(2)} | ${m(a, (s) => s.rssMb)} (${max(a)}) | ${m(b, (s) => s.rssMb)} (${max(b)}) | ${a[0].findings}, ${b[0].findings} |${phases.map((_, k) => ` ${m(a, (s) => s.phases[k])} | ${m(b, (s) => s.phases[k])} |`).join('')}`);
}
rmSync(work, { recursive: true, force: true });
