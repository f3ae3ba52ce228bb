// Builds dist/: self-contained ESM bundles plus the WASM and data files they load at run time,
// so that dist/ copied alone (no node_modules) runs on Node 20 and 24. esbuild needs no patching
// of its output: a banner provides require/__dirname for CommonJS dependencies, the engines'
// assets are copied next to the bundles, and PGlite's contrib modules, which look one folder up
// for their archives, are pointed at dist/ while bundling.
import { Buffer } from 'node:buffer';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const pgliteDist = join(root, 'node_modules/@electric-sql/pglite/dist');
const pgQueryDist = join(root, 'node_modules/libpg-query/wasm');

const entries = {
  cli: 'src/cli.ts',
  'replay-worker': 'src/replay/worker.ts',
  index: 'src/index.ts',
};

const banner = [
  "import { createRequire as __pgmrCreateRequire } from 'node:module';",
  "import { fileURLToPath as __pgmrFileURLToPath } from 'node:url';",
  "import { dirname as __pgmrDirname } from 'node:path';",
  'const require = __pgmrCreateRequire(import.meta.url);',
  'const __filename = __pgmrFileURLToPath(import.meta.url);',
  'const __dirname = __pgmrDirname(__filename);',
].join('\n');

/** PGlite contrib modules load `new URL('../<ext>.tar.gz', import.meta.url)`; in dist/ the archive sits beside the bundle. */
const contribArchivesBesideBundle = {
  name: 'pglite-contrib-archives',
  setup(b) {
    b.onLoad({ filter: /@electric-sql[\\/]pglite[\\/]dist[\\/]contrib[\\/].*\.js$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replace(/new URL\("\.\.\/([\w-]+\.tar\.gz)"/g, 'new URL("./$1"'),
      loader: 'js',
    }));
  },
};

// The engine's initialised empty database (see src/replay/template.ts). initdb output is not
// byte-reproducible (pg_control holds a random system identifier), so a template made with the
// same PGlite version is kept as it is, and dist/ stays identical from one bundle to the next.
const TEMPLATE = 'pgdata-template.tar.gz';
const TEMPLATE_META = 'pgdata-template.json';
// Bumped when the way the template is made changes, so that the next bundle makes it again.
const TEMPLATE_RECIPE = 3;
const pgliteVersion = JSON.parse(readFileSync(join(root, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')).version;
const keptTemplate = (() => {
  try {
    const meta = JSON.parse(readFileSync(join(dist, TEMPLATE_META), 'utf8'));
    return meta.pglite === pgliteVersion && meta.recipe === TEMPLATE_RECIPE ? { meta, data: readFileSync(join(dist, TEMPLATE)) } : undefined;
  } catch {
    return undefined;
  }
})();

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

const entryPoints = Object.fromEntries(Object.entries(entries).filter(([, src]) => existsSync(join(root, src))));
await build({
  absWorkingDir: root,
  entryPoints,
  outdir: dist,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  banner: { js: banner },
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [contribArchivesBesideBundle],
});

for (const file of ['pglite.wasm', 'pglite.data', 'initdb.wasm']) copyFileSync(join(pgliteDist, file), join(dist, file));
for (const file of readdirSync(pgliteDist).filter((f) => f.endsWith('.tar.gz'))) copyFileSync(join(pgliteDist, file), join(dist, file));
copyFileSync(join(pgQueryDist, 'libpg-query.wasm'), join(dist, 'libpg-query.wasm'));
writeFileSync(join(dist, 'package.json'), JSON.stringify({ type: 'module', private: true }, null, 2) + '\n');

if (keptTemplate) {
  writeFileSync(join(dist, TEMPLATE), keptTemplate.data);
  writeFileSync(join(dist, TEMPLATE_META), JSON.stringify(keptTemplate.meta, null, 2) + '\n');
} else {
  const { PGlite } = await import('@electric-sql/pglite');
  const trimmer = await build({ absWorkingDir: root, entryPoints: ['src/replay/datadir-archive.ts'], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'warning' });
  const { trimWal } = await import(`data:text/javascript;base64,${Buffer.from(trimmer.outputFiles[0].text).toString('base64')}`);
  const db = await PGlite.create();
  // template0 only serves CREATE DATABASE ... TEMPLATE template0; 7 MB less to unpack at every start.
  await db.exec('ALTER DATABASE template0 IS_TEMPLATE false');
  await db.exec('DROP DATABASE template0');
  // 128 MB of shared buffers (PGlite's default) is touched WASM memory: 32 MB holds the schema of
  // a 5,000-file history and keeps a review's peak about 70 MB lower, at the same speed.
  await db.exec("ALTER SYSTEM SET shared_buffers = '32MB'");
  // As the engine's dumps do (src/replay/worker.ts): the WAL to start from is one nearly empty segment.
  await db.query('SELECT pg_switch_wal()');
  await db.exec('CHECKPOINT');
  const blob = await db.dumpDataDir('none');
  await db.close();
  const data = gzipSync(trimWal(new Uint8Array(await blob.arrayBuffer())), { level: 9 });
  writeFileSync(join(dist, TEMPLATE), data);
  writeFileSync(join(dist, TEMPLATE_META), JSON.stringify({ pglite: pgliteVersion, recipe: TEMPLATE_RECIPE, bytes: data.length }, null, 2) + '\n');
  console.log(`made ${TEMPLATE} (PGlite ${pgliteVersion}, ${Math.round(data.length / 1024)} KiB)`);
}
console.log(`dist/ built: ${Object.keys(entryPoints).map((e) => `${e}.js`).join(', ')} and engine assets`);
