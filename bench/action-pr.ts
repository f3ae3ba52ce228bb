// The bundled action on pull requests cut from the real histories of ../shared/corpus, against the
// test suite's fake GitHub API: what a team would see (inline comments, the sticky summary, the
// job summary) for a person to read, and how long the action takes, cold and with its base cache.
//
//   npx tsx bench/action-pr.ts [--corpus DIR] [--only NAME,...] [--size N] [--out DIR] [--node24] [--runs N] [--read]
//
// Per history the last N files (default 5) are the pull request; the base holds the rest. Each
// cut runs the action on the same pull request: without a cache, with an empty cache folder
// (miss: replays and saves), and again (hit); then with the built-in cache against a local cache
// service (tests/helpers/fake-cache.ts): a miss that saves, and a fresh runner that restores.
// Writes `<out>/<history>.md` with every
// comment and the summary, and prints one line per cut with the three times (medians over
// --runs, default 1) and the comment counts.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pullRequestPayload } from '../tests/action/payloads.js';
import { startFakeCache } from '../tests/helpers/fake-cache.js';
import { disposeRuns, fakeGitHubFor, NODE24, PULL, runAction } from '../tests/action/run-action.js';
import { pullRequestCheckout } from '../tests/action/workspace.js';

const project = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const corpus = resolve(option('--corpus', process.env.PGMR_CORPUS ?? join(project, '..', 'shared', 'corpus')));
const out = resolve(option('--out', join(project, '.cache', 'action-prs')));
const only = option('--only', '').split(',').filter(Boolean);
const size = Number(option('--size', '5'));
const runs = Number(option('--runs', '1'));
const node = args.includes('--node24') ? NODE24 : process.execPath;
// --read: one cold run per cut, for reading the comments; no cache timings.
const readOnly = args.includes('--read');

if (!existsSync(join(corpus, 'manifest.json'))) {
  console.error(`corpus not found at ${corpus} (set --corpus or PGMR_CORPUS)`);
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8')) as { dir: string; files: string[] }[];
mkdirSync(out, { recursive: true });

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const entry of manifest) {
  if (only.length > 0 && !only.includes(entry.dir)) continue;
  const pr = entry.files.slice(-size);
  const checkout = pullRequestCheckout(
    (repo) => {
      cpSync(join(corpus, entry.dir), repo.root, { recursive: true });
      for (const f of pr) rmSync(join(repo.root, f), { force: true });
    },
    (repo) => {
      for (const f of pr) {
        mkdirSync(dirname(join(repo.root, f)), { recursive: true });
        cpSync(join(corpus, entry.dir, f), join(repo.root, f));
      }
    },
    'corpus-pr',
  );
  const cacheDir = mkdtempSync(join(tmpdir(), 'pgmr-action-bench-cache-'));
  try {
    const payload = pullRequestPayload('opened', { number: PULL, baseSha: checkout.baseSha, headSha: checkout.headSha, headRef: checkout.headRef });
    const timed = async (inputs: Record<string, string>, extra: { cacheUrl?: string; runnerTemp?: string } = {}) => {
      const api = await fakeGitHubFor(checkout);
      const t0 = performance.now();
      const run = await runAction({ workspace: checkout.root, event: 'pull_request', payload, api, node, inputs, ...extra });
      const seconds = (performance.now() - t0) / 1000;
      await api.close();
      return { run, api, seconds };
    };
    const cold: number[] = [];
    const miss: number[] = [];
    const hit: number[] = [];
    const builtinMiss: number[] = [];
    const builtinHit: number[] = [];
    let last: Awaited<ReturnType<typeof timed>> | undefined;
    for (let i = 0; i < runs; i++) {
      last = await timed({});
      cold.push(last.seconds);
      if (readOnly) continue;
      rmSync(cacheDir, { recursive: true, force: true });
      miss.push((await timed({ 'cache-dir': cacheDir })).seconds);
      hit.push((await timed({ 'cache-dir': cacheDir })).seconds);
      // The built-in cache: each run on a fresh runner whose RUNNER_TEMP starts empty.
      const service = await startFakeCache();
      const runnerTemp = mkdtempSync(join(tmpdir(), 'pgmr-bench-runner-'));
      try {
        for (const into of [builtinMiss, builtinHit]) {
          rmSync(runnerTemp, { recursive: true, force: true });
          into.push((await timed({}, { cacheUrl: service.url, runnerTemp })).seconds);
        }
      } finally {
        await service.close();
        rmSync(runnerTemp, { recursive: true, force: true });
      }
    }
    const { run, api } = last!;
    const comments = api.state.reviewComments;
    const lines = new Set(comments.map((c) => `${c.path}:${c.line}`));
    const suggestions = comments.filter((c) => c.body.includes('```suggestion')).length;
    const report = JSON.parse(readFileSync(run.outputs['report-file'], 'utf8')) as { findings: unknown[] };
    const doc = [
      `# ${entry.dir}: the last ${pr.length} files as a pull request`,
      '',
      `verdict ${run.outputs.verdict}, exit ${run.code}, ${report.findings.length} findings, ${comments.length} inline comments on ${lines.size} lines, ${suggestions} with a suggestion`,
      '',
      ...comments.flatMap((c) => [`## ${c.path}:${c.start_line ? `${c.start_line}-` : ''}${c.line}`, '', c.body, '']),
      '# Sticky summary',
      '',
      ...api.state.issueComments.map((c) => c.body),
      '',
    ].join('\n');
    writeFileSync(join(out, `${entry.dir}.md`), doc);
    console.log(
      `${entry.dir}: cold ${median(cold).toFixed(2)} s` + (readOnly
        ? '; '
        : `, cache-dir miss ${median(miss).toFixed(2)} s, hit ${median(hit).toFixed(2)} s, built-in cache miss ${median(builtinMiss).toFixed(2)} s, hit ${median(builtinHit).toFixed(2)} s; `) +
        `${report.findings.length} findings, ${comments.length} comments on ${lines.size} lines, ${suggestions} suggestions, summary ${api.state.issueComments[0]?.body.length ?? 0} chars`,
    );
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
    checkout.repo.dispose();
  }
}
disposeRuns();
