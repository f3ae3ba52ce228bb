// Cuts pull requests from the real histories of ../shared/corpus and reviews each one the way a
// user would (a git repository, `review --base main`), for a person to read every finding.
//
//   node bench/corpus-prs.mjs [--corpus DIR] [--cli dist/cli.js] [--out DIR] [--only NAME,...]
//
// Per history it cuts the last files (default 6) and, when the history is long enough, a
// stretch from the middle (the first stretch of 6 files at or after the middle that holds an
// ALTER TABLE). The base branch holds everything the repository had before the cut (the
// history's earlier files and its config files: sqitch.conf, diesel.toml, ...); later files are
// absent from both branches, as they were when the pull request was opened. Code migrations
// (manifest `code_migrations`) are placed by their version. Writes `<out>/<history>-<cut>.json`
// (the JSON report) and `<out>/<history>-<cut>.txt` (the text report), and prints one line per cut.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const project = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const corpus = resolve(option('--corpus', process.env.PGMR_CORPUS ?? join(project, '..', 'shared', 'corpus')));
const cli = resolve(option('--cli', join(project, 'dist', 'cli.js')));
const out = resolve(option('--out', join(project, '.cache', 'corpus-prs')));
const only = option('--only', '')
  .split(',')
  .filter(Boolean);
const size = Number(option('--size', '6'));

if (!existsSync(join(corpus, 'manifest.json'))) {
  console.error(`corpus not found at ${corpus} (set --corpus or PGMR_CORPUS)`);
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8'));
mkdirSync(out, { recursive: true });

/** Numeric version of a migration path, for placing code migrations: leading digits or Flyway's V1_2. */
function versionOf(path) {
  const name = basename(path);
  const m = /^V?(\d+(?:[._]\d+)*)/.exec(name) ?? /^(\d+)/.exec(basename(dirname(path)));
  return m ? m[1].split(/[._]/).map(Number) : [];
}
const compare = (a, b) => {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
};

function cuts(entry) {
  const files = entry.files;
  const list = [{ name: 'last', from: Math.max(1, files.length - size), to: files.length }];
  if (files.length >= size * 3) {
    const middle = Math.floor(files.length / 2);
    for (let from = middle; from + size < files.length - size; from++) {
      const texts = files.slice(from, from + size).map((f) => readFileSync(join(corpus, entry.dir, f), 'utf8'));
      if (texts.some((t) => /alter\s+table/i.test(t))) {
        list.push({ name: `mid${from}`, from, to: from + size });
        break;
      }
    }
  }
  return list;
}

function git(repo, ...a) {
  execFileSync('git', ['-c', 'user.name=corpus', '-c', 'user.email=corpus@example.com', '-c', 'commit.gpgsign=false', ...a], {
    cwd: repo,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

function review(entry, cut) {
  const repo = mkdtempSync(join(tmpdir(), 'pgmr-corpus-pr-'));
  try {
    cpSync(join(corpus, entry.dir), repo, { recursive: true });
    const later = entry.files.slice(cut.from);
    const pr = entry.files.slice(cut.from, cut.to);
    const lastVersion = versionOf(entry.files[cut.to - 1]);
    const firstPrVersion = versionOf(entry.files[cut.from]);
    const code = entry.code_migrations ?? [];
    const codeLater = code.filter((c) => compare(versionOf(c), firstPrVersion) >= 0);
    const codeInPr = codeLater.filter((c) => compare(versionOf(c), lastVersion) <= 0);
    for (const f of [...later, ...codeLater]) rmSync(join(repo, f), { force: true });
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'base');
    git(repo, 'checkout', '-q', '-b', 'feature');
    for (const f of [...pr, ...codeInPr]) {
      mkdirSync(dirname(join(repo, f)), { recursive: true });
      cpSync(join(corpus, entry.dir, f), join(repo, f));
    }
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'pull request');
    const stem = join(out, `${entry.dir}-${cut.name}`);
    // The text run reuses the JSON run's base snapshot.
    const cache = join(repo, '.git', 'pgmr-cache');
    const run = (format) =>
      spawnSync(process.execPath, [cli, 'review', '--base', 'main', '--format', format, '--no-color', '--cache-dir', cache], {
        cwd: repo,
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      });
    const t0 = performance.now();
    const json = run('json');
    const seconds = (performance.now() - t0) / 1000;
    writeFileSync(`${stem}.json`, json.stdout);
    const text = run('text');
    writeFileSync(`${stem}.txt`, `${text.stdout}${text.stderr}`);
    let summary;
    try {
      const r = JSON.parse(json.stdout);
      const byRule = {};
      for (const f of r.findings) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
      summary = `${r.verdict} files=${r.files.length} findings=${r.findings.length} ${JSON.stringify(byRule)}`;
    } catch {
      summary = `exit ${json.status}: ${json.stderr.split('\n').slice(0, 3).join(' | ')}`;
    }
    console.log(`${entry.dir} ${cut.name} [${cut.from}, ${cut.to}) ${seconds.toFixed(1)} s: ${summary}`);
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}

for (const entry of manifest) {
  if (only.length > 0 && !only.includes(entry.dir)) continue;
  for (const cut of cuts(entry)) review(entry, cut);
}
