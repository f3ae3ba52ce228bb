// Builds the bundled example as a real git repository (base history on main, the pending change
// on a feature branch) in a temp folder and reviews it with the committed dist/cli.js.
// Extra arguments go to `review` (e.g. --format json). The exit status is the review's.
// Tests point PGMR_EXAMPLE_CLI / PGMR_EXAMPLE_NODE at a copied dist/ and another Node binary.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const example = join(root, 'examples', 'bookshop');
const repo = mkdtempSync(join(tmpdir(), 'pgmr-bookshop-'));
const git = (...args) => execFileSync('git', args, { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
try {
  cpSync(join(example, 'db'), join(repo, 'db'), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('-c', 'user.name=example', '-c', 'user.email=example@example.com', 'add', '-A');
  git('-c', 'user.name=example', '-c', 'user.email=example@example.com', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'bookshop: applied migrations');
  git('checkout', '-q', '-b', 'feature/gift-cards');
  cpSync(join(example, 'pending'), repo, { recursive: true });
  git('-c', 'user.name=example', '-c', 'user.email=example@example.com', 'add', '-A');
  git('-c', 'user.name=example', '-c', 'user.email=example@example.com', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'gift cards and shipping');
  console.error(`Reviewing examples/bookshop: pending change on feature/gift-cards against main (${repo})\n`);
  const cli = process.env.PGMR_EXAMPLE_CLI ?? join(root, 'dist', 'cli.js');
  const node = process.env.PGMR_EXAMPLE_NODE ?? process.execPath;
  const result = spawnSync(node, [cli, 'review', '--base', 'main', ...process.argv.slice(2)], { cwd: repo, stdio: 'inherit' });
  process.exitCode = result.status ?? 3;
} finally {
  rmSync(repo, { recursive: true, force: true });
}
